package calendar_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
)

// FuzzParseDate checks that ParseDate never panics, that what it accepts
// prints back exactly as written, and that what it refuses wraps
// ErrInvalidDate.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2021-03-15", "0001-01-01", "9999-12-31", "2024-02-29", "2021-02-30", "", "2021-3-15", "+021-03-15", "２０２１-03-15"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := calendar.ParseDate(s)
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidDate) || !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v", s, d, err)
			}
			return
		}
		if d.IsZero() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %v, which prints as %q", s, d, d.String())
		}
		back, err := calendar.ParseDate(d.String())
		if err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v, %v; want %v", d.String(), back, err, d)
		}
		var u calendar.Date
		if err := u.UnmarshalText([]byte(s)); err != nil || u != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", s, u, err, d)
		}
		if got, err := calendar.NewDate(d.Year(), d.Month(), d.Day()); err != nil || got != d {
			t.Fatalf("NewDate(parts of %v) = %v, %v", d, got, err)
		}
	})
}

// FuzzAddDays checks that AddDays and DaysUntil agree, that Compare agrees
// with both, that they agree with the time package, and that AddMonths keeps
// its contract.
func FuzzAddDays(f *testing.F) {
	f.Add(738000, 31, 6)
	f.Add(0, -1, -1)
	f.Add(3652058, 1, 1)
	f.Add(737667, 3652058, 18)
	f.Add(-5, -9000000, 120000)
	f.Fuzz(func(t *testing.T, start, n, months int) {
		d := firstDate.AddDays(start)
		e := d.AddDays(n)
		between := d.DaysUntil(e)
		switch {
		case e == firstDate && n < 0:
			if between < n {
				t.Fatalf("%v + %d saturated at %v, %d days away", d, n, e, between)
			}
		case e == lastDate && n > 0:
			if between > n {
				t.Fatalf("%v + %d saturated at %v, %d days away", d, n, e, between)
			}
		case between != n:
			t.Fatalf("%v.DaysUntil(%v + %d) = %d", d, d, n, between)
		}
		if back := e.AddDays(-between); back != d {
			t.Fatalf("%v - %d = %v, want %v", e, between, back, d)
		}
		if e.DaysUntil(d) != -between {
			t.Fatalf("DaysUntil is not antisymmetric for %v and %v", d, e)
		}
		if c := d.Compare(e); c != -sign(between) || e.Compare(d) != -c || d.Before(e) != (c < 0) || d.After(e) != (c > 0) || (d == e) != (c == 0) {
			t.Fatalf("Compare(%v, %v) = %d, DaysUntil = %d", d, e, c, between)
		}
		// The time package agrees on the date and the weekday.
		tm := time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, time.UTC).AddDate(0, 0, between)
		if y, m, day := tm.Date(); y != e.Year() || m != e.Month() || day != e.Day() || tm.Weekday() != e.Weekday() {
			t.Fatalf("%v + %d = %v (%v), time says %v", d, between, e, e.Weekday(), tm)
		}

		a := d.AddMonths(months)
		cur := d.Year()*12 + int(d.Month()) - 1 // months since January of year 0
		switch {
		case months < 12-cur: // before January 0001
			if a != firstDate {
				t.Fatalf("%v + %d months = %v, want saturation at %v", d, months, a, firstDate)
			}
		case months > 9999*12+11-cur: // after December 9999
			if a != lastDate {
				t.Fatalf("%v + %d months = %v, want saturation at %v", d, months, a, lastDate)
			}
		default:
			target := cur + months
			firstOfMonth := time.Date(target/12, time.Month(target%12+1), 1, 0, 0, 0, 0, time.UTC)
			lastDay := firstOfMonth.AddDate(0, 1, -1).Day()
			if a.Year() != firstOfMonth.Year() || a.Month() != firstOfMonth.Month() || a.Day() != min(d.Day(), lastDay) {
				t.Fatalf("%v + %d months = %v", d, months, a)
			}
		}
	})
}

// FuzzParseWindow checks that ParseWindow never panics, that what it accepts
// prints back exactly as written, and that what it refuses wraps
// ErrInvalidWindow.
func FuzzParseWindow(f *testing.F) {
	for _, s := range []string{"2021-01-25/2021-03-15", "2021-06-01/..", "2021-03-15/2021-03-15", "2021-03-15/2021-01-25", "", "/", "2021-02-30/..", "2021-06-01/...", "a/b/c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := calendar.ParseWindow(s)
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidWindow) || !w.IsZero() {
				t.Fatalf("ParseWindow(%q) = %v, %v", s, w, err)
			}
			return
		}
		if w.IsZero() || w.String() != s {
			t.Fatalf("ParseWindow(%q) = %v, which prints as %q", s, w, w.String())
		}
		if !w.OpenEnded() && w.Last().Before(w.First()) {
			t.Fatalf("ParseWindow(%q) ends before it starts", s)
		}
		back, err := calendar.ParseWindow(w.String())
		if err != nil || back != w {
			t.Fatalf("ParseWindow(%q) = %v, %v; want %v", w.String(), back, err, w)
		}
		if w.French() == "" {
			t.Fatalf("%v has no French form", w)
		}
	})
}

// spanBase is the first day of the bounded span that the window and calendar
// fuzz targets explore, some 1 500 days around the Incubateur consultation.
var spanBase = date(2019, time.January, 1)

const spanDays = 1500

// spanDay returns the day at offset off in the span, any int16 folded into it.
func spanDay(off int16) calendar.Date {
	return spanBase.AddDays(int(uint16(off)) % spanDays)
}

