package relancetest

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
)

// This file decodes JSON strictly, into the types of the format: every key
// must be one the type defines, spelt exactly, and given once; every value
// must decode; and every problem is reported with its JSON path, all at once.
// encoding/json's DisallowUnknownFields would refuse unknown keys, but
// matches keys without regard to case, does not say where an unknown key
// stands, and stops at the first problem.
//
// The file is checked once (json.Valid); then each object and array is
// split by a scan of its bytes (members, elements), and the commonest
// leaves are decoded without encoding/json (plainLeaf). Going through a
// json.Decoder for every object, and json.Unmarshal for every leaf, scanned
// each value again at every depth: BenchmarkCorpus took 33 ms, against
// 11.6 ms so.

// problem is a problem at a JSON path, which the caller turns into a
// CaseError.
type problem struct {
	path  string
	value string
	err   error
}

// decoder decodes one JSON value into a Go value, gathering problems.
type decoder struct {
	problems []problem
	// lenient reports whether a value at a Go field path may be taken
	// verbatim when its type refuses it: a case that declares an invalid
	// fact there.
	lenient func(goPath string) bool
}

var (
	rawType         = reflect.TypeFor[json.RawMessage]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	pairsDecoder    = reflect.TypeFor[pairDecoder]()
)

// pairDecoder is a type that decodes a JSON object itself, such as
// [pairs], which keeps the order of its keys.
type pairDecoder interface {
	decodePairs(d *decoder, raw []byte, jp, gp string)
}

func (d *decoder) fail(path string, raw []byte, err error) {
	d.problems = append(d.problems, problem{path, shown(raw), err})
}

// shown returns a JSON value as a message quotes it: a string quoted and
// cut to a readable length, a number or a literal as written; "" for an
// object or an array, which the path names well enough.
func shown(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '{', '[':
		return ""
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return quote.Input(s)
		}
	}
	if len(raw) > quote.Limit {
		return quote.Input(string(raw))
	}
	return string(raw)
}

// jsonKind names the kind of a JSON value other than null, which decodes
// into anything, by its first byte.
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
	}
	return "a number"
}

// wantKind names the JSON kind that a Go type, not a pointer, decodes
// from.
func wantKind(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Struct:
		return "an object"
	case reflect.Slice:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "a boolean"
	}
	return "a number"
}

func wrongType(t reflect.Type, raw []byte) error {
	return fmt.Errorf("%w: want %s, got %s", ErrWrongType, wantKind(t), jsonKind(raw))
}

// appendKey returns the JSON path of key inside the object at path.
func appendKey(path, key string) string {
	plain := key != ""
	for _, r := range key {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			plain = false
			break
		}
	}
	switch {
	case !plain:
		return path + "[" + strconv.Quote(key) + "]"
	case path == "":
		return key
	}
	return path + "." + key
}

// appendIndex returns the path of element i of the array at path.
func appendIndex(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// value decodes raw into v, a settable value, at JSON path jp and Go field
// path gp (for the leniency of invalid facts).
func (d *decoder) value(raw []byte, v reflect.Value, jp, gp string) {
	raw = bytes.TrimSpace(raw)
	t := v.Type()
	if bytes.Equal(raw, []byte("null")) {
		v.SetZero() // as encoding/json does for pointers, slices and maps; the zero value otherwise
		return
	}
	switch {
	case t == rawType:
		v.SetBytes(bytes.Clone(raw))
		return
	case reflect.PointerTo(t).Implements(pairsDecoder):
		v.Addr().Interface().(pairDecoder).decodePairs(d, raw, jp, gp)
		return
	case t.Kind() == reflect.Pointer:
		p := reflect.New(t.Elem())
		d.value(raw, p.Elem(), jp, gp)
		v.Set(p)
		return
	case reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler):
		d.leaf(raw, v, jp, gp)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		d.object(raw, v, jp, gp)
	case reflect.Slice:
		d.array(raw, v, jp, gp)
	default:
		d.leaf(raw, v, jp, gp)
	}
}

// leaf decodes a value that encoding/json decodes whole: a type with its
// own decoding, or a string, a number, a boolean.
func (d *decoder) leaf(raw []byte, v reflect.Value, jp, gp string) {
	if plainLeaf(raw, v) {
		return
	}
	p := reflect.New(v.Type())
	err := json.Unmarshal(raw, p.Interface())
	if err == nil {
		v.Set(p.Elem())
		return
	}
	if d.lenient != nil && d.lenient(gp) && verbatim(raw, v) {
		return
	}
	var typeErr *json.UnmarshalTypeError
	switch {
	case !errors.As(err, &typeErr):
	case jsonKind(raw) == wantKind(v.Type()): // a number too large for its type
		err = fmt.Errorf("%w: out of the range of %s", ErrWrongType, v.Type())
	default:
		err = wrongType(v.Type(), raw)
	}
	d.fail(jp, raw, err)
}

