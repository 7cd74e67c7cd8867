// Package jsoncheck walks marshalled JSON and reports what breaks the one
// JSON style of the library's results: every key in snake_case, a list
// written [] and never null, and "none" omitted (or null where the type
// says so), never a sentinel such as "" or "0.00".
//
// JSON alone does not say which null stands for an empty list: [Check]
// reports every null, every empty string and every key not in snake_case,
// and the caller lists where a null or an empty string is allowed, and
// which values are sentinels at a given place, in [Rules]. A test marshals
// each result type of its package, with its lists empty and full, and
// asserts that Check finds nothing.
//
// A place in a document is a path of keys joined by dots, with the index of
// an element in brackets: "check.findings[0].code". A pattern of [Rules]
// names places the same way with [] for any index ("findings[].code") and
// matches every path that ends with it at a key or an index: the pattern
// "reason" matches "reason" and "lines[2].reason", not "treason".
//
// The package is pure and safe for concurrent use.
package jsoncheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/internal/quote"
)

// Kind is what is wrong at a place of a document.
//
// Kind is an integer value, comparable with == and usable as a map key. The
// zero value is no kind; [Check] never reports it.
type Kind int

// The kinds of problems.
const (
	Null         Kind = iota + 1 // a null value where none is allowed: a list written null, or "none" not omitted
	Empty                        // an empty string where none is allowed: a sentinel for "none"
	Sentinel                     // a value that Rules.Sentinels lists at its place
	NotSnakeCase                 // a key that is not in snake_case
)

// kindTable is the one table of the kinds.
var kindTable = enum.MustTable("jsoncheck.Kind",
	enum.Value[Kind]{V: Null, Slug: "null", Label: "null", Go: "jsoncheck.Null"},
	enum.Value[Kind]{V: Empty, Slug: "empty string", Label: "chaîne vide", Go: "jsoncheck.Empty"},
	enum.Value[Kind]{V: Sentinel, Slug: "sentinel", Label: "valeur sentinelle", Go: "jsoncheck.Sentinel"},
	enum.Value[Kind]{V: NotSnakeCase, Slug: "key not in snake_case", Label: "clé hors snake_case", Go: "jsoncheck.NotSnakeCase"},
)

// String returns what k names in English: "null", "empty string",
// "sentinel", "key not in snake_case"; "%!Kind(9)" for any other value.
func (k Kind) String() string { return kindTable.String(k) }

// Problem is one problem that [Check] finds: where, what, and the value or
// the key as the document writes it. A key of more than 64 characters is
// cut, in the path and the value, so that a problem stays readable.
//
// Problem is a value, comparable with ==.
type Problem struct {
	Path  string // the place: "findings", "lines[2].reason", "" for the document itself
	Kind  Kind
	Value string // the value as JSON writes it (null, "", "0.00") or, for NotSnakeCase, the key quoted at a bounded length
}

// String returns the problem as a line of a test's message:
// `findings: null`, `limits.OwnShare: key not in snake_case "OwnShare"`.
func (p Problem) String() string {
	where := p.Path
	if where == "" {
		where = "(document)"
	}
	if p.Kind == Null || p.Kind == Empty {
		return where + ": " + p.Kind.String()
	}
	return where + ": " + p.Kind.String() + " " + p.Value
}

// Rules say where a document may hold what Check would otherwise report,
// and what else it must not hold. The zero Rules allow no null and no empty
// string, list no sentinel, and want every key in snake_case.
type Rules struct {
	// Null lists the patterns of the places where null is allowed: a
	// pointer that means "none", such as "funding" or "lines[].next".
	Null []string
	// Empty lists the patterns of the places where an empty string is a
	// value and not a sentinel, such as a label the user left empty.
	Empty []string
	// Sentinels maps a pattern to the values, as JSON writes them, that
	// would stand for "none" there: {"ceiling": {`"0.00"`}}.
	Sentinels map[string][]string
	// Free lists the patterns of the objects whose keys are data, not
	// names — a map keyed by IDs or by JSON Pointers, such as "invalid":
	// {"/item/kind": "projet"} — whose keys need not be in snake_case.
	// Their values are checked as any other.
	Free []string
}

// Check walks the JSON document data and returns, in the order of the
// document, every null and every empty string at a place that r does not
// allow, every value that r lists as a sentinel at its place, and every
// object key that is not in snake_case ([SnakeCase]) but in the objects
// that r says are free. It returns nil when it finds nothing.
//
// Check fails only when data is not one JSON value, with an error that says
// where the document stops being JSON.
func Check(data []byte, r Rules) ([]Problem, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	w := walker{d: d, rules: r}
	if err := w.value("", ""); err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, errors.New("jsoncheck: more than one JSON value")
	}
	return w.problems, nil
}

