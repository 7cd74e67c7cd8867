package strictjson_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sample exercises the decoder on every kind of field.
type sample struct {
	A      string                `json:"a"`
	B      []int                 `json:"b"`
	C      *bool                 `json:"c"`
	D      strictjson.Pairs[int] `json:"d"`
	Hidden string                `json:"-"`
	NoTag  int
	E      int8                     `json:"e,omitempty"`
	U      uint8                    `json:"u"`
	F      float32                  `json:"f"`
	Day    calendar.Date            `json:"day"`
	Status calendar.Status          `json:"status"`
	Raw    json.RawMessage          `json:"raw"`
	Any    any                      `json:"any"`
	M      map[string]calendar.Date `json:"m"`
	Arr    [2]string                `json:"arr"`
	Bytes  []byte                   `json:"bytes"`
	hidden int                      // an unexported field, which the decoder skips
}

var _ = sample{}.hidden

// problems returns the messages of ps.
func problems(ps []strictjson.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Error())
	}
	return out
}

func TestDecode(t *testing.T) {
	yes := true
	day := calendar.MustDate(2021, time.March, 15)
	tests := []struct {
		name string
		in   string
		want sample
	}{
		{"nothing", `{}`, sample{}},
		{"every kind", `{"a": "x", "b": [1, 2], "c": true, "d": {"k": 1, "l": 2}, "NoTag": 7, "e": -3, "u": 200, "f": 1.5,
			"day": "2021-03-15", "status": "open", "raw": {"x": [1]}, "any": [1, "a"], "m": {"k": "2021-03-15"}, "arr": ["p", "q"], "bytes": "aGk="}`,
			sample{A: "x", B: []int{1, 2}, C: &yes, D: strictjson.Pairs[int]{{"k", 1}, {"l", 2}}, NoTag: 7, E: -3, U: 200, F: 1.5,
				Day: day, Status: calendar.Open, Raw: json.RawMessage(`{"x": [1]}`), Any: []any{1.0, "a"}, M: map[string]calendar.Date{"k": day},
				Arr: [2]string{"p", "q"}, Bytes: []byte("hi")}},
		{"nulls", `{"a": null, "b": null, "c": null, "d": null, "day": null, "m": null, "any": null, "arr": null}`, sample{Raw: nil}},
		{"a string with escapes", `{"a": "\u00e9\n\""}`, sample{A: "é\n\""}},
		{"invalid UTF-8, replaced as encoding/json does", "{\"a\": \"\xff\"}", sample{A: "\ufffd"}},
		{"white space everywhere", " { \"b\" : [ 1 , 2 ] , \"a\" : \"x\" } ", sample{A: "x", B: []int{1, 2}}},
		{"an array shorter than its type", `{"arr": ["p"]}`, sample{Arr: [2]string{"p", ""}}},
		{"an empty date", `{"day": ""}`, sample{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got sample
			require.Empty(t, problems(strictjson.Decode([]byte(tt.in), &got, strictjson.Options{})))
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDecodeProblems(t *testing.T) {
	long := strings.Repeat("x", 1000)
	keys := "want a, b, c, d, NoTag, e, u, f, day, status, raw or 4 others"
	tests := []struct {
		name string
		in   string
		want []string // the messages, in order
		is   []error  // what each problem wraps
	}{
		{"not JSON", "{\"a\":\n}", []string{"invalid JSON at line 2, column 1: invalid character '}' looking for beginning of value"}, []error{strictjson.ErrSyntax}},
		{"nothing", " ", []string{"invalid JSON: empty input"}, []error{strictjson.ErrSyntax}},
		{"a number as a string", `{"a": 1}`, []string{"a 1: wrong type: want a string, got a number"}, []error{strictjson.ErrWrongType}},
		{"a string as an array", `{"b": "x"}`, []string{`b "x": wrong type: want an array, got a string`}, []error{strictjson.ErrWrongType}},
		{"bad elements", `{"b": [1, "2", {}, 1.5]}`, []string{`b[1] "2": wrong type: want a number, got a string`,
			"b[2]: wrong type: want a number, got an object", "b[3] 1.5: wrong type: want an integer"},
			[]error{strictjson.ErrWrongType, strictjson.ErrWrongType, strictjson.ErrWrongType}},
		{"an array as a boolean", `{"c": []}`, []string{"c: wrong type: want a boolean, got an array"}, []error{strictjson.ErrWrongType}},
		{"numbers out of range", `{"e": 300, "u": -1, "f": 1e39}`, []string{"e 300: wrong type: out of the range of int8",
			"u -1: wrong type: out of the range of uint8", "f 1e39: wrong type: out of the range of float32"},
			[]error{strictjson.ErrWrongType, strictjson.ErrWrongType, strictjson.ErrWrongType}},
		{"a fraction for an unsigned integer", `{"u": 1.5, "f": "1"}`, []string{"u 1.5: wrong type: want an integer", `f "1": wrong type: want a number, got a string`},
			[]error{strictjson.ErrWrongType, strictjson.ErrWrongType}},
		{"an array as free keys", `{"d": [1]}`, []string{"d: wrong type: want an object, got an array"}, []error{strictjson.ErrWrongType}},
		{"a free key given twice", `{"d": {"k": 1, "k": 2}}`, []string{"d.k: duplicate key"}, []error{strictjson.ErrDuplicate}},
		{"a key given twice", `{"a": "x", "a": "y"}`, []string{"a: duplicate key"}, []error{strictjson.ErrDuplicate}},
		{"a map's key given twice", `{"m": {"k": "", "k": ""}}`, []string{"m.k: duplicate key"}, []error{strictjson.ErrDuplicate}},
		{"a map as an array", `{"m": []}`, []string{"m: wrong type: want an object, got an array"}, []error{strictjson.ErrWrongType}},
		{"keys skipped by their tag or unexported", `{"Hidden": 2, "hidden": 3}`, []string{"Hidden: unknown key: " + keys, "hidden: unknown key: " + keys},
			[]error{strictjson.ErrUnknownKey, strictjson.ErrUnknownKey}},
		{"a key in capitals", `{"A": "x"}`, []string{"A: unknown key: " + keys}, []error{strictjson.ErrUnknownKey}},
		{"an escaped key", `{"\u00e9t\u00e9": true}`, []string{`["été"]: unknown key: ` + keys}, []error{strictjson.ErrUnknownKey}},
		{"a long key, cut", `{"` + long + `": 1}`, []string{`["` + long[:64] + `…" (1000 bytes)]: unknown key: ` + keys}, []error{strictjson.ErrUnknownKey}},
		{"a long number, cut, unquoted as numbers are", `{"a": 1` + strings.Repeat("0", 100) + `}`, []string{`a 1` + strings.Repeat("0", 63) + `… (101 bytes): wrong type: want a string, got a number`},
			[]error{strictjson.ErrWrongType}},
		{"a type's own error, kept", `{"day": "2021-02-30"}`, []string{`day "2021-02-30": calendar: parse date "2021-02-30": invalid date: day outside 1..28`},
			[]error{calendar.ErrInvalidDate}},
		{"a text type given a number", `{"day": 20210315}`, []string{"day 20210315: wrong type: want a string, got a number"}, []error{strictjson.ErrWrongType}},
		{"a bad value in a map", `{"m": {"k": "x"}}`, []string{`m.k "x": calendar: parse date "x": invalid date: want YYYY-MM-DD`}, []error{calendar.ErrInvalidDate}},
		{"too many elements for an array", `{"arr": ["a", "b", 3]}`, []string{"arr: wrong type: want at most 2 elements, got 3"}, []error{strictjson.ErrWrongType}},
		{"bad base64", `{"bytes": "!"}`, []string{`bytes "!": illegal base64 data at input byte 0`}, nil},
		{"a string as the whole", `"x"`, []string{`"x": wrong type: want an object, got a string`}, []error{strictjson.ErrWrongType}},
		{"every problem at once, in order", `{"a": 1, "zz": 2, "a": 3, "b": ["x"]}`,
			[]string{"a 1: wrong type: want a string, got a number", "zz: unknown key: " + keys, "a: duplicate key", `b[0] "x": wrong type: want a number, got a string`},
			[]error{strictjson.ErrWrongType, strictjson.ErrUnknownKey, strictjson.ErrDuplicate, strictjson.ErrWrongType}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v sample
			ps := strictjson.Decode([]byte(tt.in), &v, strictjson.Options{})
			assert.Equal(t, tt.want, problems(ps))
			for i, is := range tt.is {
				require.ErrorIs(t, ps[i], is)
			}
		})
	}
}

// enum is a type whose UnmarshalJSON refuses null, as the enums of the
// library do, and refuses "bad" with its own error.
type enum string

var errBadEnum = errors.New("bad enum")

func (e *enum) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil || data[0] == 'n' {
		return &json.UnmarshalTypeError{Value: "null", Type: nil}
	}
	if s == "bad" {
		return fmt.Errorf("enum %q: %w", s, errBadEnum)
	}
	*e = enum(s)
	return nil
}

// nested is a type whose own decoding fails deep inside it, with the field
// that encoding/json names.
type nested struct{ N int }

func (n *nested) UnmarshalJSON(data []byte) error {
	var v struct {
		N int `json:"n"`
	}
	err := json.Unmarshal(data, &v)
	n.N = v.N
	return err
}

func TestDecodeUnmarshalers(t *testing.T) {
	type doc struct {
		E  enum    `json:"e"`
		Es []enum  `json:"es"`
		P  *enum   `json:"p"`
		N  nested  `json:"n"`
		NP *nested `json:"np"`
	}
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"null given to UnmarshalJSON, which refuses it", `{"es": ["a", null]}`, []string{"es[1] null: wrong type: want a string, got null"}},
		{"a null pointer is nil, without UnmarshalJSON", `{"p": null}`, nil},
		{"the type's own error, with the value", `{"e": "bad"}`, []string{`e "bad": enum "bad": bad enum`}},
		{"a number for an object", `{"n": 1}`, []string{"n 1: wrong type: want an object, got a number"}},
		{"an error deep inside the type, kept", `{"np": {"n": "x"}}`, []string{"np: json: cannot unmarshal string into Go struct field .n of type int"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v doc
			assert.Equal(t, tt.want, problems(strictjson.Decode([]byte(tt.in), &v, strictjson.Options{})))
		})
	}
	var v doc
	require.Empty(t, strictjson.Decode([]byte(`{"e": "x", "p": "y", "n": {"n": 3}}`), &v, strictjson.Options{}))
	y := enum("y")
	assert.Equal(t, doc{E: "x", P: &y, N: nested{3}}, v)
}

