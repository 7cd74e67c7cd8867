package relancetest

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// This file builds the schemes that a file or a case defines, and chooses
// those a case is oriented among.

// definitions builds the schemes that defs define, at path, and reports
// whether there is no problem. A nil defs gives nil and true.
func (p *parser) definitions(defs *[]scheme.Definition, path string) ([]scheme.Scheme, bool) {
	if defs == nil {
		return nil, true
	}
	var out []scheme.Scheme
	ok := true
	ids := make(map[scheme.ID]int)
	for i, def := range *defs {
		dp := appendIndex(path, i)
		if p.isBroken(dp) { // what New would say of it follows from what did not decode
			ok = false
			continue
		}
		s, err := scheme.New(def)
		if err != nil {
			ok = false
			p.definitionErrors(dp, err)
			continue
		}
		if j, dup := ids[s.ID()]; dup {
			ok = false
			p.fail(dp+".id", quote.Input(string(s.ID())), fmt.Errorf("%w scheme: already defined by %s", ErrDuplicate, appendIndex(path, j)))
			continue
		}
		ids[s.ID()] = i
		out = append(out, s)
	}
	if len(*defs) == 0 {
		ok = false
		p.fail(path, "", fmt.Errorf("%w: at least one definition, or no %q key", ErrRequired, "schemes"))
	}
	return out, ok
}

// definitionErrors reports the problems that scheme.New found in the
// definition at path, each at the JSON path of its field.
func (p *parser) definitionErrors(path string, err error) {
	problems := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		problems = joined.Unwrap()
	}
	for _, e := range problems {
		var de *scheme.DefinitionError
		if !errors.As(e, &de) {
			p.fail(path, "", e)
			continue
		}
		p.fail(path+jsonPath(reflect.TypeFor[scheme.Definition](), de.Path), de.Value, fmt.Errorf("%w: %w", scheme.ErrInvalidDefinition, de.Err))
	}
}

// goPathPart matches one step of a Go field path: a field or an index.
var goPathPart = regexp.MustCompile(`\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]`)

// jsonPath turns the Go field path of a value of type t, such as
// "Sessions[0].Rules.Applicants[2]", into its JSON path, such as
// ".sessions[0].rules.applicants[2]".
func jsonPath(t reflect.Type, goPath string) string {
	var b strings.Builder
	for _, m := range goPathPart.FindAllStringSubmatch(goPath, -1) {
		if m[2] != "" {
			b.WriteString("[" + m[2] + "]")
			if t.Kind() == reflect.Slice {
				t = t.Elem()
			}
			continue
		}
		name := m[1]
		if t.Kind() == reflect.Struct {
			if f, ok := t.FieldByName(name); ok {
				if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag != "" {
					name = tag
				}
				t = f.Type
			}
		}
		b.WriteString("." + name)
	}
	return b.String()
}

// schemesOf returns the schemes a case is oriented among: the definitions,
// after the catalogue when catalogue is set, each definition with the ID of
// a catalogue scheme replacing it in place.
func schemesOf(defs []scheme.Scheme, catalogue bool) []scheme.Scheme {
	if !catalogue {
		return defs
	}
	out := scheme.All()
	for _, d := range defs {
		if i := slices.IndexFunc(out, func(s scheme.Scheme) bool { return s.ID() == d.ID() }); i >= 0 {
			out[i] = d
			continue
		}
		out = append(out, d)
	}
	return out
}
