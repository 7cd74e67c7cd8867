package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/planrelance/numerique/internal/quote"
)

// Options change what [Decode] does. The zero value decodes a whole
// document, strictly.
type Options struct {
	// Path is the JSON path of the document inside a larger one, which
	// every problem's path starts with: "cases[3].project" for a project
	// that a case file holds, decoded apart. "": the document is the whole.
	Path string
	// Verbatim, when not nil, is asked about each value that its type
	// refuses, with the value's Go field path from v ("Lead.Kind",
	// "Members[0].Population", `Criteria["ampleur"]`): when it reports true,
	// the value is taken as the document writes it, bypassing its type's
	// decoding — any string into a type whose kind is string, an integer
	// into an integer type — and is no problem. It serves documents that
	// state invalid values on purpose, such as test cases of a validation.
	Verbatim func(goPath string) bool
}

// Decode decodes the JSON document data into the value that v points to,
// strictly, and returns every problem it found, in the order of the
// document; nil when there is none. See the package documentation for what
// it refuses. v must be a non-nil pointer; Decode reports ErrUnsupported
// otherwise.
//
// What decodes is stored even when other values do not: a value with a
// problem is left as it was, so that the caller may still check the rest.
// Decode takes time and memory linear in the length of data.
func Decode(data []byte, v any, o Options) []Problem {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []Problem{{Path: o.Path, Err: fmt.Errorf("%w: decode into %T, not a non-nil pointer", ErrUnsupported, v)}}
	}
	if !json.Valid(data) {
		return []Problem{syntax(data, o.Path)}
	}
	d := decoder{verbatim: o.Verbatim, jp: []byte(o.Path)}
	d.value(bytes.TrimSpace(data), rv.Elem())
	return d.problems
}

// decoder decodes one document, gathering its problems. It keeps the JSON
// path and the Go field path of the value it decodes as bytes, a step
// appended on the way down and cut on the way up, and writes them out only
// for a problem: a string for each value would double the allocations.
type decoder struct {
	problems []Problem
	verbatim func(goPath string) bool
	jp, gp   []byte                         // the paths of the value being decoded
	structs  map[reflect.Type]*structFields // the fields of each struct type met
	hows     map[reflect.Type]how           // how each type met decodes
}

// how is the way a Go type decodes.
type how uint8

const (
	byKind  how = iota + 1 // by its kind: struct, slice, string…
	byPairs                // Pairs
	byJSON                 // its UnmarshalJSON method
	byText                 // its UnmarshalText method
)

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	pairsType       = reflect.TypeFor[pairsDecoder]()
)

// howOf returns how t decodes, found once per document: asking reflect
// whether a type implements an interface, for every value, took 40 % of
// the time of a document of small values.
func (d *decoder) howOf(t reflect.Type) how {
	if h, ok := d.hows[t]; ok {
		return h
	}
	if d.hows == nil {
		d.hows = make(map[reflect.Type]how)
	}
	pt := reflect.PointerTo(t)
	h := byKind
	switch {
	case pt.Implements(pairsType):
		h = byPairs
	case pt.Implements(jsonUnmarshaler):
		h = byJSON
	case pt.Implements(textUnmarshaler):
		h = byText
	}
	d.hows[t] = h
	return h
}

// down appends to the paths the step of a key, and returns their lengths
// before, for up.
func (d *decoder) down(key string) (int, int) {
	n, m := len(d.jp), len(d.gp)
	d.jp = appendKey(d.jp, key)
	return n, m
}

// downIndex appends to the paths the step of index i.
func (d *decoder) downIndex(i int) (int, int) {
	n, m := len(d.jp), len(d.gp)
	d.jp = appendIndex(d.jp, i)
	if d.verbatim != nil {
		d.gp = appendIndex(d.gp, i)
	}
	return n, m
}

// up cuts the paths back to the lengths that down returned.
func (d *decoder) up(n, m int) { d.jp, d.gp = d.jp[:n], d.gp[:m] }

// fail records a problem of the value raw at the current path.
func (d *decoder) fail(raw []byte, err error) {
	d.problems = append(d.problems, Problem{Path: string(d.jp), Value: shown(raw), Err: err})
}

// value decodes raw, a valid JSON value without white space around it, into
// v, a settable value, at the current paths.
func (d *decoder) value(raw []byte, v reflect.Value) {
	t := v.Type()
	switch d.howOf(t) {
	case byPairs:
		v.Addr().Interface().(pairsDecoder).decodePairs(d, raw)
		return
	case byJSON:
		d.check(raw, v, v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw))
		return
	}
	if raw[0] == 'n' {
		// null: nothing for a pointer, a slice, a map, an interface;
		// no change to anything else, as encoding/json does.
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
			v.SetZero()
		}
		return
	}
	if d.howOf(t) == byText {
		if raw[0] != '"' {
			d.check(raw, v, wrongType(t, raw))
			return
		}
		d.check(raw, v, v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(unquote(raw))))
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		d.value(raw, v.Elem())
	case reflect.Struct:
		d.object(raw, v)
	case reflect.Map:
		d.mapping(raw, v)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 { // base64 text, as encoding/json reads it
			d.check(raw, v, json.Unmarshal(raw, v.Addr().Interface()))
			return
		}
		d.array(raw, v)
	case reflect.Array:
		d.array(raw, v)
	case reflect.Interface:
		if t.NumMethod() > 0 {
			d.fail(raw, fmt.Errorf("%w: %s", ErrUnsupported, t))
			return
		}
		d.check(raw, v, json.Unmarshal(raw, v.Addr().Interface()))
	default:
		d.check(raw, v, scalar(raw, v))
	}
}

