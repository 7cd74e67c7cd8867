package relancetest

import (
	"bytes"
	"encoding/json"
	"strings"
)

// This file splits valid JSON by a scan of its bytes: the members of an
// object, the elements of an array. Parse checks the whole file with
// json.Valid first, so the scan needs no error handling.

// members calls f for each key and value of the JSON object raw, in order,
// and reports whether raw is an object. raw is valid JSON: the whole file
// was checked first, so the scan needs no error handling.
func members(raw []byte, f func(key string, value json.RawMessage)) bool {
	if len(raw) == 0 || raw[0] != '{' {
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

// elements returns the values of the JSON array raw, which is valid JSON,
// and whether raw is an array.
func elements(raw []byte) ([]json.RawMessage, bool) {
	if len(raw) == 0 || raw[0] != '[' {
		return nil, false
	}
	var out []json.RawMessage
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
	for i < len(b) && !strings.ContainsRune(",}] \t\n\r", rune(b[i])) {
		i++
	}
	return i
}

// unquote returns the string that the valid JSON string raw writes.
func unquote(raw []byte) string {
	if !bytes.ContainsRune(raw, '\\') {
		return string(raw[1 : len(raw)-1])
	}
	var s string
	_ = json.Unmarshal(raw, &s) // valid JSON: cannot fail
	return s
}