func TestDecodeEmbedded(t *testing.T) {
	type Inner struct {
		X int `json:"x"`
		Y int `json:"y"`
	}
	type inner struct {
		Z int `json:"z"`
	}
	type Other struct {
		Y int `json:"y"`
	}
	type Tagged struct {
		W int `json:"w"`
	}
	type Tie struct {
		W int
	}
	type outer struct {
		Inner
		*Other
		inner
		Tagged
		Tie
		Named Inner  `json:"named"`
		X     string `json:"x"` // shallower than Inner.X: wins
	}
	var v outer
	ps := strictjson.Decode([]byte(`{"x": "s", "z": 3, "named": {"x": 1}, "w": 4}`), &v, strictjson.Options{})
	require.Empty(t, problems(ps))
	assert.Equal(t, "s", v.X)
	assert.Equal(t, 3, v.Z)
	assert.Equal(t, 1, v.Named.X)
	assert.Equal(t, 4, v.Tagged.W, "the tagged field wins a tie")
	assert.Nil(t, v.Other, "not allocated when not named")
	assert.Equal(t, []string{"y: unknown key: want z, w, W, named or x"},
		problems(strictjson.Decode([]byte(`{"y": 1}`), &v, strictjson.Options{})), "two y at the same depth: neither")

	type private struct{ A int }
	type withPrivatePointer struct {
		*private
		B int
	}
	var w withPrivatePointer
	ps = strictjson.Decode([]byte(`{"A": 1, "B": 2}`), &w, strictjson.Options{})
	assert.Equal(t, []string{"A 1: unsupported Go type: a nil embedded pointer to an unexported struct"}, problems(ps), "as encoding/json says")
	require.ErrorIs(t, ps[0], strictjson.ErrUnsupported)
	assert.Equal(t, 2, w.B)

	type recursive struct {
		*recursive
		R int
	}
	var r recursive
	assert.Empty(t, problems(strictjson.Decode([]byte(`{"R": 1}`), &r, strictjson.Options{})))
	assert.Nil(t, r.recursive, "a type that embeds itself: its own fields")
}

