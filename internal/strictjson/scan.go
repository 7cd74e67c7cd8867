package strictjson

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// This file splits valid JSON by a scan of its bytes: the members of an
// object, the elements of an array. Decode checks the whole document with
// json.Valid first, so the scan needs no error handling. Going through a
// json.Decoder for every object, and json.Unmarshal for every value, would
// scan each value again at every depth.

// members calls f for each key and value of the JSON object raw, in order,
// and reports whether raw is an object.
func members(raw []byte, f func(key string, value []byte)) bool {
	if raw[0] != '{' {
		return false
	}
	i := space(raw, 1)
	for raw[i] != '}' {
		end := skip(raw, i)
		key := unquote(raw[i:end])
		start := space(raw, space(raw, end)+1) // past the colon
		end = skip(raw, start)
		f(key, raw[start:end])
		i = space(raw, end)
		if raw[i] == ',' {
			i = space(raw, i+1)
		}
	}
	return true
}

// elements returns the values of the JSON array raw, and whether raw is an
// array.
func elements(raw []byte) ([][]byte, bool) {
	if raw[0] != '[' {
		return nil, false
	}
	var out [][]byte
	i := space(raw, 1)
	for raw[i] != ']' {
		end := skip(raw, i)
		out = append(out, raw[i:end])
		i = space(raw, end)
		if raw[i] == ',' {
			i = space(raw, i+1)
		}
	}
	return out, true
}

// space returns the index of the first byte of b from i that is not JSON
// white space.
func space(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skip returns the index just past the valid JSON value that starts at
// b[i].
func skip(b []byte, i int) int {
	switch b[i] {
	case '"':
		for i++; b[i] != '"'; i++ {
			if b[i] == '\\' {
				i++
			}
		}
		return i + 1
	case '{', '[':
		depth := 0
		for ; ; i++ {
			switch b[i] {
			case '"':
				i = skip(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
	}
	for i < len(b) && !isDelimiter(b[i]) {
		i++
	}
	return i
}

// isDelimiter reports whether c ends a number or a literal.
func isDelimiter(c byte) bool {
	switch c {
	case ',', '}', ']', ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

// unquote returns the string that the valid JSON string raw writes, as
// encoding/json reads it: escapes resolved, invalid UTF-8 replaced by
// U+FFFD.
func unquote(raw []byte) string {
	text := raw[1 : len(raw)-1]
	if bytes.IndexByte(text, '\\') < 0 && utf8.Valid(text) {
		return string(text)
	}
	var s string
	_ = json.Unmarshal(raw, &s) // valid JSON: cannot fail
	return s
}
