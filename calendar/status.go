package calendar

import (
	"fmt"
	"strconv"
)

// Status is where a date stands with respect to a [Window], a [Phase] or a
// whole [Calendar]: not yet open, open, or closed.
//
// Status is a small integer value type; == compares Statuses and a Status may
// be used as a map key. It is immutable and safe for concurrent use.
//
// The zero value is [Upcoming]. Values other than the three constants are
// invalid: they print as "%!Status(7)" and do not marshal.
type Status int

// The statuses, in the order in which a window goes through them.
const (
	Upcoming Status = iota // not yet open: the date is before the first day
	Open                   // open: the date is one of the days of the window
	Closed                 // closed: the date is after the last day, or there is no window
)

// ParseStatus returns the Status that s names: "upcoming", "open" or
// "closed", as [Status.String] prints them. It returns an error wrapping
// [ErrInvalidStatus], which quotes s, for any other text.
func ParseStatus(s string) (Status, error) {
	switch s {
	case "upcoming":
		return Upcoming, nil
	case "open":
		return Open, nil
	case "closed":
		return Closed, nil
	}
	return 0, fmt.Errorf("calendar: parse status %q: %w: want upcoming, open or closed", s, ErrInvalidStatus)
}

// IsValid reports whether s is one of [Upcoming], [Open] and [Closed].
func (s Status) IsValid() bool { return s >= Upcoming && s <= Closed }

// String returns "upcoming", "open" or "closed", for programs and logs. An
// invalid Status prints as "%!Status(7)".
func (s Status) String() string {
	switch s {
	case Upcoming:
		return "upcoming"
	case Open:
		return "open"
	case Closed:
		return "closed"
	}
	return "%!Status(" + strconv.Itoa(int(s)) + ")"
}

// French returns the French label of s, for people: "à venir", "ouvert" or
// "clos". An invalid Status gives the same text as [Status.String].
func (s Status) French() string {
	switch s {
	case Upcoming:
		return "à venir"
	case Open:
		return "ouvert"
	case Closed:
		return "clos"
	}
	return s.String()
}

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Status.String]. It returns an error wrapping [ErrInvalidStatus] for an
// invalid Status.
func (s Status) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("calendar: marshal status %d: %w", int(s), ErrInvalidStatus)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseStatus] accepts. On error it leaves s unchanged.
func (s *Status) UnmarshalText(text []byte) error {
	v, err := ParseStatus(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
