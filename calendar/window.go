package calendar

import "fmt"

// Window is a span of consecutive days with both ends included, as the texts
// read "du 25 janvier au 15 mars 2021": both 25 January and 15 March belong to
// it. A Window may be open-ended ("à partir du 1er juin 2021"): it then has a
// first day and no last day. It is made of civil days, not instants: see
// [Date].
//
// Window is a small value type, to be passed and stored by value. Two Windows
// are equal under == exactly when they have the same first and last days, so
// a Window may be used as a map key.
//
// A Window is immutable: no method but [Window.UnmarshalText] modifies its
// receiver, so a Window is safe for concurrent use. Every Window but the zero one is valid: its first day is
// a Date and its last day, if any, is not before its first.
//
// The zero value is "no window": it contains no day, [Window.Status] reports
// [Closed] for it on every date, and it prints as "". Build other Windows with
// [Between], [MustBetween], [From] or [ParseWindow].
type Window struct {
	first, last Date // last is the zero Date when the window is open-ended
}

// Between returns the window from first to last, both included. A one-day
// window has first == last. It returns an error wrapping [ErrInvalidWindow],
// which quotes both dates, when either date is the zero Date or last is
// before first.
func Between(first, last Date) (Window, error) {
	var reason string
	switch {
	case first.IsZero():
		reason = "no first day"
	case last.IsZero():
		reason = "no last day (use From for an open-ended window)"
	case last.Before(first):
		reason = "last day before first day"
	default:
		return Window{first: first, last: last}, nil
	}
	return Window{}, fmt.Errorf("calendar: between %q and %q: %w: %s", first.String(), last.String(), ErrInvalidWindow, reason)
}

// MustBetween is like [Between] but panics when the window is invalid. It is
// meant for literals in programs and tests.
func MustBetween(first, last Date) Window {
	w, err := Between(first, last)
	if err != nil {
		panic(err)
	}
	return w
}

// From returns the open-ended window that starts on first and never ends:
// « à partir du 1er juin 2021 ». From of the zero Date is the zero Window.
func From(first Date) Window {
	return Window{first: first}
}

// IsZero reports whether w is the zero Window, "no window".
func (w Window) IsZero() bool { return w.first.IsZero() }

// First returns the first day of w, or the zero Date for the zero Window.
func (w Window) First() Date { return w.first }

// Last returns the last day of w, or the zero Date when w is open-ended or
// the zero Window.
func (w Window) Last() Date { return w.last }

// OpenEnded reports whether w has a first day and no last day. The zero
// Window is not open-ended.
func (w Window) OpenEnded() bool { return !w.first.IsZero() && w.last.IsZero() }

// Contains reports whether d is one of the days of w, both ends included. The
// zero Window contains no day, and no Window contains the zero Date.
func (w Window) Contains(d Date) bool {
	return !w.first.IsZero() && !d.IsZero() && !d.Before(w.first) && (w.last.IsZero() || !d.After(w.last))
}

// Status returns where d stands with respect to w: [Upcoming] before its
// first day, [Open] from its first day to its last day included, [Closed]
// after its last day. An open-ended window never closes. For the zero Window,
// which never opens, Status is Closed on every date. The zero Date sorts
// before every day, so Status reports Upcoming for it on every other Window.
//
// Status(d) is Open exactly when [Window.Contains] reports true.
func (w Window) Status(d Date) Status {
	switch {
	case w.first.IsZero():
		return Closed
	case d.Before(w.first):
		return Upcoming
	case w.last.IsZero() || !d.After(w.last):
		return Open
	}
	return Closed
}

// Days returns the number of days in w, both ends included: 1 for a one-day
// window, 50 for 25 January to 15 March 2021. It returns 0 for the zero
// Window and -1 for an open-ended one, which has no end.
func (w Window) Days() int {
	switch {
	case w.first.IsZero():
		return 0
	case w.last.IsZero():
		return -1
	}
	return w.first.DaysUntil(w.last) + 1
}
