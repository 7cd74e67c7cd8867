package relance_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
)

var sinkOptions []relance.Option

// orientAllocBudget is the most allocations Orient may make for the
// benchmark's project, which has a budget and is judged under a session
// open on the date in every scheme: 1 for the deep copy of the catalogue
// (scheme.All), 3 for the judgements (scheme.CheckAll: the reasons, the
// criteria, the eligibilities), 2 for the options and the one array of
// steps and fundings they point to, and for each of the 4 schemes 1 more,
// the lines of its funding (cost.Cofinance). Validating the project
// allocates nothing. A closed session adds one for Next.
const orientAllocBudget = 1 + 3 + 2 + 4*1

func TestOrientAllocations(t *testing.T) {
	p := dataProject()
	on := calendar.MustDate(2021, time.March, 1)
	allocs := testing.AllocsPerRun(100, func() {
		sinkOptions, _ = relance.Orient(p, on)
	})
	if allocs > orientAllocBudget {
		t.Errorf("Orient: %.0f allocations, budget %d", allocs, orientAllocBudget)
	}
}

// orientBytesBudget is the most bytes Orient may allocate for the
// benchmark's project: the answer itself — the copy of the catalogue (3 KB),
// the four options with their steps and fundings (2.3 KB), the judgements
// (scheme.CheckAll: 2 KB), the lines of the fundings — 7.5 KB in all, with
// every buffer at its exact size, and some room for the texts to change.
// It allocated 7.9 KB when each scheme's reasons were written apart, and
// 10.9 KB when their buffers were reserved from an estimate.
const orientBytesBudget = 8 << 10

func TestOrientBytes(t *testing.T) {
	p := dataProject()
	on := calendar.MustDate(2021, time.March, 1)
	bytes := bytesPerRun(100, func() {
		sinkOptions, _ = relance.Orient(p, on)
	})
	if bytes > orientBytesBudget {
		t.Errorf("Orient: %d bytes, budget %d", bytes, orientBytesBudget)
	}
}

// bytesPerRun returns the average number of bytes that f allocates per
// call, the way testing.AllocsPerRun counts allocations.
func bytesPerRun(runs int, f func()) uint64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f() // warm up
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.TotalAlloc - before.TotalAlloc) / uint64(runs)
}

func BenchmarkOrient(b *testing.B) {
	p := dataProject()
	on := calendar.MustDate(2021, time.March, 1)
	b.ReportAllocs()
	for b.Loop() {
		options, err := relance.Orient(p, on)
		if err != nil {
			b.Fatal(err)
		}
		sinkOptions = options
	}
}

func BenchmarkOrientParallel(b *testing.B) {
	p := dataProject()
	on := calendar.MustDate(2021, time.March, 1)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var local []relance.Option
		for pb.Next() {
			options, err := relance.Orient(p, on)
			if err != nil {
				b.Error(err)
				return
			}
			local = options
		}
		_ = local
	})
}
