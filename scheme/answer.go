package scheme

import "github.com/planrelance/numerique/internal/enum"

// Answer is the answer to a yes-or-no question about a project, which may
// not have been answered yet.
//
// Answer is a small integer value type; == compares Answers and an Answer may
// be used as a map key. It is immutable and safe for concurrent use.
//
// The zero value is [Unanswered]: the question is open, and the criteria
// that need the answer are Unknown, never NotMet. Values other than the three
// constants are invalid: they print as "%!Answer(7)", [Project.Validate]
// refuses them, [Scheme.Check] judges NotMet the criterion that needs the
// answer, and they do not marshal.
//
// In JSON an Answer is "yes", "no", or "" for Unanswered. A JSON null leaves
// an Answer as it was, as encoding/json does for every value that cannot be
// null; in a list, whose elements encoding/json makes anew, it gives
// Unanswered.
type Answer int8

// The answers.
const (
	Unanswered Answer = iota // the question is open: the zero value
	Yes                      // yes
	No                       // no
)

// answers is the text of every Answer, Unanswered last so that errors say
// what is accepted as "yes, no or \"\"".
var answers = enum.MustTable("scheme.Answer",
	enum.Value[Answer]{V: Yes, Slug: "yes", Label: "Oui", Go: "scheme.Yes"},
	enum.Value[Answer]{V: No, Slug: "no", Label: "Non", Go: "scheme.No"},
	enum.Value[Answer]{V: Unanswered, Slug: "", Label: "Non renseigné", Go: "scheme.Unanswered"},
)

// ParseAnswer returns the Answer that s names: "yes", "no" or "" for
// [Unanswered], as [Answer.String] prints them. It returns an error wrapping
// [ErrUnknownValue], which quotes s, for any other text:
//
//	scheme: parse answer "oui": unknown value: want yes, no or ""
func ParseAnswer(s string) (Answer, error) { return answers.ParseText(s, ErrUnknownValue) }

// IsValid reports whether a is one of [Unanswered], [Yes] and [No].
func (a Answer) IsValid() bool { return answers.IsValid(a) }

// String returns "yes", "no", or "" for [Unanswered], for programs and
// JSON. An invalid Answer prints as "%!Answer(7)".
func (a Answer) String() string { return answers.String(a) }

// Label returns the French label of a, for people: "Oui", "Non" or "Non
// renseigné". An invalid Answer gives the same text as [Answer.String].
func (a Answer) Label() string { return answers.Label(a) }

// GoString returns the Go expression that builds a: "scheme.Yes", or
// "scheme.Answer(7)" for an invalid Answer. It is what the %#v verb prints,
// and what testify shows of an Answer in a failing assertion.
func (a Answer) GoString() string { return answers.GoString(a) }

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Answer.String], "" for [Unanswered]. It returns an error wrapping
// [ErrUnknownValue] for an invalid Answer.
func (a Answer) MarshalText() ([]byte, error) { return answers.Marshal(a, ErrUnknownValue) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseAnswer] accepts. On error it leaves a unchanged.
func (a *Answer) UnmarshalText(text []byte) error { return answers.Unmarshal(text, a, ErrUnknownValue) }