// check records err, the error of decoding raw into v, unless it is nil or
// the value may be taken verbatim. A type's complaint that the JSON value is
// of the wrong kind, about the whole value, is worded as this package words
// it; any other error of the type is kept as it is.
func (d *decoder) check(raw []byte, v reflect.Value, err error) {
	if err == nil {
		return
	}
	if d.verbatim != nil && d.verbatim(string(d.gp)) && verbatim(raw, v) {
		return
	}
	if te, ok := err.(*json.UnmarshalTypeError); ok && te.Field == "" && jsonKind(raw) != wantKind(v.Type()) {
		err = wrongType(v.Type(), raw)
	}
	d.fail(raw, err)
}

// object decodes the JSON object raw into the struct v.
func (d *decoder) object(raw []byte, v reflect.Value) {
	fields := d.fieldsOf(v.Type())
	seen := make([]bool, len(fields.list))
	ok := members(raw, func(key string, value []byte) {
		n, m := d.down(key)
		defer d.up(n, m)
		i, known := fields.index[key]
		switch {
		case !known:
			d.fail(nil, fmt.Errorf("%w: want %s", ErrUnknownKey, quote.Choices(fields.names)))
			return
		case seen[i]:
			d.fail(nil, fmt.Errorf("%w key", ErrDuplicate))
			return
		}
		seen[i] = true
		f := fields.list[i]
		fv, settable := field(v, f.index)
		if !settable {
			d.fail(value, fmt.Errorf("%w: a nil embedded pointer to an unexported struct", ErrUnsupported))
			return
		}
		if d.verbatim != nil {
			if len(d.gp) > 0 {
				d.gp = append(d.gp, '.')
			}
			d.gp = append(d.gp, f.goName...)
		}
		d.value(value, fv)
	})
	if !ok {
		d.fail(raw, wrongType(v.Type(), raw))
	}
}

// mapping decodes the JSON object raw into the map v, whose keys are
// strings.
func (d *decoder) mapping(raw []byte, v reflect.Value) {
	t := v.Type()
	if t.Key().Kind() != reflect.String {
		d.fail(nil, fmt.Errorf("%w: %s", ErrUnsupported, t))
		return
	}
	if raw[0] != '{' {
		d.fail(raw, wrongType(t, raw))
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(t))
	}
	d.free(raw, func(key string, value []byte) {
		e := reflect.New(t.Elem()).Elem()
		d.value(value, e)
		v.SetMapIndex(reflect.ValueOf(key).Convert(t.Key()), e)
	})
}

// free calls f for each key of the JSON object raw, whose keys are free (a
// map's, or Pairs'), and each value, at its paths, but for a key given
// again, which is a problem; it reports whether raw is an object.
func (d *decoder) free(raw []byte, f func(key string, value []byte)) bool {
	seen := make(map[string]bool)
	return members(raw, func(key string, value []byte) {
		n, m := d.downKey(key)
		defer d.up(n, m)
		if seen[key] {
			d.fail(nil, fmt.Errorf("%w key", ErrDuplicate))
			return
		}
		seen[key] = true
		f(key, value)
	})
}

// downKey appends to the paths the step of a free key: of a map or of
// Pairs, whose Go field path quotes it in brackets.
func (d *decoder) downKey(key string) (int, int) {
	n, m := d.down(key)
	if d.verbatim != nil {
		d.gp = appendQuoted(d.gp, key)
	}
	return n, m
}

// array decodes the JSON array raw into the slice or the array v.
func (d *decoder) array(raw []byte, v reflect.Value) {
	t := v.Type()
	items, ok := elements(raw)
	if !ok {
		d.fail(raw, wrongType(t, raw))
		return
	}
	s := v
	if t.Kind() == reflect.Slice {
		s = reflect.MakeSlice(t, len(items), len(items))
	} else if len(items) > t.Len() {
		d.fail(nil, fmt.Errorf("%w: want at most %d elements, got %d", ErrWrongType, t.Len(), len(items)))
		items = items[:t.Len()]
	}
	for i, item := range items {
		n, m := d.downIndex(i)
		d.value(item, s.Index(i))
		d.up(n, m)
	}
	if t.Kind() == reflect.Slice {
		v.Set(s)
		return
	}
	for i := len(items); i < t.Len(); i++ { // as encoding/json does
		s.Index(i).SetZero()
	}
}
