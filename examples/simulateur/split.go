package main

import (
	"bytes"
	"errors"
	"fmt"
)

// territories is where the page puts the data on the territories back in
// the module's memory, once it has fetched them.
type territories struct {
	File    string `json:"file"`    // the file of the site that holds them: "territoires.tsv"
	Address int    `json:"address"` // the address of their first byte in the module's linear memory
	Size    int    `json:"size"`    // their length in bytes
}

// The errors of cutOut.
var (
	errNotInModule = errors.New("not in the module")
	errTwice       = errors.New("in the module more than once")
	errNotAModule  = errors.New("not a WebAssembly module")
	errNoSegment   = errors.New("in no active segment of the data section")
)

// cutOut zeroes data in wasm, a WebAssembly module that holds it once, as
// it is, within one active segment of its data section, as the Go linker
// places a string that go:embed fills; it returns the address at which
// that segment puts data's first byte in the module's linear memory. The
// module stays valid and of the same size: its data section still sets
// those bytes, to zero, and a compressor makes almost nothing of them. Once
// the module runs, whoever writes data back at that address before anything
// reads it leaves the program as it was built.
func cutOut(wasm, data []byte) (int, error) {
	at := bytes.Index(wasm, data)
	switch {
	case len(data) == 0 || at < 0:
		return 0, errNotInModule
	case bytes.Contains(wasm[at+1:], data):
		return 0, errTwice
	case len(wasm) < 8 || string(wasm[:4]) != "\x00asm":
		return 0, errNotAModule
	}
	r := &reader{b: wasm, at: 8}
	for r.at < len(wasm) && r.err == nil {
		id := r.byte()
		size := r.uleb()
		if id != dataSection || r.err != nil {
			r.at += size
			continue
		}
		for n := r.uleb(); n > 0 && r.err == nil; n-- {
			flags := r.uleb()
			if flags == passive {
				r.at += r.uleb()
				continue
			}
			if flags == activeIn {
				r.uleb() // the memory's index
			}
			if r.byte() != i32Const {
				return 0, fmt.Errorf("%w: a segment's offset is no i32.const", errNotAModule)
			}
			address := r.sleb()
			if r.byte() != endOp {
				return 0, fmt.Errorf("%w: a segment's offset is no constant", errNotAModule)
			}
			length := r.uleb()
			if r.err == nil && at >= r.at && at+len(data) <= r.at+length {
				clear(wasm[at : at+len(data)])
				return address + at - r.at, nil
			}
			r.at += length
		}
	}
	if r.err != nil {
		return 0, fmt.Errorf("%w: %w", errNotAModule, r.err)
	}
	return 0, errNoSegment
}

// The bytes of the WebAssembly binary format that cutOut reads.
const (
	dataSection = 11   // the id of the data section
	passive     = 1    // a segment's flags: passive, without an address
	activeIn    = 2    // a segment's flags: active in the memory whose index follows
	i32Const    = 0x41 // the instruction i32.const
	endOp       = 0x0b // the instruction end
)

// reader reads the WebAssembly binary format; its first error stays.
type reader struct {
	b   []byte
	at  int
	err error
}

var errTruncated = errors.New("truncated")

func (r *reader) byte() byte {
	if r.at < 0 || r.at >= len(r.b) {
		r.err = errTruncated
		return 0
	}
	r.at++
	return r.b[r.at-1]
}

// uleb reads an unsigned LEB128 number of at most 32 bits.
func (r *reader) uleb() int {
	n := 0
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		n |= int(c&0x7f) << shift
		if c < 0x80 {
			return n
		}
	}
	r.err = errTruncated
	return 0
}

// sleb reads a signed LEB128 number of at most 32 bits.
func (r *reader) sleb() int {
	n, shift := 0, 0
	for ; shift < 35; shift += 7 {
		c := r.byte()
		n |= int(c&0x7f) << shift
		if c < 0x80 {
			if c&0x40 != 0 {
				n -= 1 << (shift + 7)
			}
			return n
		}
	}
	r.err = errTruncated
	return 0
}
