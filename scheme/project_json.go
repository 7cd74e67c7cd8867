package scheme

import (
	"errors"
	"reflect"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/strictjson"
)

// UnmarshalJSON implements [json.Unmarshaler]: it reads a Project as
// encoding/json writes it ([Project] gives its keys), strictly, and reports
// every problem of the document at once ([errors.Join]), each a
// [*DecodeError] that names its JSON path and quotes the value at a bounded
// length:
//
//	scheme: decode project: lead.kind "mairie": unknown kind: want commune, epci, …
//	scheme: decode project: members[2].kinds: unknown key: want id, name, kind, population or departement_code
//	scheme: decode project: members[0].population -40: negative population
//
// It refuses the document's form — text that is not JSON ([ErrSyntax]), a
// key that Project or Body does not define, spelt exactly
// ([ErrUnknownKey]), a key given twice ([ErrDuplicate]), a value of the
// wrong kind or a number that its field cannot hold ([ErrWrongType]) — and
// every value that no project can hold where it stands: a date that is
// none (calendar.ErrInvalidDate), an amount that is none, or a JSON number
// with an exponent or more than two decimals (cost.ErrInvalidAmount: write
// it as a string), an unknown answer, and what [Project.Validate] refuses of
// a single value — an unknown kind, theme or practice, a negative
// population, a negative overlap, a budget line with an unknown category or
// a negative amount — each with its [*FieldError] inside.
//
// The problems that Validate finds between values are left to Validate,
// which [Scheme.Check] does not need and relance.Orient calls: a body that
// repeats another, results due before the start, an overlap above the
// populations given, a budget whose total overflows. Each value of such a
// project is one that a project can hold; which of two to change is the
// applicant's to say, and a form that sends the project while someone
// fills it in must still decode it, to show every other answer. A
// decoded project may thus fail Validate; a project that Validate accepts
// encodes to JSON that decodes to it again.
//
// The problems come in the order of the document, those of the single
// values after. What a value that did not decode would make Validate say
// is not said: a budget line whose category did not decode is not also a
// line without a category.
//
// As with encoding/json, a key absent, or given as null, leaves its fact as
// p held it (null makes a list nil), and a list given replaces p's whole:
// nothing that p shares is written to. JSON null, and nil data, leave p
// unchanged; so does an error.
func (p *Project) UnmarshalJSON(data []byte) error {
	if data == nil || isNull(data) {
		return nil
	}
	v, err := decodeProject(data, *p)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// projectFields is a Project without its methods, which strictjson decodes
// field by field.
type projectFields Project

// decodeProject decodes data, which is not null, into a copy of p, as
// UnmarshalJSON says.
func decodeProject(data []byte, p Project) (Project, error) {
	v := projectFields(p)
	d := decoding{op: "decode project"}
	problems := strictjson.Decode(data, &v, strictjson.Options{Verbatim: projectEnum})
	if !d.strict(problems, answerWording) {
		return Project{}, d.err()
	}
	p = Project(v)
	if err := p.Validate(); err != nil {
		for _, e := range unjoin(err) {
			if fe, ok := e.(*FieldError); ok && fe.single() {
				d.valid(reflect.TypeFor[Project](), fe.Field, fe.Value, fe)
			}
		}
	}
	return p, d.err()
}

// projectEnum reports whether goPath is the Go field path of a kind, a
// theme or a practice in a project: a value that decoding takes as the
// document writes it, when its type refuses it, so that Validate says what
// is wrong with it as with any other value.
func projectEnum(goPath string) bool {
	if goPath == "Lead.Kind" || strings.HasPrefix(goPath, "Themes[") || strings.HasPrefix(goPath, "Practices[") {
		return true
	}
	return strings.HasPrefix(goPath, "Members[") && strings.HasSuffix(goPath, "].Kind")
}

// answerWording words the refusal of an answer as Validate words it. Kinds,
// themes and practices are taken as written (projectEnum), so that, in a
// project, only an answer's own decoding refuses a value with
// ErrUnknownValue.
func answerWording(err error) error {
	if errors.Is(err, ErrUnknownValue) {
		return errUnknownAnswer
	}
	return err
}

// single reports whether e is a problem of a single value, which decoding
// refuses, rather than one between values, which it leaves to Validate.
func (e *FieldError) single() bool {
	switch e.Err {
	case errUnknownKind, errUnknownTheme, errUnknownPractic, errUnknownAnswer, errNegativePopulation, errNegativeOverlap:
		return true
	}
	return errors.Is(e.Err, cost.ErrNegativeAmount) || errors.Is(e.Err, cost.ErrUnknownCategory)
}
