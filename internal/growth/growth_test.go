package growth_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/planrelance/numerique/internal/growth"
)

var sink []int

// work fills a slice of n, linear; square does n² operations.
func work(n int) func() {
	return func() { sink = make([]int, n); clear(sink) }
}

func square(n int) func() {
	return func() {
		s := 0
		for i := range n {
			for j := range n {
				s += i ^ j
			}
		}
		sink = []int{s}
	}
}

func TestTimeRatio(t *testing.T) {
	quadratic := growth.TimeRatio(square(250), square(2000), 24)
	linear := growth.TimeRatio(work(1<<16), work(1<<19), 24)
	if growth.Race {
		// The race detector slows memory accesses unevenly: the ratios
		// are measured, not judged.
		assert.Positive(t, quadratic)
		assert.Positive(t, linear)
		return
	}
	assert.Greater(t, quadratic, 24.0, "quadratic code fails a linear bound")
	assert.Less(t, quadratic, 64.0*3, "bounded")
	assert.Less(t, linear, 24.0, "linear code passes it")
}

func TestBytesPerRun(t *testing.T) {
	small := growth.BytesPerRun(20, work(1000))
	large := growth.BytesPerRun(20, work(8000))
	assert.GreaterOrEqual(t, small, uint64(8000))
	assert.InDelta(t, 8, float64(large)/float64(small), 0.5)
	assert.Zero(t, growth.BytesPerRun(0, func() {}), "no call, no byte")
}