// Marshal marshals v with encoding/json and returns what [Check] finds in
// the document: the one call of a test that walks the JSON of each result
// of its package. It fails when v does not marshal.
func Marshal(v any, r Rules) ([]Problem, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return Check(data, r)
}

// walker walks one document.
type walker struct {
	d        *json.Decoder
	rules    Rules
	problems []Problem
}

// value walks the value that starts at the next token, at the place path,
// whose pattern is pattern.
func (w *walker) value(path, pattern string) error {
	tok, err := w.d.Token()
	if err != nil {
		return wrap(err)
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			return w.array(path, pattern)
		}
		return w.object(path, pattern)
	case nil:
		if !matchAny(w.rules.Null, pattern) {
			w.report(path, Null, "null")
		}
		return nil
	case string:
		if t == "" && !matchAny(w.rules.Empty, pattern) {
			w.report(path, Empty, `""`)
			return nil
		}
	}
	if len(w.rules.Sentinels) > 0 {
		text, _ := json.Marshal(tok) // a string, a json.Number or a bool: always encodes
		if w.sentinel(pattern, string(text)) {
			w.report(path, Sentinel, string(text))
		}
	}
	return nil
}

// array walks the elements of an array whose '[' was read.
func (w *walker) array(path, pattern string) error {
	for i := 0; w.d.More(); i++ {
		if err := w.value(path+"["+strconv.Itoa(i)+"]", pattern+"[]"); err != nil {
			return err
		}
	}
	_, err := w.d.Token() // ']'
	return wrap(err)
}

// object walks the members of an object whose '{' was read.
func (w *walker) object(path, pattern string) error {
	free := matchAny(w.rules.Free, pattern)
	for w.d.More() {
		tok, err := w.d.Token()
		if err != nil {
			return wrap(err)
		}
		key := tok.(string) // a member starts with its key
		p, q := join(path, short(key)), join(pattern, key)
		if !free && !SnakeCase(key) {
			w.report(p, NotSnakeCase, quote.Input(key))
		}
		if err := w.value(p, q); err != nil {
			return err
		}
	}
	_, err := w.d.Token() // '}'
	return wrap(err)
}

// report adds a problem.
func (w *walker) report(path string, k Kind, value string) {
	w.problems = append(w.problems, Problem{path, k, value})
}

// sentinel reports whether the rules list text, a value as JSON writes
// it, as a sentinel at the place of pattern.
func (w *walker) sentinel(pattern, text string) bool {
	for p, values := range w.rules.Sentinels {
		if match(p, pattern) && slices.Contains(values, text) {
			return true
		}
	}
	return false
}

// join returns the path of key inside the object at path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// short returns key for a path: cut after quote.Limit characters, the cut
// marked by « … », so that a path stays readable whatever the keys.
func short(key string) string {
	n := 0
	for i := range key {
		if n == quote.Limit {
			return key[:i] + "…"
		}
		n++
	}
	return key
}

// wrap names the package in an error of the decoder.
func wrap(err error) error {
	if err == nil {
		return nil
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return errors.New("jsoncheck: not JSON: " + err.Error())
}

// matchAny reports whether one of patterns matches the place of pattern p.
func matchAny(patterns []string, p string) bool {
	for _, q := range patterns {
		if match(q, p) {
			return true
		}
	}
	return false
}

// match reports whether pattern matches the place whose own pattern (keys
// and [] for indexes) is place: place is pattern, or ends with it at a key
// or an index.
func match(pattern, place string) bool {
	if pattern == "" || !strings.HasSuffix(place, pattern) {
		return false
	}
	rest := len(place) - len(pattern)
	return rest == 0 || pattern[0] == '[' || place[rest-1] == '.'
}

// SnakeCase reports whether key is in snake_case: lowercase ASCII letters
// and digits in words joined by single underscores, starting with a letter:
// "own_share", "max_aid", "l1111_10"; not "OwnShare", "own-share", "_own",
// "own__share", "own_", "".
func SnakeCase(key string) bool {
	if key == "" || key[0] < 'a' || key[0] > 'z' {
		return false
	}
	for i := 1; i < len(key); i++ {
		switch c := key[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '_' && key[i-1] != '_' && i < len(key)-1:
		default:
			return false
		}
	}
	return true
}
