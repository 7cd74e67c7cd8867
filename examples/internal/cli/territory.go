package cli

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

// Complete completes p with [territoire.Complete] — the bodies given by
// their official codes filled from the data, each inhabitant counted once,
// Departement answered when the data settles it — for a program whose
// flags or columns give bodies by codes only: an ID that Complete leaves as
// the caller's own key, having no code's form ("9999"), and that nothing
// else describes, is refused too, with [territoire.Lookup]'s error and its
// suggestions ("09999"), which names the field, as Complete's errors do.
// Every problem is reported at once; [Names.Problems] words them as the
// program names its flags or columns.
func Complete(p scheme.Project) (scheme.Project, error) {
	p, err := territoire.Complete(p)
	var errs []error
	reported := map[string]bool{}
	if err != nil {
		for _, e := range Unjoin(err) {
			errs = append(errs, e)
			var ce *territoire.CodeError
			if errors.As(e, &ce) {
				reported[ce.Field] = true
			}
		}
	}
	check := func(field string, b scheme.Body) {
		if b.ID == "" || reported[field] || b != (scheme.Body{ID: b.ID}) {
			return // no code, already reported, or filled or described
		}
		if _, err := territoire.Lookup(b.ID); err != nil {
			var ce *territoire.CodeError
			if errors.As(err, &ce) {
				named := *ce
				named.Field = field
				err = &named
			}
			errs = append(errs, err)
		}
	}
	check("Lead.ID", p.Lead)
	for i, m := range p.Members {
		check("Members["+strconv.Itoa(i)+"].ID", m)
	}
	return p, errors.Join(errs...)
}

// PopulationsNote is the line that a program prints under its heading when
// some bodies take their populations from the data: what those populations
// are.
const PopulationsNote = "Populations des collectivités données par leur code\u00a0: " + territoire.Populations

// DataNotes are the lines that a program prints under its heading about
// the bodies of p given by code: what their populations are
// ([PopulationsNote]), then how each body that the law and the data see
// differently is modelled (territoire.Modelling), once each; none when no
// body comes by code.
func DataNotes(p scheme.Project) []string {
	if !ByCode(p) {
		return nil
	}
	notes := []string{PopulationsNote}
	for _, b := range append([]scheme.Body{p.Lead}, p.Members...) {
		if n := territoire.Modelling(b.ID); n != "" && !slices.Contains(notes, n) {
			notes = append(notes, n)
		}
	}
	return notes
}

// ByCode reports whether some body of p is given by its ID, which a
// program whose bodies come by official codes completes from the data; a
// project without any can be left as described, without reading the
// territories' data.
func ByCode(p scheme.Project) bool {
	if p.Lead.ID != "" {
		return true
	}
	for _, m := range p.Members {
		if m.ID != "" {
			return true
		}
	}
	return false
}

// Unjoin returns the errors that err joins, as errors.Join does, each
// saying its problem on its line; err alone when it joins nothing, or when
// it wraps several errors under a message of its own (a
// *scheme.FieldError, which wraps a sentinel and what is wrong); none for
// nil. A program reports the problems one by one, each named after its
// flag or column.
func Unjoin(err error) []error {
	if err == nil {
		return nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	errs := j.Unwrap()
	lines := make([]string, len(errs))
	for i, e := range errs {
		lines[i] = e.Error()
	}
	if strings.Join(lines, "\n") != err.Error() {
		return []error{err} // a message of its own: one problem
	}
	return errs
}
