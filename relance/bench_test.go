package relance_test

import (
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/growth"
	"github.com/planrelance/numerique/relance"
)

var sinkOptions []relance.Option

// orientAllocBudget is the most allocations Orient may make for the
// benchmark's project, which has a budget and is judged under a session
// open on the date in every scheme: the options, their criteria
// (scheme.AppendCheck, whose eligibilities stay on the stack), their steps,
// their fundings, and for each of the 4 schemes the lines of its funding
// (cost.Cofinance). The catalogue's handles (scheme.All) stay on the stack
// too, and validating the project allocates nothing.
const orientAllocBudget = 4 + 4*1

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
// benchmark's project: the answer itself and nothing else — the four
// options (640 bytes), their 18 criteria (1 024), steps (160) and fundings
// (384), the lines of the fundings (192): 2 400 bytes. Version 1, which
// copied the catalogue into every answer and wrote every reason, took
// 7.6 KB.
const orientBytesBudget = 2560

func TestOrientBytes(t *testing.T) {
	p := dataProject()
	on := calendar.MustDate(2021, time.March, 1)
	bytes := growth.BytesPerRun(100, func() {
		sinkOptions, _ = relance.Orient(p, on)
	})
	if bytes > orientBytesBudget {
		t.Errorf("Orient: %d bytes, budget %d", bytes, orientBytesBudget)
	}
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
