package scheme

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
// list of practices, like any other value than the constants, and it neither
// marshals nor unmarshals. A project that says nothing of its practices has
// an empty [Project.Practices].
type Practice string

// The practices, in the order of [Practices].
const (
	Accessibilite Practice = "accessibilite"  // accessibility, by the RGAA (référentiel général d'amélioration de l'accessibilité)
	LangageSimple Practice = "langage-simple" // plain language
	Mobile        Practice = "mobile"         // optimised for mobile use
	CodeOuvert    Practice = "code-ouvert"    // built as open source, free for any local authority to install
)

// practiceWant lists the accepted practices in error messages.
const practiceWant = "accessibilite, langage-simple, mobile or code-ouvert"

// Practices returns every Practice, in the order of the constants. The slice
// is new on every call: the caller may modify it.
func Practices() []Practice {
	return []Practice{Accessibilite, LangageSimple, Mobile, CodeOuvert}
}

// ParsePractice returns the Practice whose slug is s, such as "mobile". It
// returns an error wrapping [ErrUnknownValue], which quotes s, for any other
// text, including "". For every Practice p in [Practices],
// ParsePractice(string(p)) is p.
func ParsePractice(s string) (Practice, error) {
	p := Practice(s)
	if !p.IsValid() {
		return "", unknownValue("parse practice", s, practiceWant)
	}
	return p, nil
}

// IsValid reports whether p is one of [Practices].
func (p Practice) IsValid() bool {
	switch p {
	case Accessibilite, LangageSimple, Mobile, CodeOuvert:
		return true
	}
	return false
}

// Label returns the French name of p, for people: "Accessibilité (RGAA)",
// "Langage simple", "Optimisation mobile" or "Code ouvert". For an unknown
// Practice it returns p itself.
func (p Practice) Label() string {
	switch p {
	case Accessibilite:
		return "Accessibilité (RGAA)"
	case LangageSimple:
		return "Langage simple"
	case Mobile:
		return "Optimisation mobile"
	case CodeOuvert:
		return "Code ouvert"
	}
	return string(p)
}

// MarshalText implements [encoding.TextMarshaler]: the text is the slug. It
// returns an error wrapping [ErrUnknownValue] for an unknown Practice, ""
// included.
func (p Practice) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, unknownValue("marshal practice", string(p), practiceWant)
	}
	return []byte(p), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: it accepts what
// [ParsePractice] accepts. On error it leaves p unchanged.
func (p *Practice) UnmarshalText(text []byte) error {
	v, err := ParsePractice(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
