package calendar

import "github.com/planrelance/numerique/internal/enum"

// Status is where a date stands with respect to a [Window], a [Phase] or a
// whole [Calendar]: not yet open, open, or closed.
//
// Status is a small integer value type; == compares Statuses and a Status may
// be used as a map key. It is immutable and safe for concurrent use.
//
// The zero value is [Upcoming]. Values other than the three constants are
// invalid: they print as "%!Status(7)" and do not marshal.
//
// In JSON a Status is "upcoming", "open" or "closed". A JSON null leaves a
// Status as it was, as encoding/json does for every value that cannot be
// null; in a list, whose elements encoding/json makes anew, it gives
// Upcoming.
type Status int

// The statuses, in the order in which a window goes through them.
const (
	Upcoming Status = iota // not yet open: the date is before the first day
	Open                   // open: the date is one of the days of the window
	Closed                 // closed: the date is after the last day, or there is no window
)

// statuses is the text of every Status; its label is [Status.French].
var statuses = enum.MustTable("calendar.Status",
	enum.Value[Status]{V: Upcoming, Slug: "upcoming", Label: "à venir", Go: "calendar.Upcoming"},
	enum.Value[Status]{V: Open, Slug: "open", Label: "ouvert", Go: "calendar.Open"},
	enum.Value[Status]{V: Closed, Slug: "closed", Label: "clos", Go: "calendar.Closed"},
)

// ParseStatus returns the Status that s names: "upcoming", "open" or
// "closed", as [Status.String] prints them. It returns an error wrapping
// [ErrInvalidStatus], which quotes s, for any other text:
//
//	calendar: parse status "ouvert": invalid status: want upcoming, open or closed
func ParseStatus(s string) (Status, error) { return statuses.ParseText(s, ErrInvalidStatus) }

// IsValid reports whether s is one of [Upcoming], [Open] and [Closed].
func (s Status) IsValid() bool { return statuses.IsValid(s) }

// String returns "upcoming", "open" or "closed", for programs and logs. An
// invalid Status prints as "%!Status(7)".
func (s Status) String() string { return statuses.String(s) }

// French returns the French label of s, for people: "à venir", "ouvert" or
// "clos". An invalid Status gives the same text as [Status.String].
func (s Status) French() string { return statuses.Label(s) }

// GoString returns the Go expression that builds s: "calendar.Open", or
// "calendar.Status(7)" for an invalid Status. It is what the %#v verb
// prints, and what testify shows of a Status in a failing assertion.
func (s Status) GoString() string { return statuses.GoString(s) }

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Status.String]. It returns an error wrapping [ErrInvalidStatus] for an
// invalid Status:
//
//	calendar: marshal status 7: invalid status: want upcoming, open or closed
func (s Status) MarshalText() ([]byte, error) { return statuses.Marshal(s, ErrInvalidStatus) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseStatus] accepts. On error it leaves s unchanged.
func (s *Status) UnmarshalText(text []byte) error {
	return statuses.Unmarshal(text, s, ErrInvalidStatus)
}
