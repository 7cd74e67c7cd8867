// Package enum gives the small enumerated types of the library their text,
// from one table per type: the slug that programs and JSON carry, the French
// label that people read, and the Go expression that builds the value, for
// GoString. A type's String, Parse, Label, IsValid, MarshalText,
// UnmarshalText and GoString are one-line calls to its table, so that no two
// of them can disagree, and their errors read alike in every package.
//
// A table is built once, in a package-level variable of the package that
// owns the type, and never changes: it is safe for concurrent use.
package enum

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Underlying is what an enumerated type may be built on: a string or an
// integer.
type Underlying interface {
	~string | ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

// Value is one value of an enumerated type with its text.
type Value[T Underlying] struct {
	V     T      // the value
	Slug  string // its stable ASCII text, for programs and JSON: "not-met"
	Label string // its French wording, for people: "Non satisfait"
	Go    string // the Go expression that names it: "scheme.NotMet"
}

// Table holds every value of one enumerated type, in order. The zero Table
// holds none.
type Table[T Underlying] struct {
	typ    string // the type as Go names it from outside: "scheme.Outcome"
	name   string // the type's bare name: "Outcome"
	noun   string // the type as error messages name it: "contribution kind"
	values []Value[T]
	vs     []T // the values alone, side by side, which index scans (see index)
	want   string
}

// MustTable returns the table of type typ ("scheme.Outcome") holding values,
// in order. It panics when two values, or two slugs, are the same, or when
// typ is not a qualified name: a table is written once, as a literal, and
// such a mistake must stop the program that declares it.
func MustTable[T Underlying](typ string, values ...Value[T]) *Table[T] {
	dot := strings.LastIndexByte(typ, '.')
	if dot <= 0 || dot == len(typ)-1 {
		panic("enum: type " + strconv.Quote(typ) + " is not a qualified name")
	}
	slugs := make([]string, len(values))
	vs := make([]T, len(values))
	for i, v := range values {
		for j := range i {
			if values[j].V == v.V || values[j].Slug == v.Slug {
				panic(fmt.Sprintf("enum: %s: values %d and %d are the same", typ, j, i))
			}
		}
		slugs[i] = v.Slug
		vs[i] = v.V
	}
	name := typ[dot+1:]
	return &Table[T]{typ: typ, name: name, noun: noun(name), values: values, vs: vs, want: list(slugs)}
}

// list joins items as an English list: "a", "a or b", "a, b or c". An empty
// item is written "" so that it can be seen.
func list(items []string) string {
	var b strings.Builder
	for i, s := range items {
		switch {
		case i == 0:
		case i == len(items)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		if s == "" {
			s = `""`
		}
		b.WriteString(s)
	}
	return b.String()
}

// index returns the position of v in the table, or -1. It scans the values
// alone, packed in vs, rather than the Value structs, five times their size:
// scheme's BenchmarkCheck/eligible runs 5 % fewer instructions so, and
// BenchmarkCheckAll 7 % fewer (counted by valgrind with GOGC=off, since
// timings on a shared machine vary more than that).
func (t *Table[T]) index(v T) int {
	for i, w := range t.vs {
		if w == v {
			return i
		}
	}
	return -1
}

// Index returns the position of v in the table, from 0, or -1 when v is
// none of its values.
func (t *Table[T]) Index(v T) int { return t.index(v) }

// At returns the value at position i of the table, which must hold it:
// 0 <= i < t.Len().
func (t *Table[T]) At(i int) T { return t.vs[i] }

// IsValid reports whether v is one of the table's values.
func (t *Table[T]) IsValid(v T) bool { return t.index(v) >= 0 }

// String returns the slug of v, or, for a value out of the table, the type's
// name and the value as fmt marks a bad verb: "%!Outcome(7)",
// `%!Kind("mairie")`. It is never "" for a value out of the table.
func (t *Table[T]) String(v T) string {
	if i := t.index(v); i >= 0 {
		return t.values[i].Slug
	}
	return "%!" + t.name + "(" + raw(v) + ")"
}

// Label returns the French label of v, or [Table.String] for a value out of
// the table.
func (t *Table[T]) Label(v T) string {
	if i := t.index(v); i >= 0 {
		return t.values[i].Label
	}
	return t.String(v)
}

// LookupLabel returns the French label of v and true, or "" and false for a
// value out of the table, in one look-up, for a type whose Label words
// such a value its own way.
func (t *Table[T]) LookupLabel(v T) (string, bool) {
	if i := t.index(v); i >= 0 {
		return t.values[i].Label, true
	}
	return "", false
}

// GoString returns the Go expression that builds v: its constant,
// "scheme.NotMet", or a conversion for a value out of the table,
// "scheme.Outcome(7)", `scheme.Kind("mairie")`.
func (t *Table[T]) GoString(v T) string {
	if i := t.index(v); i >= 0 {
		return t.values[i].Go
	}
	return t.typ + "(" + raw(v) + ")"
}

// Parse returns the value whose slug is s, and true; or the zero T and
// false when no value has that slug.
func (t *Table[T]) Parse(s string) (T, bool) {
	for i := range t.values {
		if t.values[i].Slug == s {
			return t.values[i].V, true
		}
	}
	var zero T
	return zero, false
}

// Want lists the slugs, in order, for error messages: "unknown, met or
// not-met".
func (t *Table[T]) Want() string { return t.want }

// Values returns the table's values, in order, in a new slice.
func (t *Table[T]) Values() []T {
	out := make([]T, len(t.values))
	for i := range t.values {
		out[i] = t.values[i].V
	}
	return out
}

// Len returns the number of values.
func (t *Table[T]) Len() int { return len(t.values) }

// raw writes v as Go source writes its underlying value: a string quoted, an
// integer in decimal. Only the values out of a table come here.
func raw[T Underlying](v T) string {
	r := reflect.ValueOf(v)
	switch {
	case r.Kind() == reflect.String:
		return strconv.Quote(r.String())
	case r.CanInt():
		return strconv.FormatInt(r.Int(), 10)
	}
	return strconv.FormatUint(r.Uint(), 10)
}
