package bridge

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

// complete reads the official codes of the project, in one pass of the
// bridge's [Complete]: it fills the bodies they name with what the person
// left empty, counts each inhabitant once (Project.Overlap) and answers
// whether the project covers a whole département when the data settles it.
// A code that names no body is reported on its field, with the bodies it
// may have meant, and its body counts as typed; a code given a second time
// is reported, and its member left out. The project is then completed again
// without them, so that what the data answers holds for what counts.
func (x *reading) complete(b Bridge) {
	if len(x.typed) == 0 {
		return
	}
	asked := x.project.Departement
	p, err := b.Complete(x.project)
	if err != nil {
		var twice []int
		for _, e := range unjoin(err) {
			var ce *territoire.CodeError
			i, ok := 0, errors.As(e, &ce)
			if ok {
				i, ok = x.bodyAt(ce.Field)
			}
			switch {
			case !ok: // not reached: Complete names the field of each code
				x.fail("", CodeProjectInvalid, "")
			case errors.Is(ce, territoire.ErrDuplicate):
				x.fail(codeField(x.row(i)), CodeDuplicateBody, x.who(ce.First))
				twice = append(twice, i)
			default:
				x.unknown(b, i, ce)
			}
		}
		x.leaveOut(twice)
		if p, err = b.Complete(x.project); err != nil {
			// Not reached: every code that Complete refused is gone.
			x.fail("", CodeProjectInvalid, "")
			p = x.project
		}
	}
	x.project = p
	x.describe(b, -1, &x.project.Lead)
	for i := range x.project.Members {
		x.describe(b, i, &x.project.Members[i])
	}
	if asked == scheme.Unanswered && p.Departement != scheme.Unanswered {
		x.deduced = append(x.deduced, FieldNote{Field: "departement", Value: p.Departement.String(), Message: deducedDepartement(p.Departement)})
	}
}

// describe describes body i of the project (-1: the lead), given by an
// official code, as [Found] under its code field; a code that b's Lookup
// does not know, which Complete left to the caller as no code of its form,
// is reported as unknown.
func (x *reading) describe(b Bridge, i int, body *scheme.Body) {
	if body.ID == "" {
		return
	}
	official, err := b.Lookup(body.ID)
	if err != nil {
		x.unknown(b, i, err)
		body.ID = ""
		return
	}
	x.found = append(x.found, b.found(codeField(x.row(i)), official, x.typed[x.row(i)]))
}

// unknown reports the official code of body i, which names no body, with
// the bodies that err suggests, and leaves the body as the person typed it.
func (x *reading) unknown(b Bridge, i int, err error) {
	body := &x.project.Lead
	if i >= 0 {
		body = &x.project.Members[i]
	}
	e := newFieldError(codeField(x.row(i)), CodeLookupFailed, body.ID)
	var ce *territoire.CodeError
	if errors.As(err, &ce) && len(ce.Suggestions) > 0 {
		names := make([]string, len(ce.Suggestions))
		for k, s := range ce.Suggestions {
			e.Suggestions = append(e.Suggestions, b.territory(s))
			names[k] = quoted(s.ID) + " (" + s.Name + ", " + french.InSentence(s.Kind.Label()) + ")"
		}
		e.Message += " Vouliez-vous dire " + strings.Join(names, " ou ") + french.NoBreak + "?"
	}
	x.errors = append(x.errors, e)
	body.ID = ""
}

// row returns the row of the form of body i of the project: -1 for the
// lead.
func (x *reading) row(i int) int {
	if i < 0 {
		return -1
	}
	return x.rows[i]
}

// codeField returns the code field of the body of row (-1: the lead).
func codeField(row int) string { return rowField(row) + ".code" }

// bodyAt returns the body of the project that a Go field path of its ID
// names, "Lead.ID" or "Members[2].ID": -1 for the lead.
func (x *reading) bodyAt(path string) (int, bool) {
	if path == "Lead.ID" {
		return -1, true
	}
	inner, isMember := strings.CutPrefix(path, "Members[")
	inner, isID := strings.CutSuffix(inner, "].ID")
	if !isMember || !isID {
		return 0, false
	}
	i, err := strconv.Atoi(inner)
	return i, err == nil && i >= 0 && i < len(x.project.Members)
}

// who names the body of the project that a Go field path of its ID names,
// as a message says it: « le porteur », « le membre n° 2 ».
func (x *reading) who(path string) string {
	i, ok := x.bodyAt(path)
	switch {
	case !ok:
		return ""
	case i < 0:
		return "le porteur"
	}
	return "le membre n°" + french.NoBreak + strconv.Itoa(x.rows[i]+1)
}

// unjoin returns the errors that err joins, or err alone.
func unjoin(err error) []error {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		return joined.Unwrap()
	}
	return []error{err}
}

// deducedDepartement says what the data answers to « Le projet couvre-t-il
// un département entier ? ».
func deducedDepartement(a scheme.Answer) string {
	if a == scheme.Yes {
		return "D’après les données officielles, les collectivités du projet couvrent ensemble un département entier" + french.Colon + "la réponse est " + openQuote + "Oui" + closeQuote + "."
	}
	return "D’après les données officielles, les collectivités du projet ne couvrent aucun département entier" + french.Colon + "la réponse est " + openQuote + "Non" + closeQuote + "."
}

// sortErrors puts errs in the order of the form's fields, keeping the order
// of the problems of one field.
func sortErrors(errs []FieldError) {
	slices.SortStableFunc(errs, func(a, b FieldError) int { return slices.Compare(fieldRank(a.Field), fieldRank(b.Field)) })
}

// sections are the form's fields and groups of fields, in its order; the
// request as a whole, "", comes last.
var sections = []string{"on", "title", "lead", "members", "departement", "shared_need", "themes", "practices", "requested", "start", "results", "budget", ""}

// keys are the fields of a body and of a budget line, in the form's order,
// after the row itself.
var keys = []string{"", "kind", "name", "code", "population", "category", "label", "amount"}

// fieldRank returns where field stands in the form: its section, its row
// and its key.
func fieldRank(field string) []int {
	parts := strings.Split(field, ".")
	rank := []int{slices.Index(sections, parts[0]), 0, 0}
	if rank[0] < 0 {
		rank[0] = len(sections)
	}
	if len(parts) > 1 {
		if row, err := strconv.Atoi(parts[1]); err == nil {
			rank[1], parts = row, parts[1:]
		}
	}
	if len(parts) > 1 {
		rank[2] = slices.Index(keys, parts[1])
	}
	return rank
}
