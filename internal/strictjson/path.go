package strictjson

import (
	"iter"
	"reflect"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
)

// This file writes and reads JSON paths: "sessions[0].rules.threshold",
// `expect["Fonds régional"].grant`.

// Key returns the JSON path of key inside the object at path: path + "." +
// key, or key alone at the root, when key is a plain slug of ASCII letters,
// digits, hyphens and underscores; otherwise path + "[" + the key quoted as
// Go quotes it + "]": `expect["Fonds régional"]`. A key longer than
// quote.Limit characters is written cut, as quote.Input writes it,
// `expect["aaaa…" (1000000 bytes)]`, so that a path stays short whatever the
// keys: such a path names the key for a person, not to the byte.
func Key(path, key string) string { return string(appendKey([]byte(path), key)) }

// appendKey appends to the path b the step of key, as [Key] writes it.
func appendKey(b []byte, key string) []byte {
	switch {
	case !plain(key):
		return appendQuoted(b, key)
	case len(b) > 0:
		b = append(b, '.')
	}
	return append(b, key...)
}

// appendQuoted appends to the path b the step of key in brackets, quoted,
// and cut when it is long.
func appendQuoted(b []byte, key string) []byte {
	b = append(b, '[')
	if quote.Long(key) {
		b = append(b, quote.Input(key)...)
	} else {
		b = strconv.AppendQuote(b, key)
	}
	return append(b, ']')
}

// plain reports whether key may stand in a path without quotes.
func plain(key string) bool {
	if key == "" || len(key) > quote.Limit {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// Index returns the JSON path of element i of the array at path:
// path + "[i]".
func Index(path string, i int) string { return string(appendIndex([]byte(path), i)) }

// appendIndex appends to the path b the step of index i.
func appendIndex(b []byte, i int) []byte {
	return append(strconv.AppendInt(append(b, '['), int64(i), 10), ']')
}

// Prefixes returns the paths of the values that hold the value at path, from
// the document ("") to path itself: for "cases[3].expect.donnees", "",
// "cases", "cases[3]", "cases[3].expect" and "cases[3].expect.donnees". A
// path is read as [Key] and [Index] write it, and so is a Go field path
// ("Members[0].Population"). It costs time linear in the length of path, and
// allocates nothing: the prefixes share path's bytes.
func Prefixes(path string) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !yield("") || path == "" {
			return
		}
		for i := segment(path, 0); ; i = segment(path, i) {
			if !yield(path[:i]) || i == len(path) {
				return
			}
		}
	}
}

// Within reports whether the value at the JSON path inner is the value at
// outer or inside it: whether outer is one of the [Prefixes] of inner.
// "cases[3].expect" is within "cases[3]" and within "", not within
// "cases[3].exp".
func Within(inner, outer string) bool {
	if !strings.HasPrefix(inner, outer) {
		return false
	}
	for p := range Prefixes(inner) {
		if len(p) >= len(outer) {
			return len(p) == len(outer)
		}
	}
	return false // not reached: inner is among its prefixes
}

// segment returns the index just past the step of path that starts at i:
// a key after a dot (or at the start), an index or a quoted key in
// brackets. What does not read as a path ends at the end of path.
func segment(path string, i int) int {
	if path[i] == '[' {
		if i+1 < len(path) && path[i+1] == '"' {
			q, err := strconv.QuotedPrefix(path[i+1:])
			if err != nil {
				return len(path)
			}
			i += 1 + len(q)
		}
		if end := strings.IndexByte(path[i:], ']'); end >= 0 {
			return i + end + 1
		}
		return len(path)
	}
	if path[i] == '.' {
		i++
	}
	for i < len(path) && path[i] != '.' && path[i] != '[' {
		i++
	}
	return i
}

// AppendGo returns the JSON path of the value at the Go field path goPath
// inside a value of type t that stands at the JSON path path: each field
// named as its JSON key names it, each index and each quoted key as it is.
// It turns the Go field paths that validation errors give into the JSON
// paths of the document that was decoded:
//
//	AppendGo("schemes[0]", reflect.TypeFor[scheme.Definition](), "Sessions[0].Rules.Applicants[2]")
//	// schemes[0].sessions[0].rules.applicants[2]
//
// A field that t does not have is written as goPath names it.
func AppendGo(path string, t reflect.Type, goPath string) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	for i := 0; i < len(goPath); {
		end := segment(goPath, i)
		step := goPath[i:end]
		i = end
		if step[0] == '[' {
			path += step
			if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map) {
				t = deref(t.Elem())
			} else {
				t = nil
			}
			continue
		}
		name := strings.TrimPrefix(step, ".")
		var f reflect.StructField
		found := false
		if t != nil && t.Kind() == reflect.Struct {
			f, found = t.FieldByName(name)
		}
		if !found {
			path, t = Key(path, name), nil
			continue
		}
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag != "" && tag != "-" {
			name = tag
		}
		path, t = Key(path, name), deref(f.Type)
	}
	return path
}

// deref returns t without its pointers.
func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}
