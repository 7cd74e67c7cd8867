package calendar

import (
	"errors"
	"fmt"

	"github.com/planrelance/numerique/internal/quote"
)

// Phase is one step of a [Calendar], such as step 2 of the Incubateur des
// Territoires consultation: ID "vote", Name « Vote pour les propositions »,
// open from 15 March to 15 April 2021.
//
// Phase is a plain value type of comparable fields: == compares Phases and a
// Phase may be used as a map key. Its methods do not modify it, and it is
// safe for concurrent use as long as no one writes to it.
//
// The zero value is a phase with no ID, no name and the zero [Window]: it is
// never open, and [Calendar.Validate] refuses it.
type Phase struct {
	ID     string `json:"id"`     // stable ASCII slug, unique in its calendar, such as "vote"
	Name   string `json:"name"`   // official French wording, such as « Vote pour les propositions »
	Window Window `json:"window"` // the days on which the phase is open
}

// Status returns where d stands with respect to the phase: [Window.Status] of
// its Window.
func (p Phase) Status(d Date) Status { return p.Window.Status(d) }

// Calendar is the sequence of phases of a scheme or session, in order: each
// phase starts no earlier than the one before it, and adjacent phases may
// share their boundary day (15 March 2021 ends step 1 of the Incubateur
// consultation and starts step 2), on which both are open. Only the last
// phase may be open-ended. [Calendar.Validate] checks these rules; the other
// methods answer soundly for any Calendar, valid or not.
//
// The rule is about each phase and the one before it, so a one-day phase may
// sit on the boundary day that its neighbours share, and then three phases
// or more are open on that day. The calendar
//
//	a: 2021-01-01/2021-01-10
//	b: 2021-01-10/2021-01-10
//	c: 2021-01-10/..
//
// is valid: each two of its phases share 10 January and no other day, the
// last day of the earlier and the first day of the later, and on 10 January
// all three are open.
//
// Calendar is a value type that holds a slice: copying a Calendar shares its
// phases, and == does not apply to it. Its methods never modify it or its
// phases, and it is safe for concurrent use as long as no one writes to its
// phases.
//
// The zero value is a calendar without phases: it is valid, never open, has
// no next phase, its [Calendar.Window] is the zero Window and its
// [Calendar.Status] is [Closed] on every date.
type Calendar struct {
	Phases []Phase `json:"phases"` // in order
}

// On returns every phase open on d, in calendar order: none, one, or two on a
// shared boundary day — or more, when one-day phases sit on that day (see
// [Calendar]). It returns nil when no phase is open on d, and always for the
// zero Date. The slice is new: the caller may modify it.
func (c Calendar) On(d Date) []Phase {
	var open []Phase
	for _, p := range c.Phases {
		if p.Window.Contains(d) {
			open = append(open, p)
		}
	}
	return open
}

// Current returns, of the phases open on d, the one that started last, and
// true; or the zero Phase and false when no phase is open on d. On a shared
// boundary day it is the phase that begins that day: on 15 March 2021, step 2
// of the Incubateur consultation, not step 1. Of phases that started on the
// same day, it returns the last in calendar order. Current does not allocate.
func (c Calendar) Current(d Date) (Phase, bool) {
	best := -1
	for i, p := range c.Phases {
		if p.Window.Contains(d) && (best < 0 || !p.Window.first.Before(c.Phases[best].Window.first)) {
			best = i
		}
	}
	if best < 0 {
		return Phase{}, false
	}
	return c.Phases[best], true
}

// Next returns the phase that opens first after d, strictly, and true; or
// the zero Phase and false when no phase opens after d. Of phases that open
// on the same day, it returns the first in calendar order. The zero Date
// sorts before every day, so Next of it is the phase that opens first.
func (c Calendar) Next(d Date) (Phase, bool) {
	best := -1
	for i, p := range c.Phases {
		if !p.Window.IsZero() && p.Window.first.After(d) && (best < 0 || p.Window.first.Before(c.Phases[best].Window.first)) {
			best = i
		}
	}
	if best < 0 {
		return Phase{}, false
	}
	return c.Phases[best], true
}

