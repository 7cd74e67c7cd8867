package scheme

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

// maxDecodeMessage bounds the message of one problem of decoding: a few
// hundred bytes, a path and a value cut at 64 characters each of which may
// take several bytes.
const maxDecodeMessage = 1024

// checkDecodeErrors fails unless err joins DecodeErrors of bounded
// messages, of the operation op, or is encoding/json's own error for text
// that is not JSON, which it finds before any type decodes.
func checkDecodeErrors(t *testing.T, err error, op string) {
	t.Helper()
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		return
	}
	for _, e := range unjoin(err) {
		de, ok := e.(*DecodeError)
		if !ok || de.Op != op {
			t.Fatalf("%T is not a DecodeError of %q: %v", e, op, e)
		}
		if msg := de.Error(); len(msg) > maxDecodeMessage {
			t.Fatalf("a message of %d bytes: %.600s", len(msg), msg)
		}
	}
}

// insert returns the JSON object obj with member, a key and its value,
// written first.
func insert(obj []byte, member string) []byte {
	if string(obj) == "{}" {
		return []byte("{" + member + "}")
	}
	return append([]byte("{"+member+","), obj[1:]...)
}

// FuzzProjectJSON decodes any text as a Project, strictly, and checks it
// against encoding/json: what decodes strictly decodes leniently to the same
// project, holds no value that Validate refuses alone, encodes to JSON that
// decodes to it again, and is refused with a key added that Project does not
// define or a key given twice; what does not decode leaves the project as it
// was, with DecodeErrors of bounded messages.
func FuzzProjectJSON(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"title":"Plateforme","lead":{"id":"1","name":"Syndicat","kind":"syndicat","population":620000},
		"members":[{"kind":"epci","population":40000},{"kind":""}],"departement":"no","shared_need":"yes",
		"themes":["donnees","infrastructure"],"practices":["code-ouvert"],"start":"2021-03-01","results":"2022-06-30",
		"budget":[{"category":"prestations","label":"Développement","amount":"180000.50"}],"overlap":1,"requested":"2021-02-01"}`))
	f.Add([]byte(`{"lead":{"kind":"mairie"}}`))
	f.Add([]byte(`{"lead":{"population":-1e3}}`))
	f.Add([]byte(`{"members":[{"population":9223372036854775807},{"population":9223372036854775807}]}`))
	f.Add([]byte(`{"members":[{"kinds":"epci"}],"title":"a","Title":"b","title":"c"}`))
	f.Add([]byte(`{"budget":[{"category":"materiel","label":"x","amount":12.5},{"amount":-1}],"overlap":-2}`))
	f.Add([]byte(`{"start":"2021-06-01","results":"2021-01-01","lead":{"id":"a"},"members":[{"id":"a"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		kept := Project{Title: "kept", Themes: []Theme{ThemeDonnees}}
		p := kept
		err := json.Unmarshal(data, &p)
		if err != nil {
			checkDecodeErrors(t, err, "decode project")
			if !reflect.DeepEqual(p, kept) {
				t.Fatalf("changed on error: %+v", p)
			}
			return
		}
		lenient := projectFields(kept)
		if err := json.Unmarshal(data, &lenient); err != nil || !reflect.DeepEqual(Project(lenient), p) {
			t.Fatalf("encoding/json reads %+v, %v; strictly %+v", lenient, err, p)
		}
		for _, e := range unjoin(p.Validate()) {
			if fe, ok := e.(*FieldError); ok && fe.single() {
				t.Fatalf("decoded with a value that Validate refuses alone: %v", fe)
			}
		}
		first, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("a decoded project does not encode: %v", err)
		}
		var back Project
		if err := json.Unmarshal(first, &back); err != nil {
			t.Fatalf("an encoded project does not decode: %v\n%s", err, first)
		}
		second, err := json.Marshal(back)
		if err != nil || !bytes.Equal(first, second) {
			t.Fatalf("re-encoding differs: %v\n%s\n%s", err, first, second)
		}
		if err := json.Unmarshal(insert(first, `"x-unknown":0`), &back); !errors.Is(err, ErrUnknownKey) {
			t.Fatalf("an unknown key is not refused: %v", err)
		}
		if err := json.Unmarshal(insert(first, `"title":""`), &back); !errors.Is(err, ErrDuplicate) {
			t.Fatalf("a key given twice is not refused: %v", err)
		}
		for _, s := range All() {
			_ = s.Check(p, p.Start).Explain()
		}
	})
}

