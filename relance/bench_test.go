package relance_test

import (
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
)

var sinkOptions []relance.Option

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