// Phase returns the phase whose ID is id, and true; or the zero Phase and
// false when there is none. With duplicate IDs, which [Calendar.Validate]
// refuses, it returns the first.
func (c Calendar) Phase(id string) (Phase, bool) {
	for _, p := range c.Phases {
		if p.ID == id {
			return p, true
		}
	}
	return Phase{}, false
}

// Window returns the span of the whole calendar: for a valid calendar, from
// the first phase's first day to the last phase's last day, open-ended when
// the last phase is. For any calendar it is the smallest window that holds
// every phase's window, ignoring zero windows. A calendar without phases, or
// whose phases all have the zero Window, gives the zero Window.
func (c Calendar) Window() Window {
	var w Window
	for _, p := range c.Phases {
		pw := p.Window
		switch {
		case pw.IsZero():
			continue
		case w.IsZero():
			w = pw
			continue
		}
		if pw.first.Before(w.first) {
			w.first = pw.first
		}
		switch {
		case w.last.IsZero(): // already open-ended
		case pw.last.IsZero():
			w.last = Date{}
		case pw.last.After(w.last):
			w.last = pw.last
		}
	}
	return w
}

// Status returns where d stands with respect to the whole calendar:
// [Window.Status] of [Calendar.Window]. It is Open from the first day of the
// first phase to the last day of the last, gaps between phases included.
func (c Calendar) Status(d Date) Status { return c.Window().Status(d) }

// Validate checks that c follows the rules of a Calendar and returns nil, or
// an error that reports every problem at once ([errors.Join]), each wrapping
// [ErrInvalidCalendar] and naming the phases concerned by index and ID with
// their windows. It reports:
//   - a phase with an empty ID, or an ID already used by an earlier phase;
//   - a phase with the zero Window;
//   - a phase that starts before the phase before it;
//   - a phase that starts before the last day of the phase before it: they
//     may share that day, not more;
//   - an open-ended phase that is not the last.
//
// Phases with the zero Window are left out of the checks of order. A
// calendar without phases is valid.
//
// So in a valid calendar any two phases share at most one day, the last day
// of the earlier and the first day of the later. Several phases may share
// the same day: Validate accepts 2021-01-01/2021-01-10, then the one-day
// phase 2021-01-10/2021-01-10, then 2021-01-10/.., all three open on
// 10 January. A phase of one day that falls inside the phase before it, as
// 2021-01-05/2021-01-05 after 2021-01-01/2021-01-10, shares only one day
// with it, but not a boundary day, and is refused.
func (c Calendar) Validate() error {
	var errs []error
	report := func(i int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("calendar: validate %s: %w: %s", c.describe(i), ErrInvalidCalendar, fmt.Sprintf(format, args...)))
	}
	seen := make(map[string]int, len(c.Phases))
	prev := -1 // the last phase before i with a window
	for i, p := range c.Phases {
		if p.ID == "" {
			report(i, "empty ID")
		} else if j, dup := seen[p.ID]; dup {
			report(i, "duplicate ID, also Phases[%d]", j)
		} else {
			seen[p.ID] = i
		}
		if p.Window.IsZero() {
			report(i, "no window")
			continue
		}
		if prev >= 0 {
			q := c.Phases[prev].Window
			switch {
			case p.Window.first.Before(q.first):
				report(i, "starts before %s", c.describe(prev))
			case q.OpenEnded():
				// Reported once, for the open-ended phase.
			case p.Window.first.Before(q.last):
				report(i, "overlaps %s by more than a shared boundary day", c.describe(prev))
			}
		}
		if p.Window.OpenEnded() && i != len(c.Phases)-1 {
			report(i, "open-ended but not the last phase")
		}
		prev = i
	}
	return errors.Join(errs...)
}

// describe names c.Phases[i] in error messages, as in
// Phases[1] "vote" (2021-03-15/2021-04-15).
func (c Calendar) describe(i int) string {
	p := c.Phases[i]
	if p.Window.IsZero() {
		return fmt.Sprintf("Phases[%d] %s", i, quote.Input(p.ID))
	}
	return fmt.Sprintf("Phases[%d] %s (%s)", i, quote.Input(p.ID), p.Window)
}