// FuzzSchemeJSON decodes any text as a Scheme and as a Definition,
// strictly, and checks them against each other and against encoding/json:
// a Scheme decodes exactly when its Definition decodes and New builds it;
// what decodes strictly decodes leniently to the same definition, encodes
// to JSON that decodes to the same scheme again, and is refused with a key
// added that Definition does not define or a key given twice; what does
// not decode leaves the value as it was, with DecodeErrors of bounded
// messages.
func FuzzSchemeJSON(f *testing.F) {
	for _, s := range All() {
		data, _ := json.Marshal(s)
		f.Add(data)
	}
	f.Add([]byte(`null`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"x","sessions":[{"id":"a","intake":"p","calendar":{"phases":[{"id":"p","window":"2021-01-01/.."}]},"rules":{"applicants":["commune"],"themes":[null]}}]}`))
	f.Add([]byte(`{"id":"x","sessions":[{"id":"a","intake":"p","calendar":{"phases":[{"id":"p","window":"2021-01-01/.."}]},"rules":{"applicants":["commune","mairie"],"treshold":1,"threshold":-1}}]}`))
	f.Add([]byte(`{"id":"Fonds Régional","id":"x","sessions":[{"id":"a","intake":"q","funding":{"rate":"50%","excluded":["personnel","personnel"]}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		kept := mustGet(t, Donnees)
		s := kept
		err := json.Unmarshal(data, &s)
		var d Definition
		derr := json.Unmarshal(data, &d)
		if err != nil {
			checkDecodeErrors(t, err, "decode scheme")
			if s != kept {
				t.Fatal("changed on error")
			}
		}
		if derr != nil {
			checkDecodeErrors(t, derr, "decode definition")
			if err == nil {
				t.Fatalf("a Scheme decodes whose Definition does not: %v", derr)
			}
			return
		}
		var lenient definitionFields
		if err := json.Unmarshal(data, &lenient); err != nil || !reflect.DeepEqual(Definition(lenient).clone(), d) {
			t.Fatalf("encoding/json reads %+v, %v; strictly %+v", lenient, err, d)
		}
		if s == kept {
			return // null
		}
		built, nerr := New(d)
		if (nerr == nil) != (err == nil) {
			t.Fatalf("New: %v; decoding a Scheme: %v", nerr, err)
		}
		if err != nil {
			return
		}
		if !reflect.DeepEqual(s.Definition(), d) || !reflect.DeepEqual(built.Definition(), d) {
			t.Fatalf("the Scheme's definition %+v, the Definition's %+v", s.Definition(), d)
		}
		first, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("a decoded scheme does not encode: %v", err)
		}
		var back Scheme
		if err := json.Unmarshal(first, &back); err != nil {
			t.Fatalf("an encoded scheme does not decode: %v\n%s", err, first)
		}
		second, err := json.Marshal(back)
		if err != nil || !bytes.Equal(first, second) {
			t.Fatalf("not stable: %s\n%s", first, second)
		}
		if err := json.Unmarshal(insert(first, `"x-unknown":0`), &d); !errors.Is(err, ErrUnknownKey) {
			t.Fatalf("an unknown key is not refused: %v", err)
		}
		if err := json.Unmarshal(insert(first, `"id":"x"`), &back); !errors.Is(err, ErrDuplicate) {
			t.Fatalf("a key given twice is not refused: %v", err)
		}
	})
}
