package relancetest

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

// sample exercises the decoder on the kinds of fields of the format.
type sample struct {
	A      string     `json:"a"`
	B      []int      `json:"b"`
	C      *bool      `json:"c"`
	D      pairs[int] `json:"d"`
	Hidden string     `json:"-"`
	NoTag  int
	E      int8 `json:"e"`
	hidden int  // an unexported field, which the decoder skips
}

var _ = sample{}.hidden

func TestDecoder(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // path value: problem
	}{
		{"every kind, well", `{"a": "x", "b": [1, 2], "c": true, "d": {"k": 1}, "NoTag": 2, "e": 3}`, nil},
		{"nulls", `{"a": null, "b": null, "c": null, "d": null}`, nil},
		{"a string with escapes", `{"a": "\u00e9\n"}`, nil},
		{"a number as a string", `{"a": 1}`, []string{"a 1: wrong type: want a string, got a number"}},
		{"a string as an array", `{"b": "x"}`, []string{`b "x": wrong type: want an array, got a string`}},
		{"a bad element", `{"b": [1, "2", {}]}`, []string{`b[1] "2": wrong type: want a number, got a string`, "b[2]: wrong type: want a number, got an object"}},
		{"an array as a boolean", `{"c": []}`, []string{"c: wrong type: want a boolean, got an array"}},
		{"a number too large", `{"e": 300}`, []string{"e 300: wrong type: out of the range of int8"}},
		{"an array as free keys", `{"d": [1]}`, []string{"d: wrong type: want an object, got an array"}},
		{"a free key given twice", `{"d": {"k": 1, "k": 2}}`, []string{"d.k: duplicate key"}},
		{"a key skipped by its tag", `{"-": 1, "Hidden": 2, "hidden": 3}`, []string{
			"-: unknown key: want a, b, c, d, NoTag or e", "Hidden: unknown key: want a, b, c, d, NoTag or e", "hidden: unknown key: want a, b, c, d, NoTag or e"}},
		{"an escaped key", `{"\u00e9t\u00e9": true}`, []string{`["été"]: unknown key: want a, b, c, d, NoTag or e`}},
		{"a string as the whole", `"x"`, []string{`"x": wrong type: want an object, got a string`}},
		{"a boolean as the whole", `true`, []string{"true: wrong type: want an object, got a boolean"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v sample
			d := decoder{}
			d.value([]byte(tt.in), reflect.ValueOf(&v).Elem(), "", "")
			var got []string
			for _, p := range d.problems {
				s := p.path
				if p.value != "" {
					s += " " + p.value
				}
				got = append(got, s+": "+p.err.Error())
			}
			for i, g := range got {
				if len(g) > 0 && g[0] == ' ' {
					got[i] = g[1:]
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
	var v sample
	d := decoder{}
	d.value([]byte(`{"a": "x", "b": [1, 2], "c": true, "d": {"k": 1, "l": 2}, "NoTag": 7}`), reflect.ValueOf(&v).Elem(), "", "")
	yes := true
	assert.Equal(t, sample{A: "x", B: []int{1, 2}, C: &yes, D: pairs[int]{{"k", 1}, {"l", 2}}, NoTag: 7}, v)
}

func TestVerbatim(t *testing.T) {
	var e int8
	var s string
	var f float64
	assert.True(t, verbatim([]byte("7"), reflect.ValueOf(&e).Elem()))
	assert.Equal(t, int8(7), e)
	assert.False(t, verbatim([]byte("700"), reflect.ValueOf(&e).Elem()), "out of range")
	assert.False(t, verbatim([]byte(`"7"`), reflect.ValueOf(&e).Elem()), "a string is no integer")
	assert.False(t, verbatim([]byte("7"), reflect.ValueOf(&s).Elem()), "a number is no string")
	assert.False(t, verbatim([]byte("7"), reflect.ValueOf(&f).Elem()), "neither a string nor an integer type")
}

func TestShown(t *testing.T) {
	long := `"1234567890123456789012345678901234567890123456789012345678901234567890"`
	assert.Equal(t, `"1234567890123456789012345678901234567890123456789012345678901234…" (70 bytes)`, shown([]byte(long)))
	assert.Equal(t, `"1234567890123456789012345678901234567890123456789012345678901234…" (70 bytes)`,
		shown([]byte("1234567890123456789012345678901234567890123456789012345678901234567890")), "a long number, cut")
	assert.Empty(t, shown(nil))
	assert.Empty(t, shown([]byte(`{"a": 1}`)))
}
