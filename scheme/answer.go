package scheme

import "strconv"

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
type Answer int8

// The answers.
const (
	Unanswered Answer = iota // the question is open: the zero value
	Yes                      // yes
	No                       // no
)

// ParseAnswer returns the Answer that s names: "yes", "no" or "" for
// [Unanswered], as [Answer.String] prints them. It returns an error wrapping
// [ErrUnknownValue], which quotes s, for any other text.
func ParseAnswer(s string) (Answer, error) {
	switch s {
	case "":
		return Unanswered, nil
	case "yes":
		return Yes, nil
	case "no":
		return No, nil
	}
	return Unanswered, unknownValue("parse answer", s, `yes, no or ""`)
}

// IsValid reports whether a is one of [Unanswered], [Yes] and [No].
func (a Answer) IsValid() bool { return a >= Unanswered && a <= No }

// String returns "yes", "no", or "" for [Unanswered], for programs and
// JSON. An invalid Answer prints as "%!Answer(7)".
func (a Answer) String() string {
	switch a {
	case Unanswered:
		return ""
	case Yes:
		return "yes"
	case No:
		return "no"
	}
	return "%!Answer(" + strconv.Itoa(int(a)) + ")"
}

// Label returns the French label of a, for people: "Oui", "Non" or "Non
// renseigné". An invalid Answer gives the same text as [Answer.String].
func (a Answer) Label() string {
	switch a {
	case Unanswered:
		return "Non renseigné"
	case Yes:
		return "Oui"
	case No:
		return "Non"
	}
	return a.String()
}

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Answer.String], "" for [Unanswered]. It returns an error wrapping
// [ErrUnknownValue] for an invalid Answer.
func (a Answer) MarshalText() ([]byte, error) {
	if !a.IsValid() {
		return nil, unknownValue("marshal answer", a.String(), `yes, no or ""`)
	}
	return []byte(a.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParseAnswer] accepts. On error it leaves a unchanged.
func (a *Answer) UnmarshalText(text []byte) error {
	v, err := ParseAnswer(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
