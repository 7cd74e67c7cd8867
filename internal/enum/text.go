package enum

import (
	"encoding/json"
	"reflect"

	"github.com/planrelance/numerique/internal/quote"
)

// The methods below give a type's Parse function, MarshalText, UnmarshalText
// and UnmarshalJSON as one-line calls, with errors that all read alike:
//
//	scheme: parse kind "mairie": unknown value: want commune, epci, …
//	calendar: marshal status 7: invalid status: want upcoming, open or closed
//
// the package and the type taken from the table's qualified name
// ("relance.ContributionKind" gives "relance" and "contribution kind"), the
// input quoted with [quote.Input], then the sentinel of the package that
// owns the type, which the error wraps for [errors.Is], and the slugs that
// the table accepts.

// ParseText returns the value whose slug is s, or the zero T and an error
// that wraps sentinel and quotes s.
func (t *Table[T]) ParseText(s string, sentinel error) (T, error) {
	if v, ok := t.Parse(s); ok {
		return v, nil
	}
	var zero T
	return zero, t.errorOf("parse", quote.Input(s), sentinel)
}

// Marshal returns the slug of v, or, for a value out of the table, an
// error that wraps sentinel and quotes v as Go writes its underlying value
// (`"mairie"`, 7), so that no value is written that cannot be read back.
func (t *Table[T]) Marshal(v T, sentinel error) ([]byte, error) {
	if i := t.index(v); i >= 0 {
		return []byte(t.values[i].Slug), nil
	}
	return nil, t.errorOf("marshal", quoted(v), sentinel)
}

// Unmarshal sets *v to the value whose slug is text, or returns the
// error of [Table.ParseText] and leaves *v unchanged.
func (t *Table[T]) Unmarshal(text []byte, v *T, sentinel error) error {
	w, err := t.ParseText(string(text), sentinel)
	if err != nil {
		return err
	}
	*v = w
	return nil
}

// DecodeJSON sets *v to the value whose slug is the JSON string data, for
// the UnmarshalJSON of a type whose zero value is none of its values.
// encoding/json does not call UnmarshalText for a JSON null: it would leave
// such a type's zero in a list (["donnees", null]) without a word.
// DecodeJSON refuses null, like any JSON value that is not a string, with a
// [*json.UnmarshalTypeError], to which [json.Unmarshal] adds the path of the
// struct field:
//
//	json: cannot unmarshal null into Go struct field Project.themes of type scheme.Theme
//
// A string that names no value gives the error of [Table.ParseText]. On
// error DecodeJSON leaves *v unchanged.
func (t *Table[T]) DecodeJSON(data []byte, v *T, sentinel error) error {
	if len(data) == 0 || data[0] != '"' {
		return &json.UnmarshalTypeError{Value: jsonKind(data), Type: reflect.TypeFor[T]()}
	}
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	w, err := t.ParseText(s, sentinel)
	if err != nil {
		return err
	}
	*v = w
	return nil
}

// jsonKind names the JSON value that data begins, as encoding/json names it
// in a [json.UnmarshalTypeError].
func jsonKind(data []byte) string {
	if len(data) == 0 {
		return "nothing"
	}
	switch data[0] {
	case 'n':
		return "null"
	case 't', 'f':
		return "bool"
	case '[':
		return "array"
	case '{':
		return "object"
	}
	return "number"
}

// errorOf returns the error of operation op ("parse") on input, already
// quoted.
func (t *Table[T]) errorOf(op, input string, sentinel error) error {
	return &textError{pkg: t.typ[:len(t.typ)-len(t.name)-1], op: op, noun: t.noun, input: input, want: t.want, err: sentinel}
}

// textError is an error of a table's text: the operation, the input and
// what the table accepts, worded on demand.
type textError struct {
	pkg, op, noun, input, want string
	err                        error
}

func (e *textError) Error() string {
	return e.pkg + ": " + e.op + " " + e.noun + " " + e.input + ": " + e.err.Error() + ": want " + e.want
}

func (e *textError) Unwrap() error { return e.err }

// quoted writes v as [raw] does, a string cut by [quote.Input]: a value out
// of a table may hold any text a user gave.
func quoted[T Underlying](v T) string {
	if r := reflect.ValueOf(v); r.Kind() == reflect.String {
		return quote.Input(r.String())
	}
	return raw(v)
}

// noun returns the bare name of a type as error messages write it: in lower
// case, a space before each word that starts with a capital after a
// lower-case letter. "ContributionKind" gives "contribution kind".
func noun(name string) string {
	b := make([]byte, 0, len(name)+4)
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			if i > 0 && 'a' <= name[i-1] && name[i-1] <= 'z' {
				b = append(b, ' ')
			}
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b)
}
