package relance_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

var sinkTally relance.Tally

// benchSupports returns n supports by n communes for 10 proposals, dated
// across both calendars of the consultation.
func benchSupports(n int) ([]string, []relance.Support) {
	proposals := make([]string, 10)
	for i := range proposals {
		proposals[i] = "p" + strconv.Itoa(i)
	}
	supports := make([]relance.Support, n)
	first := calendar.MustDate(2021, time.March, 10)
	for i := range supports {
		supports[i] = relance.Support{
			Proposal: proposals[i%10],
			By:       scheme.Body{ID: strconv.Itoa(i), Kind: scheme.Commune},
			On:       first.AddDays(i % 60),
		}
	}
	return proposals, supports
}

// BenchmarkCountSupports compares the fixed calendar with the calendar in
// force on each support's date, which reads the session's calendar once per
// support and allocates nothing for it.
func BenchmarkCountSupports(b *testing.B) {
	incubateur, err := scheme.Get(scheme.Incubateur)
	if err != nil {
		b.Fatal(err)
	}
	session := incubateur.Sessions()[0]
	cal := session.Calendar()
	proposals, supports := benchSupports(1000)
	b.Run("fixed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkTally = relance.CountSupports(cal, proposals, supports)
		}
	})
	b.Run("in-force", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkTally = relance.CountSupportsIn(session, proposals, supports)
		}
	})
}