func TestDecodeVerbatim(t *testing.T) {
	type doc struct {
		Day    calendar.Date   `json:"day"`
		Status calendar.Status `json:"status"`
		N      int8            `json:"n"`
		Code   enum            `json:"code"`
		Days   []calendar.Date `json:"days"`
	}
	var paths []string
	o := strictjson.Options{Path: "cases[0]", Verbatim: func(goPath string) bool {
		paths = append(paths, goPath)
		return goPath != "Days[1]"
	}}
	var v doc
	ps := strictjson.Decode([]byte(`{"status": "fermé", "n": 700, "code": "bad", "days": ["2021-03-15", "x"]}`), &v, o)
	assert.Equal(t, []string{`cases[0].status "fermé": calendar: parse status "fermé": invalid status: want upcoming, open or closed`,
		`cases[0].n 700: wrong type: out of the range of int8`, `cases[0].days[1] "x": calendar: parse date "x": invalid date: want YYYY-MM-DD`}, problems(ps))
	assert.Equal(t, []string{"Status", "N", "Code", "Days[1]"}, paths, "asked only about the values refused")
	assert.Equal(t, calendar.Status(0), v.Status, "a string for a type whose kind is not string: refused")
	assert.Equal(t, enum("bad"), v.Code, "taken as written")

	type answer int8
	var a struct {
		A answer `json:"a"`
		S string `json:"s"`
	}
	ps = strictjson.Decode([]byte(`{"a": "7", "s": 7}`), &a, strictjson.Options{Verbatim: func(string) bool { return true }})
	assert.Equal(t, []string{`a "7": wrong type: want a number, got a string`, "s 7: wrong type: want a string, got a number"}, problems(ps),
		"a string is no integer, a number no string")
}

