package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
)

// The sentinel errors of the problems that [Decode] finds itself. A value
// that its type refuses keeps the type's own error instead (such as
// calendar.ErrInvalidDate), which the [Problem] carries.
var (
	// ErrSyntax reports text that is not JSON.
	ErrSyntax = errors.New("invalid JSON")
	// ErrUnknownKey reports a key of an object that the struct does not
	// define, spelt exactly.
	ErrUnknownKey = errors.New("unknown key")
	// ErrDuplicate reports a key given twice in one object.
	ErrDuplicate = errors.New("duplicate")
	// ErrWrongType reports a JSON value of the wrong kind (a number where
	// the Go type wants a string, and so on), or a number that its Go type
	// cannot hold.
	ErrWrongType = errors.New("wrong type")
	// ErrUnsupported reports a Go type that Decode cannot decode into, such
	// as a channel or a map whose keys are not strings: the program's
	// mistake, not the input's.
	ErrUnsupported = errors.New("unsupported Go type")
)

// Problem is one problem of a JSON document: the JSON path of the value, the
// value itself as a message quotes it, and what is wrong with it.
//
//	sessions[0].rules.treshold: unknown key: want applicants, threshold, …
//	members[2].kind "mairie": scheme: parse kind "mairie": unknown value: want commune, epci, …
//
// Path is the place of the value, as [Key] and [Index] write it: keys joined
// by dots, indexes in brackets counted from 0, "" for the whole document (or
// [Options.Path]). Value is the offending value, a string quoted and cut by
// quote.Input, a number or a literal as the document writes it (cut the same
// way when long); "" when the problem is the key or a whole object or array,
// which the path names well enough. Err is what is wrong: one of the
// sentinels of this package, or the error that the value's own type
// returned, kept as it is.
//
// Problem is a plain value, comparable when its Err is. Its message, from
// [Problem.Error], stays a few hundred bytes long whatever the input.
type Problem struct {
	Path  string
	Value string
	Err   error
}

// Error returns the problem in the form "PATH VALUE: ERR", without the
// parts that are empty.
func (p Problem) Error() string {
	s := p.Path
	if p.Value != "" {
		if s != "" {
			s += " "
		}
		s += p.Value
	}
	if s == "" {
		return p.Err.Error()
	}
	return s + ": " + p.Err.Error()
}

// Unwrap returns p.Err, for errors.Is and errors.As.
func (p Problem) Unwrap() error { return p.Err }

// shown returns a JSON value as a message quotes it: a string quoted and cut
// to a readable length, a number or a literal as written; "" for an object
// or an array, which the path names well enough.
func shown(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '{', '[':
		return ""
	case '"':
		return quote.Input(unquote(raw))
	}
	return quote.Number(string(raw)) // a number, true, false or null
}

// jsonKind names the kind of the JSON value raw, by its first byte.
func jsonKind(raw []byte) string {
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// wantKind names the JSON kind that a Go type, not a pointer, decodes from:
// a string for a type that reads text, even when its own UnmarshalJSON
// reads more (cost.Amount takes a number too): the string is what its
// messages ask for.
func wantKind(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			return "a string"
		}
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "a value"
}

// wrongType returns the error of a JSON value of the wrong kind for t.
func wrongType(t reflect.Type, raw []byte) error {
	return fmt.Errorf("%w: want %s, got %s", ErrWrongType, wantKind(t), jsonKind(raw))
}

// syntax returns the problem of data, which is not valid JSON, at path:
// where it stops being JSON, by line and column.
func syntax(data []byte, path string) Problem {
	if len(bytes.TrimSpace(data)) == 0 {
		return Problem{Path: path, Err: fmt.Errorf("%w: empty input", ErrSyntax)}
	}
	var v any
	err := json.Unmarshal(data, &v)
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return Problem{Path: path, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	line := 1 + bytes.Count(data[:se.Offset], []byte("\n"))
	col := int(se.Offset) - bytes.LastIndexByte(data[:se.Offset], '\n') - 1
	return Problem{Path: path, Err: fmt.Errorf("%w at line %d, column %d: %s", ErrSyntax, line, col, strings.TrimPrefix(se.Error(), "json: "))}
}
