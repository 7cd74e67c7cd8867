package growth

import (
	"math"
	"runtime"
	"runtime/debug"
	"time"
)

// TimeRatio returns how many times longer large takes than small, each
// timed by the fastest of five runs, after a garbage collection and with
// the collector off, so that collections that the larger input would
// trigger and the smaller not do not count. It measures up to three times
// and returns the first ratio within limit, or the least of the three.
func TimeRatio(small, large func(), limit float64) float64 {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	least := math.Inf(1)
	for range 3 {
		least = min(least, float64(fastest(large))/float64(max(fastest(small), 1)))
		if least <= limit {
			break
		}
	}
	return least
}

// fastest returns the shortest time f takes in five runs.
func fastest(f func()) time.Duration {
	best := time.Duration(math.MaxInt64)
	for range 5 {
		runtime.GC()
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// BytesPerRun returns the average number of bytes that f allocates per
// call over runs calls, after one call to warm up, on one processor, the way
// testing.AllocsPerRun counts allocations.
func BytesPerRun(runs int, f func()) uint64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.TotalAlloc - before.TotalAlloc) / uint64(max(runs, 1))
}
