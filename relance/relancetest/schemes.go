package relancetest

import (
	"errors"
	"fmt"
	"reflect"
	"slices"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/scheme"
)

// This file builds the schemes that a file or a case defines, and chooses
// those a case is oriented among.

// definitions builds the schemes that defs define, at path, and reports
// whether there is no problem. A nil defs gives nil and true.
func (p *parser) definitions(defs *[]definitionFields, path string) ([]scheme.Scheme, bool) {
	if defs == nil {
		return nil, true
	}
	var out []scheme.Scheme
	ok := true
	ids := make(map[scheme.ID]int)
	for i, def := range *defs {
		dp := strictjson.Index(path, i)
		if p.isBroken(dp) { // what New would say of it follows from what did not decode
			ok = false
			continue
		}
		s, err := scheme.New(scheme.Definition(def))
		if err != nil {
			ok = false
			p.definitionErrors(dp, err)
			continue
		}
		if j, dup := ids[s.ID()]; dup {
			ok = false
			p.fail(dp+".id", quote.Input(string(s.ID())), fmt.Errorf("%w scheme: already defined by %s", ErrDuplicate, strictjson.Index(path, j)))
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
		p.fail(strictjson.AppendGo(path, reflect.TypeFor[scheme.Definition](), de.Path), de.Value, fmt.Errorf("%w: %w", scheme.ErrInvalidDefinition, de.Err))
	}
}

// choice is a list of schemes that cases are oriented among, with the
// index of each by ID, for the expectations.
type choice struct {
	schemes []scheme.Scheme
	ids     []string       // the schemes' IDs, in order, for messages
	index   map[string]int // the index of each scheme by ID
}

// choose returns the schemes a case is oriented among: the definitions,
// after the catalogue when catalogue is set, each definition with the ID of
// a catalogue scheme replacing it in place.
func choose(defs []scheme.Scheme, catalogue bool) *choice {
	var list []scheme.Scheme
	if catalogue {
		list = scheme.All()
	}
	c := &choice{index: make(map[string]int, len(list)+len(defs))}
	for i, s := range list {
		c.index[string(s.ID())] = i
	}
	for _, d := range defs { // definitions() refused an ID given twice
		if i, ok := c.index[string(d.ID())]; ok {
			list[i] = d
			continue
		}
		c.index[string(d.ID())] = len(list)
		list = append(list, d)
	}
	c.schemes = slices.Clip(list)
	c.ids = make([]string, len(list))
	for i, s := range list {
		c.ids[i] = string(s.ID())
	}
	return c
}

// fileChoice returns the schemes that the file's definitions defs give, with
// the catalogue or without, found once for all the cases that take them, so
// that parsing a file of many cases and many schemes costs their sum, not
// their product: those cases share the slice of their schemes.
func (p *parser) fileChoice(defs []scheme.Scheme, catalogue bool) *choice {
	i := 0
	if catalogue {
		i = 1
	}
	if p.choices[i] == nil {
		p.choices[i] = choose(defs, catalogue)
	}
	return p.choices[i]
}