// FuzzWindowContains checks Contains and Status against a naive reference
// that walks the window day by day.
func FuzzWindowContains(f *testing.F) {
	f.Add(int16(754), int16(49), false, int16(803))
	f.Add(int16(754), int16(0), false, int16(754))
	f.Add(int16(882), int16(0), true, int16(1400))
	f.Add(int16(-1), int16(-1), false, int16(0))
	f.Fuzz(func(t *testing.T, first, length int16, openEnded bool, probe int16) {
		start := spanDay(first)
		var w calendar.Window
		if openEnded {
			w = calendar.From(start)
		} else {
			w = calendar.MustBetween(start, start.AddDays(int(uint16(length))%200))
		}
		d := spanDay(probe)
		if probe == 0 {
			d = calendar.Date{}
		}

		// The reference: walk the window's days one by one.
		want := false
		end := spanBase.AddDays(spanDays + 200)
		for x := w.First(); !x.After(end); x = x.AddDays(1) {
			if !w.OpenEnded() && x.After(w.Last()) {
				break
			}
			if x == d {
				want = true
				break
			}
		}
		if got := w.Contains(d); got != want {
			t.Fatalf("%v.Contains(%v) = %v, want %v", w, d, got, want)
		}
		var status calendar.Status
		switch {
		case want:
			status = calendar.Open
		case d.Before(w.First()):
			status = calendar.Upcoming
		default:
			status = calendar.Closed
		}
		if got := w.Status(d); got != status {
			t.Fatalf("%v.Status(%v) = %v, want %v", w, d, got, status)
		}
	})
}

// FuzzCalendar builds calendars from fuzzed phases, valid or not, and checks
// that On, Current, Next, Window and Status agree with each other and with
// the phases' windows, and that Validate never panics.
func FuzzCalendar(f *testing.F) {
	// Each phase takes 5 bytes: start offset (2), length (2, negative for an
	// open-ended window), flags (1: bit 0 for no window, the rest picks the ID).
	phase := func(start, length int16, flags byte) []byte {
		b := binary.LittleEndian.AppendUint16(nil, uint16(start))
		b = binary.LittleEndian.AppendUint16(b, uint16(length))
		return append(b, flags)
	}
	incubateurSeed := slices.Concat(phase(754, 49, 0), phase(803, 31, 2), phase(834, 46, 4), phase(881, -1, 6))
	f.Add(incubateurSeed, int16(803))
	f.Add(incubateurSeed, int16(0))
	f.Add(slices.Concat(phase(803, 0, 0), phase(803, 5, 2), phase(700, 300, 1)), int16(803))
	f.Add(slices.Concat(phase(900, -1, 0), phase(100, 10, 0)), int16(120))
	f.Fuzz(func(t *testing.T, data []byte, probe int16) {
		var c calendar.Calendar
		for len(data) >= 5 && len(c.Phases) < 8 {
			start := spanDay(int16(binary.LittleEndian.Uint16(data)))
			length := int16(binary.LittleEndian.Uint16(data[2:]))
			flags := data[4]
			data = data[5:]
			p := calendar.Phase{ID: fmt.Sprint("p", flags>>1%6)}
			switch {
			case flags&1 == 1:
			case length < 0:
				p.Window = calendar.From(start)
			default:
				p.Window = calendar.MustBetween(start, start.AddDays(int(length)%120))
			}
			c.Phases = append(c.Phases, p)
		}
		d := spanDay(probe)
		if probe == 0 {
			d = calendar.Date{}
		}
		_ = c.Validate()

		var open []calendar.Phase
		for _, p := range c.Phases {
			if p.Window.Contains(d) {
				open = append(open, p)
			}
		}
		on := c.On(d)
		if !slices.Equal(on, open) {
			t.Fatalf("On(%v) = %v, want %v", d, on, open)
		}

		cur, ok := c.Current(d)
		if ok != (len(on) > 0) {
			t.Fatalf("Current(%v) ok = %v with %d phases open", d, ok, len(on))
		}
		if ok {
			latest := on[0]
			for _, p := range on[1:] {
				if !p.Window.First().Before(latest.Window.First()) {
					latest = p
				}
			}
			if cur != latest || cur.Status(d) != calendar.Open {
				t.Fatalf("Current(%v) = %v, want %v", d, cur, latest)
			}
		} else if cur != (calendar.Phase{}) {
			t.Fatalf("Current(%v) = %v and false", d, cur)
		}

		next, ok := c.Next(d)
		var want calendar.Phase
		found := false
		for _, p := range c.Phases {
			if p.Window.Status(d) == calendar.Upcoming && (!found || p.Window.First().Before(want.Window.First())) {
				want, found = p, true
			}
		}
		if ok != found || next != want {
			t.Fatalf("Next(%v) = %v, %v; want %v, %v", d, next, ok, want, found)
		}
		if ok && !next.Window.First().After(d) {
			t.Fatalf("Next(%v) = %v does not open after it", d, next)
		}

		w := c.Window()
		if len(on) > 0 && !w.Contains(d) {
			t.Fatalf("%v is open on %v, but the calendar's window %v does not contain it", on, d, w)
		}
		if c.Status(d) != w.Status(d) {
			t.Fatalf("Status(%v) = %v, window says %v", d, c.Status(d), w.Status(d))
		}
		for _, p := range c.Phases {
			if p.Window.IsZero() {
				continue
			}
			if p.Window.First().Before(w.First()) || (!w.OpenEnded() && (p.Window.OpenEnded() || p.Window.Last().After(w.Last()))) {
				t.Fatalf("the calendar's window %v does not hold %v", w, p.Window)
			}
		}
	})
}

// sign returns -1, 0 or +1 as n is negative, zero or positive.
func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
