package cli

import (
	"errors"
	"strconv"

	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

// Complete completes p with [territoire.Complete] — the bodies given by
// their official codes filled from the data, each inhabitant counted once,
// Departement answered when the data settles it — for a program whose
// flags or columns give bodies by codes only: an ID that Complete leaves as
// the caller's own key, having no code's form ("9999"), and that nothing
// else describes, is refused too, with [territoire.Lookup]'s error and its
// suggestions ("09999"). Every problem is reported at once.
func Complete(p scheme.Project) (scheme.Project, error) {
	p, err := territoire.Complete(p)
	var errs []error
	reported := map[string]bool{}
	if err != nil {
		for _, e := range unjoin(err) {
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

// unjoin returns the errors that err joins, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
