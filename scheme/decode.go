package scheme

import (
	"bytes"
	"errors"
	"reflect"
	"strings"

	"github.com/planrelance/numerique/internal/strictjson"
)

// This file decodes the documents that people write — a Project, a
// Definition, a Scheme — strictly, and reports every problem of one at its
// JSON path: what internal/strictjson finds (the document's form, and the
// values that their types refuse), then what Project.Validate or New finds
// in the values that decoded.

// DecodeError is one problem of a JSON document that decoding a [Project], a
// [Definition] or a [Scheme] finds: the JSON path of the value, the value
// quoted at a bounded length, and what is wrong with it.
//
//	scheme: decode project: lead.kind "mairie": unknown kind: want commune, epci, …
//	scheme: decode project: members[2].population "12": wrong type: want a number, got a string
//	scheme: decode definition: sessions[0].rules.treshold: unknown key: want applicants, threshold, …
//	scheme: decode scheme: sessions[1].intake "depot": opens on 2021-01-25, before the intake of Sessions[0] (2021-10-08)
//
// Op names the operation: "decode project", "decode definition" or "decode
// scheme". Path is the JSON path of the value in the document: its keys
// joined by dots, its indexes in brackets counted from 0, as in
// "members[2].kind" and "sessions[0].rules.threshold"; a key that is not a
// plain slug is quoted in brackets, and cut when long. "" is the document as
// a whole. Value is the offending value as the document writes it, a string
// quoted and cut at a bounded length (`"mairie"`, -5), or "" when the
// problem is a key, or an object or an array as a whole. Err is what is
// wrong:
//   - the document's form: an error that wraps [ErrSyntax], [ErrUnknownKey],
//     [ErrDuplicate] or [ErrWrongType];
//   - a value that its type refuses: the type's own error, such as one that
//     wraps calendar.ErrInvalidDate or cost.ErrInvalidAmount, and for an
//     answer one that wraps [ErrUnknownValue];
//   - a value that [Project.Validate] refuses: its [*FieldError], and one
//     that [New] refuses: its [*DefinitionError], so that errors.As finds
//     them with their Go field paths and errors.Is finds
//     [ErrInvalidProject] or [ErrInvalidDefinition] and the sentinel of the
//     problem ([ErrUnknownValue], cost.ErrNegativeAmount…).
//
// Its message, from [DecodeError.Error], names the package, the operation,
// the path and the value once, and stays a few hundred bytes long whatever
// the input.
type DecodeError struct {
	Op    string // "decode project", "decode definition" or "decode scheme"
	Path  string // JSON path, such as "members[2].kind"; "" for the whole document
	Value string // the value as the document writes it, such as `"mairie"` or -5
	Err   error  // what is wrong
}

// Error returns the problem in the form "scheme: OP: PATH VALUE: PROBLEM",
// without the parts that are empty.
func (e *DecodeError) Error() string {
	return fieldMessage("scheme: "+e.Op, e.Path, e.Value, e.detail())
}

// detail returns what is wrong, for a message that has already named the
// package, the operation, the path and the value: the problem of a
// FieldError or a DefinitionError alone; another error without the package
// and the operation that its own message starts with, nor the value it
// quotes again (`calendar: parse date "2021-02-30": invalid date: …` gives
// `invalid date: …`).
func (e *DecodeError) detail() string {
	switch err := e.Err.(type) {
	case nil:
		return "invalid JSON"
	case *FieldError:
		return err.problem()
	case *DefinitionError:
		return err.problem()
	}
	msg := withoutPackage(e.Err.Error())
	if e.Value != "" {
		if i := strings.Index(msg, e.Value+": "); i >= 0 && !strings.Contains(msg[:i], ": ") {
			msg = msg[i+len(e.Value)+2:]
		}
	}
	return boundQuotes(msg)
}

// Unwrap returns e.Err, for [errors.Is] and [errors.As].
func (e *DecodeError) Unwrap() error { return e.Err }

// isNull reports whether data is the JSON null, which leaves a value as it
// was.
func isNull(data []byte) bool { return string(bytes.TrimSpace(data)) == "null" }

// decoding gathers the problems of one document, and the paths of the
// values that did not decode, so that what validation says of them — a
// consequence of a value left as it was — is not said again.
type decoding struct {
	op     string
	errs   []error
	broken map[string]bool // the JSON paths of the values that did not decode
	holds  map[string]bool // those paths, and every path that holds one of them
}

// strict records the problems that strictjson found, reworded by reword
// when it is not nil, and reports whether anything was decoded: false for a
// document that is not JSON.
func (d *decoding) strict(problems []strictjson.Problem, reword func(error) error) bool {
	for _, pr := range problems {
		err := pr.Err
		if reword != nil {
			err = reword(err)
		}
		d.errs = append(d.errs, &DecodeError{Op: d.op, Path: pr.Path, Value: pr.Value, Err: err})
		switch {
		case errors.Is(err, ErrSyntax):
			return false
		case errors.Is(err, ErrUnknownKey), errors.Is(err, ErrDuplicate):
			// No value is left out: the first of two keys is kept.
		default:
			d.broke(pr.Path)
		}
	}
	return true
}

// broke records that the value at path did not decode.
func (d *decoding) broke(path string) {
	if d.broken == nil {
		d.broken, d.holds = make(map[string]bool), make(map[string]bool)
	}
	d.broken[path] = true
	for p := range strictjson.Prefixes(path) {
		d.holds[p] = true
	}
}

// valid records err, a problem that validation found with the value at the
// Go field path goPath of a value of type t, at its JSON path, unless that
// value holds, or is held by, a value that did not decode. It takes time
// linear in the length of the path.
func (d *decoding) valid(t reflect.Type, goPath, value string, err error) {
	path := strictjson.AppendGo("", t, goPath)
	if d.holds[path] {
		return
	}
	for p := range strictjson.Prefixes(path) {
		if d.broken[p] {
			return
		}
	}
	d.errs = append(d.errs, &DecodeError{Op: d.op, Path: path, Value: value, Err: err})
}

// err returns every problem recorded, joined; nil when there is none.
func (d *decoding) err() error { return errors.Join(d.errs...) }

// unjoin returns the errors that err joins, or err alone.
func unjoin(err error) []error {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		return joined.Unwrap()
	}
	return []error{err}
}
