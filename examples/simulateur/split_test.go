package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// module returns a WebAssembly module of a custom section and a data
// section of the given segments, each written as the binary format has it.
func module(segments ...[]byte) []byte {
	data := []byte{byte(len(segments))}
	for _, s := range segments {
		data = append(data, s...)
	}
	out := []byte("\x00asm\x01\x00\x00\x00")
	out = append(out, 0, 4, 1, 'x', 0xff, 0xff) // a custom section, skipped
	out = append(out, dataSection, byte(len(data)))
	return append(out, data...)
}

// segment is an active segment of memory 0 at address, holding bytes.
func segment(address []byte, bytes string) []byte {
	s := append([]byte{0, i32Const}, address...)
	s = append(s, endOp, byte(len(bytes)))
	return append(s, bytes...)
}

func TestCutOut(t *testing.T) {
	tests := []struct {
		name    string
		wasm    []byte
		address int
	}{
		{"in the first segment", module(segment([]byte{0x10}, "abcDATAdef")), 0x10 + 3},
		{"in a later segment, after a passive one and one of memory 0 by index", module(
			segment([]byte{0x80, 0x01}, "xyz"),
			[]byte{passive, 3, 'p', 'q', 'r'},
			append([]byte{activeIn, 0, i32Const, 0xe4, 0x00, endOp, 6}, "DATA.."...),
		), 100},
		{"at a negative address, as a signed number reads", module(segment([]byte{0x7f}, "DATA")), -1},
		{"at the address of a large module", module(segment([]byte{0xc0, 0xf3, 0x16}, "..DATA")), 375232 + 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			size := len(tt.wasm)
			address, err := cutOut(tt.wasm, []byte("DATA"))
			require.NoError(t, err)
			assert.Equal(t, tt.address, address)
			assert.Len(t, tt.wasm, size, "the module keeps its size")
			assert.NotContains(t, string(tt.wasm), "DATA")
			assert.Contains(t, string(tt.wasm), "\x00\x00\x00\x00", "the data's place, zeroed")
		})
	}
}

func TestCutOutErrors(t *testing.T) {
	tests := []struct {
		name string
		wasm []byte
		data string
		err  error
	}{
		{"not in the module", module(segment([]byte{0}, "abc")), "DATA", errNotInModule},
		{"no data", module(segment([]byte{0}, "abc")), "", errNotInModule},
		{"twice", module(segment([]byte{0}, "DATA"), segment([]byte{8}, "DATA")), "DATA", errTwice},
		{"no module", []byte("DATA"), "DATA", errNotAModule},
		{"in a passive segment", module([]byte{passive, 4, 'D', 'A', 'T', 'A'}), "DATA", errNoSegment},
		{"across two segments", module(segment([]byte{0}, "xDA"), segment([]byte{3}, "TAx")), "DA" + string([]byte{0, i32Const, 3, endOp, 3}) + "TA", errNoSegment},
		{"in another section", append(module(), 0, 6, 1, 'x', 'D', 'A', 'T', 'A'), "DATA", errNoSegment},
		{"an offset that is no constant", module([]byte{0, 0x23, 0, endOp, 4, 'D', 'A', 'T', 'A'}), "DATA", errNotAModule},
		{"an offset that does not end", module([]byte{0, i32Const, 0, 0x6a, 4, 'D', 'A', 'T', 'A'}), "DATA", errNotAModule},
		{"a number that does not end", module([]byte{0, i32Const, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, endOp, 4, 'D', 'A', 'T', 'A'}), "DATA", errNotAModule},
		{"a truncated section", append(module(), dataSection, 20, 3, 0, i32Const, 0x80), "\x00\x00\x00\x00\x00\x0b", errNotInModule},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := bytes.Clone(tt.wasm)
			_, err := cutOut(tt.wasm, []byte(tt.data))
			require.ErrorIs(t, err, tt.err)
			assert.Equal(t, before, tt.wasm, "nothing changed")
		})
	}
	t.Run("truncated after the data's segment header", func(t *testing.T) {
		wasm := append(module(), dataSection, 9, 2, 0, i32Const, 0x80)
		wasm = append(wasm, []byte("DATA")...)
		_, err := cutOut(wasm, []byte("DATA"))
		require.ErrorIs(t, err, errNotAModule)
	})
}

func TestReaderLEB(t *testing.T) {
	tests := []struct {
		in         []byte
		uleb, sleb int
		truncated  bool
	}{
		{[]byte{0x00}, 0, 0, false},
		{[]byte{0x7f}, 127, -1, false},
		{[]byte{0xe5, 0x8e, 0x26}, 624485, 624485, false},
		{[]byte{0xc0, 0xbb, 0x78}, 1973696, -123456, false},
		{[]byte{0x80}, 0, 0, true},
		{[]byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 0, 0, true},
	}
	for _, tt := range tests {
		u := (&reader{b: tt.in}).uleb()
		r := &reader{b: tt.in}
		s := r.sleb()
		assert.Equal(t, tt.truncated, r.err != nil, "% x", tt.in)
		if !tt.truncated {
			assert.Equal(t, tt.uleb, u, "% x", tt.in)
			assert.Equal(t, tt.sleb, s, "% x", tt.in)
		}
	}
}