// plainLeaf decodes the commonest leaves without encoding/json, which
// would scan and reflect again on every one of them: a string without
// escapes into a type that decodes text or a plain string, an integer into
// an int. It reports whether it did; when it did not, v is unchanged and
// the caller decodes raw the long way, which gives the errors.
func plainLeaf(raw []byte, v reflect.Value) bool {
	if len(raw) >= 2 && raw[0] == '"' && !bytes.ContainsRune(raw, '\\') {
		text := raw[1 : len(raw)-1]
		if u, ok := v.Addr().Interface().(encoding.TextUnmarshaler); ok {
			if _, isJSON := u.(json.Unmarshaler); isJSON {
				return false
			}
			p := reflect.New(v.Type())
			if p.Interface().(encoding.TextUnmarshaler).UnmarshalText(text) != nil {
				return false
			}
			v.Set(p.Elem())
			return true
		}
		if v.Kind() == reflect.String {
			v.SetString(string(text))
			return true
		}
		return false
	}
	if v.Kind() == reflect.Int && v.Type() == reflect.TypeFor[int]() {
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if err != nil || v.OverflowInt(n) {
			return false
		}
		v.SetInt(n)
		return true
	}
	return false
}

// verbatim sets v to the value raw writes, bypassing the decoding of v's
// type: a string into a type whose kind is string, an integer into an
// integer type. It reports whether it could.
func verbatim(raw []byte, v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return false
		}
		v.SetString(s)
		return true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(string(raw), 10, 64)
		if err != nil || v.OverflowInt(n) {
			return false
		}
		v.SetInt(n)
		return true
	}
	return false
}

// fieldIndex maps the JSON names of the exported fields of struct type t to
// their indexes, and lists the names in order.
func fieldIndex(t reflect.Type) (map[string]int, []string) {
	index := make(map[string]int, t.NumField())
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		index[name] = i
		names = append(names, name)
	}
	return index, names
}

// object decodes the JSON object raw into the struct v.
func (d *decoder) object(raw []byte, v reflect.Value, jp, gp string) {
	t := v.Type()
	index, names := fieldIndex(t)
	seen := make(map[string]bool, len(index))
	ok := members(raw, func(key string, value json.RawMessage) {
		kp := appendKey(jp, key)
		i, known := index[key]
		switch {
		case !known:
			d.fail(kp, nil, fmt.Errorf("%w: want %s", ErrUnknownKey, either(names)))
			return
		case seen[key]:
			d.fail(kp, nil, fmt.Errorf("%w key", ErrDuplicate))
			return
		}
		seen[key] = true
		fgp := t.Field(i).Name
		if gp != "" {
			fgp = gp + "." + fgp
		}
		d.value(value, v.Field(i), kp, fgp)
	})
	if !ok {
		d.fail(jp, raw, wrongType(t, raw))
	}
}

// array decodes the JSON array raw into the slice v.
func (d *decoder) array(raw []byte, v reflect.Value, jp, gp string) {
	items, ok := elements(raw)
	if !ok {
		d.fail(jp, raw, wrongType(v.Type(), raw))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		d.value(item, s.Index(i), appendIndex(jp, i), appendIndex(gp, i))
	}
	v.Set(s)
}

// pair is a key of a JSON object and its value.
type pair[T any] struct {
	Key   string
	Value T
}

// pairs is a JSON object whose keys are free, such as the criteria of an
// expectation, decoded in the order of its keys.
type pairs[T any] []pair[T]

func (p *pairs[T]) decodePairs(d *decoder, raw []byte, jp, gp string) {
	var out pairs[T]
	seen := make(map[string]bool)
	ok := members(raw, func(key string, value json.RawMessage) {
		kp := appendKey(jp, key)
		if seen[key] {
			d.fail(kp, nil, fmt.Errorf("%w key", ErrDuplicate))
			return
		}
		seen[key] = true
		var v T
		d.value(value, reflect.ValueOf(&v).Elem(), kp, gp+"["+strconv.Quote(key)+"]")
		out = append(out, pair[T]{key, v})
	})
	if !ok {
		d.fail(jp, raw, fmt.Errorf("%w: want an object, got %s", ErrWrongType, jsonKind(raw)))
		return
	}
	*p = out
}

// either lists names for a message: "a", "a or b", "a, b or c".
func either(names []string) string {
	if n := len(names); n > 1 {
		return strings.Join(names[:n-1], ", ") + " or " + names[n-1]
	}
	return strings.Join(names, "")
}
