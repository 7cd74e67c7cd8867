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

// FuzzParseStatus checks that ParseStatus never panics, that what it
// accepts prints back exactly as written (Parse(x.String()) == x), and that
// what it refuses wraps ErrInvalidStatus; and that every Status, valid or
// not, reads back from its String only when it is valid.
func FuzzParseStatus(f *testing.F) {
	for _, s := range []string{"upcoming", "open", "closed", "", "Open", "ouvert", " open", "%!Status(7)"} {
		f.Add(s, 1)
	}
	f.Add("closed", -1)
	f.Add("open", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		st, err := calendar.ParseStatus(s)
		if err != nil {
			if !errors.Is(err, calendar.ErrInvalidStatus) || st != calendar.Upcoming {
				t.Fatalf("ParseStatus(%q) = %v, %v", s, st, err)
			}
			var u calendar.Status = calendar.Closed
			if u.UnmarshalText([]byte(s)) == nil || u != calendar.Closed {
				t.Fatalf("UnmarshalText(%q) accepted what ParseStatus refuses, or changed its receiver", s)
			}
		} else {
			if !st.IsValid() || st.String() != s {
				t.Fatalf("ParseStatus(%q) = %v, which prints as %q", s, st, st.String())
			}
			if text, err := st.MarshalText(); err != nil || string(text) != s {
				t.Fatalf("%v.MarshalText() = %q, %v", st, text, err)
			}
		}

		v := calendar.Status(n)
		back, err := calendar.ParseStatus(v.String())
		switch {
		case v.IsValid() && (err != nil || back != v):
			t.Fatalf("ParseStatus(%q) = %v, %v; want %v", v.String(), back, err, v)
		case !v.IsValid() && !errors.Is(err, calendar.ErrInvalidStatus):
			t.Fatalf("ParseStatus(%q) = %v, %v for an invalid Status", v.String(), back, err)
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

// breaches checks the rules of a Calendar the slow way, against which
// Validate is judged: it walks every day of the span, on which every phase
// of the fuzzed calendars starts, and a little beyond, where every phase
// that is not open-ended ends. It returns the rules that c breaks, none for
// a valid calendar:
//   - an ID is empty, or used twice;
//   - a phase has no window;
//   - a phase starts before an earlier one (of those with a window);
//   - a phase that is not the last is open-ended;
//   - two phases share a day that is not both the last day of the earlier
//     and the first day of the later, so that any two share at most one day.
func breaches(c calendar.Calendar) []string {
	var out []string
	seen := map[string]bool{}
	for i, p := range c.Phases {
		if p.ID == "" || seen[p.ID] {
			out = append(out, fmt.Sprintf("Phases[%d]: empty or duplicate ID %q", i, p.ID))
		}
		seen[p.ID] = true
		if p.Window.IsZero() {
			out = append(out, fmt.Sprintf("Phases[%d]: no window", i))
		}
		if p.Window.OpenEnded() && i != len(c.Phases)-1 {
			out = append(out, fmt.Sprintf("Phases[%d]: open-ended but not the last", i))
		}
	}

	// Day by day: which phases have started, and which are open.
	started := make([]bool, len(c.Phases))
	shared := make(map[[2]int]int) // days shared by Phases[j] and Phases[i], j < i
	end := spanBase.AddDays(spanDays + maxLength + 1)
	for d := spanBase; !d.After(end); d = d.AddDays(1) {
		var open []int
		for i, p := range c.Phases {
			if !p.Window.Contains(d) {
				continue
			}
			open = append(open, i)
			if !started[i] {
				started[i] = true
				for j := i + 1; j < len(c.Phases); j++ {
					if started[j] {
						out = append(out, fmt.Sprintf("Phases[%d] starts on %v, after Phases[%d]", i, d, j))
					}
				}
			}
		}
		for a, j := range open {
			for _, i := range open[a+1:] {
				shared[[2]int{j, i}]++
				if shared[[2]int{j, i}] > 1 || d != c.Phases[j].Window.Last() || d != c.Phases[i].Window.First() {
					out = append(out, fmt.Sprintf("Phases[%d] and Phases[%d] share %v, not a boundary day", j, i, d))
				}
			}
		}
	}
	return out
}

// maxLength is the largest number of days after its first day at which a
// fuzzed phase that is not open-ended ends.
const maxLength = 119

// FuzzCalendar builds calendars from fuzzed phases, valid or not, and checks
// that On, Current, Next, Window and Status agree with each other and with
// the phases' windows, and that Validate agrees with the slow reference
// breaches: it returns nil exactly when no rule is broken.
func FuzzCalendar(f *testing.F) {
	// Each phase takes 5 bytes: start offset (2), length (2, negative for an
	// open-ended window), flags (1: bit 0 for no window, the rest picks the
	// ID, "p0" to "p5", or "" for 6).
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
	// Three phases open on one day, valid; then a one-day phase inside the
	// phase before it, and an empty ID, both refused.
	f.Add(slices.Concat(phase(100, 9, 0), phase(109, 0, 2), phase(109, -1, 4)), int16(109))
	f.Add(slices.Concat(phase(100, 9, 0), phase(104, 0, 2)), int16(104))
	f.Add(slices.Concat(phase(100, 9, 12), phase(109, 3, 2)), int16(109))
	f.Fuzz(func(t *testing.T, data []byte, probe int16) {
		var c calendar.Calendar
		for len(data) >= 5 && len(c.Phases) < 8 {
			start := spanDay(int16(binary.LittleEndian.Uint16(data)))
			length := int16(binary.LittleEndian.Uint16(data[2:]))
			flags := data[4]
			data = data[5:]
			var p calendar.Phase
			if id := flags >> 1 % 7; id < 6 {
				p.ID = fmt.Sprint("p", id)
			}
			switch {
			case flags&1 == 1:
			case length < 0:
				p.Window = calendar.From(start)
			default:
				p.Window = calendar.MustBetween(start, start.AddDays(int(length)%(maxLength+1)))
			}
			c.Phases = append(c.Phases, p)
		}
		d := spanDay(probe)
		if probe == 0 {
			d = calendar.Date{}
		}
		err := c.Validate()
		broken := breaches(c)
		switch {
		case err == nil && len(broken) > 0:
			t.Fatalf("Validate accepts %v, which breaks the rules: %q", c.Phases, broken)
		case err != nil && len(broken) == 0:
			t.Fatalf("Validate refuses %v, which keeps the rules: %v", c.Phases, err)
		case err != nil && !errors.Is(err, calendar.ErrInvalidCalendar):
			t.Fatalf("Validate(%v) = %v, not an ErrInvalidCalendar", c.Phases, err)
		}

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
