package strictjson

import (
	"reflect"
	"strings"
)

// structFields are the fields of a struct type that JSON keys name.
type structFields struct {
	list  []fieldInfo
	index map[string]int // by JSON key
	names []string       // the JSON keys, in the order of the fields, for messages
}

// fieldInfo is a field that a JSON key names.
type fieldInfo struct {
	key    string // the JSON key: the tag's name, or the field's name
	goName string // the field's Go name, for Go field paths
	index  []int  // for reflect.Value.FieldByIndex, through embedded structs
	tagged bool   // the key comes from a tag
}

// fieldsOf returns the fields of struct type t, found once per document.
func (d *decoder) fieldsOf(t reflect.Type) *structFields {
	if f, ok := d.structs[t]; ok {
		return f
	}
	if d.structs == nil {
		d.structs = make(map[reflect.Type]*structFields)
	}
	f := &structFields{index: make(map[string]int)}
	for _, fi := range collect(t) {
		f.index[fi.key] = len(f.list)
		f.list = append(f.list, fi)
		f.names = append(f.names, fi.key)
	}
	d.structs[t] = f
	return f
}

// collect returns the fields of struct type t that JSON keys name, in the
// order of the fields, as encoding/json finds them: exported fields not
// tagged "-", and the fields of embedded structs without a tag's name,
// promoted. Of fields that share a key, the least deep wins; at the same
// depth, the only tagged one wins, and otherwise none does.
func collect(t reflect.Type) []fieldInfo {
	var all []fieldInfo
	var walk func(t reflect.Type, index []int, visited map[reflect.Type]bool)
	walk = func(t reflect.Type, index []int, visited map[reflect.Type]bool) {
		if visited[t] {
			return
		}
		visited[t] = true
		defer delete(visited, t)
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			at := append(append([]int(nil), index...), i)
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
				walk(ft, at, visited)
				continue
			}
			if !f.IsExported() {
				continue
			}
			key := name
			if key == "" {
				key = f.Name
			}
			all = append(all, fieldInfo{key: key, goName: f.Name, index: at, tagged: name != ""})
		}
	}
	walk(t, nil, make(map[reflect.Type]bool))

	var out []fieldInfo
	for i, f := range all {
		if keep(all, i) {
			out = append(out, f)
		}
	}
	return out
}

// keep reports whether all[i] is the field that its key names, among the
// fields all of a struct type.
func keep(all []fieldInfo, i int) bool {
	f := all[i]
	for j, g := range all {
		if j == i || g.key != f.key {
			continue
		}
		switch {
		case len(g.index) < len(f.index):
			return false
		case len(g.index) > len(f.index):
		case g.tagged && !f.tagged:
			return false
		case g.tagged == f.tagged:
			return false
		}
	}
	return true
}

// field returns the field of struct v at index, allocating the embedded
// structs that pointers lead to, and whether it could: a nil embedded
// pointer to an unexported struct type cannot be set.
func field(v reflect.Value, index []int) (reflect.Value, bool) {
	for n, i := range index {
		if n > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					return reflect.Value{}, false
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, v.CanSet()
}

// Keys returns the keys that [Decode] accepts in an object decoded into the
// struct type t, in the order of its fields (embedded structs' where they
// stand), as its messages list them; nil when t is not a struct type. A
// program checks with it that a JSON Schema, or a document's own list of
// keys, says what Decode reads.
func Keys(t reflect.Type) []string {
	if t.Kind() != reflect.Struct {
		return nil
	}
	var keys []string
	for _, f := range collect(t) {
		keys = append(keys, f.key)
	}
	return keys
}
