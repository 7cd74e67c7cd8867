package scheme

import "github.com/planrelance/numerique/internal/enum"

// Practice is a good practice that an applicant commits to: the services for
// users must be accessible, written in plain language and optimised for
// mobile use [seed], and the Incubateur's services are built as open source
// [src ANCT-RELANCE]. Sessions list the practices they require
// ([Session.Practices]); projects list those they commit to
// ([Project.Practices]); the [CodeBonnesPratiques] criterion compares them.
//
// Practice is a string type whose values are stable ASCII slugs, the
// constants below; [Practice.Label] gives the French wording. == compares
// Practices and a Practice may be used as a map key; it is immutable and safe
// for concurrent use.
//
// The zero value, "", is not a practice: [Project.Validate] refuses it in a
// list of practices, like any other value than the constants; it prints as
// `%!Practice("")`, and it neither marshals nor unmarshals. A project that
// says nothing of its practices has an empty [Project.Practices].
//
// In JSON a Practice is its slug. Since no Practice is null, a JSON null is
// an error ([Practice.UnmarshalJSON]), rather than a zero Practice that
// could not be written back.
type Practice string

// The practices, in the order of [Practices].
const (
	Accessibilite Practice = "accessibilite"  // accessibility, by the RGAA (référentiel général d'amélioration de l'accessibilité)
	LangageSimple Practice = "langage-simple" // plain language
	Mobile        Practice = "mobile"         // optimised for mobile use
	CodeOuvert    Practice = "code-ouvert"    // built as open source, free for any local authority to install
)

// practices is the text of every Practice: the slug, which is the Practice
// itself, and the French label.
var practices = enum.MustTable("scheme.Practice",
	enum.Value[Practice]{V: Accessibilite, Slug: "accessibilite", Label: "Accessibilité (RGAA)", Go: "scheme.Accessibilite"},
	enum.Value[Practice]{V: LangageSimple, Slug: "langage-simple", Label: "Langage simple", Go: "scheme.LangageSimple"},
	enum.Value[Practice]{V: Mobile, Slug: "mobile", Label: "Optimisation mobile", Go: "scheme.Mobile"},
	enum.Value[Practice]{V: CodeOuvert, Slug: "code-ouvert", Label: "Code ouvert", Go: "scheme.CodeOuvert"},
)

// Practices returns every Practice, in the order of the constants. The slice
// is new on every call: the caller may modify it.
func Practices() []Practice { return practices.Values() }

// ParsePractice returns the Practice whose slug is s, such as "mobile". It
// returns an error wrapping [ErrUnknownValue], which quotes s, for any other
// text, including "":
//
//	scheme: parse practice "rgaa": unknown value: want accessibilite, langage-simple, mobile or code-ouvert
//
// For every Practice p in [Practices], ParsePractice(p.String()) is p.
func ParsePractice(s string) (Practice, error) { return practices.ParseText(s, ErrUnknownValue) }

// IsValid reports whether p is one of [Practices].
func (p Practice) IsValid() bool { return practices.IsValid(p) }

// String returns the slug of p, for programs and logs: "accessibilite",
// "langage-simple". An unknown Practice, "" included, prints as
// `%!Practice("rgaa")`.
func (p Practice) String() string { return practices.String(p) }

// Label returns the French name of p, for people: "Accessibilité (RGAA)",
// "Langage simple", "Optimisation mobile" or "Code ouvert". For an unknown
// Practice it returns p itself, as given, without allocating.
func (p Practice) Label() string {
	if label, ok := practices.LookupLabel(p); ok {
		return label
	}
	return string(p)
}

// GoString returns the Go expression that builds p: "scheme.Mobile", or
// `scheme.Practice("rgaa")` for an unknown Practice. It is what the %#v verb
// prints, and what testify shows of a Practice in a failing assertion.
func (p Practice) GoString() string { return practices.GoString(p) }

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Practice.String]. It returns an error wrapping [ErrUnknownValue] for an
// unknown Practice, "" included.
func (p Practice) MarshalText() ([]byte, error) { return practices.Marshal(p, ErrUnknownValue) }

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParsePractice] accepts. On error it leaves p unchanged.
func (p *Practice) UnmarshalText(text []byte) error {
	return practices.Unmarshal(text, p, ErrUnknownValue)
}

// UnmarshalJSON implements [encoding/json.Unmarshaler]: it accepts a JSON
// string that [ParsePractice] accepts, and refuses null, which
// encoding/json would otherwise leave as the zero Practice, no practice, in
// a list. The error for null (or a number, a bool, an array, an object) is
// a [*encoding/json.UnmarshalTypeError], to which [encoding/json.Unmarshal]
// adds the path of the struct field — not the index in the list, which
// encoding/json does not track:
//
//	json: cannot unmarshal null into Go struct field Project.practices of type scheme.Practice
//
// On error it leaves p unchanged.
func (p *Practice) UnmarshalJSON(data []byte) error {
	return practices.DecodeJSON(data, p, ErrUnknownValue)
}
