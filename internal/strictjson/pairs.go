package strictjson

import (
	"fmt"
	"reflect"
)

// Pair is a key of a JSON object and its value.
type Pair[T any] struct {
	Key   string
	Value T
}

// Pairs is a JSON object whose keys are free, such as the criteria of an
// expectation ({"ampleur": "met", "demandeur": "met"}), decoded by [Decode]
// in the order of the document, where a map would lose it. A key given
// twice is refused, and each value is decoded as its type T is, at the
// path of its key. JSON null gives nil.
//
// Pairs decodes through Decode only: encoding/json reads it as an array.
type Pairs[T any] []Pair[T]

// pairsDecoder is a type that decodes a JSON object itself: [Pairs].
type pairsDecoder interface {
	decodePairs(d *decoder, raw []byte)
}

func (p *Pairs[T]) decodePairs(d *decoder, raw []byte) {
	if raw[0] == 'n' {
		*p = nil
		return
	}
	var out Pairs[T]
	ok := d.free(raw, func(key string, value []byte) {
		var v T
		d.value(value, reflect.ValueOf(&v).Elem())
		out = append(out, Pair[T]{key, v})
	})
	if !ok {
		d.fail(raw, fmt.Errorf("%w: want an object, got %s", ErrWrongType, jsonKind(raw)))
		return
	}
	*p = out
}
