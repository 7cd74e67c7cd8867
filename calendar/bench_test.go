package calendar_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
)

// Sinks keep the compiler from optimising the benchmarked calls away.
var (
	sinkDate   calendar.Date
	sinkInt    int
	sinkBool   bool
	sinkStatus calendar.Status
	sinkPhase  calendar.Phase
	sinkErr    error
)

func BenchmarkAddDays(b *testing.B) {
	b.ReportAllocs()
	d := date(2021, time.March, 15)
	for i := 0; b.Loop(); i++ {
		sinkDate = d.AddDays(i & 1023)
	}
}

func BenchmarkAddMonths(b *testing.B) {
	b.ReportAllocs()
	d := date(2021, time.August, 31)
	for i := 0; b.Loop(); i++ {
		sinkDate = d.AddMonths(i & 31)
	}
}

func BenchmarkDaysUntil(b *testing.B) {
	b.ReportAllocs()
	d, e := date(2021, time.April, 2), date(2021, time.June, 1)
	for b.Loop() {
		sinkInt = d.DaysUntil(e)
	}
}

func BenchmarkNewDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, sinkErr = calendar.NewDate(2021, time.March, 15)
	}
}

func BenchmarkYearMonthDay(b *testing.B) {
	b.ReportAllocs()
	d := date(2021, time.March, 15)
	for b.Loop() {
		sinkInt = d.Year() + int(d.Month()) + d.Day()
	}
}

func BenchmarkParisDate(b *testing.B) {
	b.ReportAllocs()
	t := time.Date(2021, time.March, 28, 0, 59, 59, 0, time.UTC)
	for i := 0; b.Loop(); i++ {
		sinkDate = calendar.ParisDate(t.Add(time.Duration(i&63) * time.Hour))
	}
}

// BenchmarkParisDateTZ is the same conversion through the tz database, for
// comparison.
func BenchmarkParisDateTZ(b *testing.B) {
	b.ReportAllocs()
	loc := paris(b)
	t := time.Date(2021, time.March, 28, 0, 59, 59, 0, time.UTC)
	for i := 0; b.Loop(); i++ {
		sinkDate = calendar.DateOf(t.Add(time.Duration(i&63) * time.Hour).In(loc))
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, sinkErr = calendar.ParseDate("2021-03-15")
	}
}

func BenchmarkWindowContains(b *testing.B) {
	b.ReportAllocs()
	w := calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15))
	d := date(2021, time.January, 1)
	for i := 0; b.Loop(); i++ {
		sinkBool = w.Contains(d.AddDays(i & 127))
	}
}

func BenchmarkWindowStatus(b *testing.B) {
	b.ReportAllocs()
	w := calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15))
	d := date(2021, time.January, 1)
	for i := 0; b.Loop(); i++ {
		sinkStatus = w.Status(d.AddDays(i & 127))
	}
}

func BenchmarkCalendarCurrent(b *testing.B) {
	b.ReportAllocs()
	c := incubateur()
	d := date(2021, time.January, 1)
	for i := 0; b.Loop(); i++ {
		sinkPhase, sinkBool = c.Current(d.AddDays(i & 255))
	}
}

func BenchmarkCalendarNext(b *testing.B) {
	b.ReportAllocs()
	c := incubateur()
	d := date(2021, time.January, 1)
	for i := 0; b.Loop(); i++ {
		sinkPhase, sinkBool = c.Next(d.AddDays(i & 255))
	}
}

// TestAllocations holds the hot paths to their allocation budget: none.
func TestAllocations(t *testing.T) {
	d := date(2021, time.August, 31)
	e := date(2022, time.February, 28)
	w := calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15))
	c := incubateur()
	instant := time.Date(2021, time.October, 31, 0, 30, 0, 0, time.FixedZone("EDT", -4*3600))
	var buf [20]byte // the longest French dates, such as "31 décembre 9999", take 17 bytes
	tests := []struct {
		name string
		f    func()
	}{
		{"NewDate", func() { sinkDate, sinkErr = calendar.NewDate(2021, time.March, 15) }},
		{"ParseDate", func() { sinkDate, sinkErr = calendar.ParseDate("2021-03-15") }},
		{"DateOf", func() { sinkDate = calendar.DateOf(instant) }},
		{"ParisDate", func() { sinkDate = calendar.ParisDate(instant) }},
		{"AddDays", func() { sinkDate = d.AddDays(181) }},
		{"AddMonths", func() { sinkDate = d.AddMonths(6) }},
		{"DaysUntil", func() { sinkInt = d.DaysUntil(e) }},
		{"Compare", func() { sinkInt = d.Compare(e) }},
		{"Year, Month, Day, Weekday", func() { sinkInt = d.Year() + int(d.Month()) + d.Day() + int(d.Weekday()) }},
		{"Window.Contains", func() { sinkBool = w.Contains(e) }},
		{"Window.Status", func() { sinkStatus = w.Status(e) }},
		{"Calendar.Current", func() { sinkPhase, sinkBool = c.Current(date(2021, time.March, 15)) }},
		{"Calendar.Next", func() { sinkPhase, sinkBool = c.Next(date(2021, time.March, 15)) }},
		{"Calendar.Status", func() { sinkStatus = c.Status(date(2021, time.March, 15)) }},
		{"AppendFrench", func() { sinkInt = len(lastDate.AppendFrench(buf[:0])) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := testing.AllocsPerRun(100, tt.f); got != 0 {
				t.Errorf("%s allocates %v times per call, want 0", tt.name, got)
			}
		})
	}
}

// BenchmarkHostileText gives ParseDate, ParseWindow, Calendar.Validate and
// the JSON decoding of a Phase inputs of 16 KB, 128 KB and 1 MB, and reports
// the length of the longest message of a problem (Validate reports two):
// the same at every size.
func BenchmarkHostileText(b *testing.B) {
	for _, size := range []int{16 << 10, 128 << 10, 1 << 20} {
		day := "2021-03-15" + strings.Repeat("9", size-10)
		window := "2021-01-01/" + day
		phase := []byte(`{"id": "p", "window": "` + window + `"}`)
		w := calendar.MustBetween(date(2021, time.January, 1), date(2021, time.January, 10))
		c := calendar.Calendar{Phases: []calendar.Phase{{ID: day, Window: w}, {ID: day, Window: w}}}
		cases := []struct {
			name string
			f    func() error
		}{
			{"ParseDate", func() error { _, err := calendar.ParseDate(day); return err }},
			{"ParseWindow", func() error { _, err := calendar.ParseWindow(window); return err }},
			{"Validate", c.Validate},
			{"PhaseJSON", func() error { var p calendar.Phase; return json.Unmarshal(phase, &p) }},
		}
		for _, tc := range cases {
			b.Run(tc.name+"/"+strconv.Itoa(size>>10)+"KB", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkErr = tc.f()
				}
				longest := 0
				for _, line := range strings.Split(sinkErr.Error(), "\n") {
					longest = max(longest, len(line))
				}
				b.ReportMetric(float64(longest), "longest-message-bytes")
			})
		}
	}
}