func TestDecodeUnsupported(t *testing.T) {
	var v struct {
		C  chan int       `json:"c"`
		M  map[int]string `json:"m"`
		I  fmt.Stringer   `json:"i"`
		OK string         `json:"ok"`
	}
	ps := strictjson.Decode([]byte(`{"c": 1, "m": {}, "i": "x", "ok": "y"}`), &v, strictjson.Options{})
	assert.Equal(t, []string{"c 1: unsupported Go type: chan int", "m: unsupported Go type: map[int]string", `i "x": unsupported Go type: fmt.Stringer`}, problems(ps))
	for _, p := range ps {
		require.ErrorIs(t, p, strictjson.ErrUnsupported)
	}
	assert.Equal(t, "y", v.OK, "the rest decodes")

	var notPointer sample
	ps = strictjson.Decode([]byte(`{}`), notPointer, strictjson.Options{})
	require.Len(t, ps, 1)
	require.ErrorIs(t, ps[0], strictjson.ErrUnsupported)
	assert.Equal(t, "unsupported Go type: decode into strictjson_test.sample, not a non-nil pointer", ps[0].Error())
}

func TestDecodeIntoExisting(t *testing.T) {
	yes := true
	v := sample{A: "kept", C: &yes, M: map[string]calendar.Date{"old": {}}}
	require.Empty(t, strictjson.Decode([]byte(`{"c": false, "m": {"new": ""}, "a": null}`), &v, strictjson.Options{}))
	assert.Equal(t, "kept", v.A, "null leaves a string as it was")
	assert.False(t, yes, "through the pointer that was there, as encoding/json does")
	assert.Len(t, v.M, 2, "into the map that was there")
}

func TestProblem(t *testing.T) {
	err := errors.New("bad")
	tests := []struct {
		p    strictjson.Problem
		want string
	}{
		{strictjson.Problem{Err: err}, "bad"},
		{strictjson.Problem{Path: "a", Err: err}, "a: bad"},
		{strictjson.Problem{Value: "7", Err: err}, "7: bad"},
		{strictjson.Problem{Path: "a", Value: "7", Err: err}, "a 7: bad"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.p.Error())
		assert.ErrorIs(t, tt.p, err)
	}
}
