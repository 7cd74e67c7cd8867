package scheme

import (
	"errors"
	"strconv"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/enum"
	"github.com/planrelance/numerique/internal/quote"
)

// New validates d and returns the [Scheme] it defines. It reports every
// problem at once ([errors.Join]), each as a [*DefinitionError] that wraps
// [ErrInvalidDefinition] and names the field by its Go path:
//
//	scheme: new "donnees": Sessions[0].Rules.Applicants[2] "mairie": unknown kind
//
// It refuses:
//   - an empty ID, or one that is not a lowercase ASCII slug (letters a to
//     z, digits and hyphens: "fonds-regional"); no session. A what-if may
//     keep a catalogue ID, which is a slug;
//   - a session with an empty ID, one that is not a slug, or the ID of an
//     earlier session;
//   - sessions out of the order of their intake's first day, in the
//     calendar as first published;
//   - an invalid calendar ([calendar.Calendar.Validate]), in a session or in
//     a revision;
//   - an empty Intake, or one that names no phase of the calendar or of a
//     revision, or names an intake phase without a first day;
//   - a revision with the zero publication date, or published on or before
//     the revision before it;
//   - an invalid funding policy ([cost.Policy.Validate]);
//   - no applicant; an applicant kind that is unknown, "" included, or given
//     twice;
//   - a negative Threshold or ResultsWithin;
//   - an unknown theme or practice, "" included, or one given twice in its
//     list; a theme both funded and excluded.
//
// New copies d: changing d afterwards changes nothing in the Scheme. It
// takes time linear in the size of d: no session is compared with every
// other, nor an item of a list with every other.
func New(d Definition) (Scheme, error) {
	if err := errors.Join(validate(&d)...); err != nil {
		return Scheme{}, err
	}
	return Scheme{build(d.clone())}, nil
}

// validate returns every problem of d that New refuses, each a
// *DefinitionError, in the order of the fields; nil when there is none.
func validate(d *Definition) []error {
	v := validator{id: d.ID}
	v.slug("ID", string(d.ID))
	if len(d.Sessions) == 0 {
		v.report("Sessions", "", errNoSession)
	}
	sessions := make(map[string]int, len(d.Sessions)) // the first session of each ID
	for i := range d.Sessions {
		v.session(d.Sessions, i, sessions)
	}
	return v.errs
}

// MustNew is like [New] but panics when d is not valid. It is meant for
// definitions written as literals in programs and tests.
func MustNew(d Definition) Scheme {
	s, err := New(d)
	if err != nil {
		panic(err)
	}
	return s
}

// DefinitionError is one problem with one field of a [Definition], as [New]
// reports it: the scheme's ID, the field's Go path, its value and what is
// wrong with it.
//
//	scheme: new "donnees": Sessions[0].Rules.Applicants[2] "mairie": unknown kind
//
// Path is the field's Go path in the Definition, indexes counted from 0 as Go
// counts: "ID", "Sessions[1].Intake", "Sessions[0].Rules.Applicants[2]".
// Value is the offending value as Go source would write it (strings quoted,
// numbers bare), or "" when the problem is the field as a whole. Err says
// what is wrong; it may wrap further sentinels: [ErrUnknownValue] for an
// unknown kind, theme or practice, the calendar's and the policy's own
// errors for an invalid calendar or policy.
//
// A DefinitionError wraps [ErrInvalidDefinition] and Err, for [errors.Is]
// and [errors.As].
type DefinitionError struct {
	Scheme ID     // the ID of the scheme being defined, as given
	Path   string // Go field path, such as "Sessions[0].Rules.Threshold"
	Value  string // the value as Go source writes it, such as `"mairie"` or -5
	Err    error  // what is wrong
}

// Error returns the problem in the form
// `scheme: new "ID": PATH VALUE: PROBLEM`.
func (e *DefinitionError) Error() string {
	return fieldMessage("scheme: new "+quote.Input(string(e.Scheme)), e.Path, e.Value, e.problem())
}

// problem returns what is wrong, without the scheme and the field.
func (e *DefinitionError) problem() string {
	if e.Err == nil {
		return ErrInvalidDefinition.Error()
	}
	return problem(e.Err)
}

// Unwrap returns [ErrInvalidDefinition] and e.Err.
func (e *DefinitionError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrInvalidDefinition}
	}
	return []error{ErrInvalidDefinition, e.Err}
}

// The problems that New finds, for DefinitionError.Err.
var (
	errEmpty          = errors.New("empty")
	errNoSession      = errors.New("no session")
	errNoApplicant    = errors.New("no applicant")
	errNegative       = errors.New("negative")
	errUnknownKind    = unknownIn("kind", kinds.Want())
	errUnknownTheme   = unknownIn("theme", themes.Want())
	errUnknownPractic = unknownIn("practice", practices.Want())
	errFundedExcluded = errors.New("both funded and excluded")
	errNoPublication  = errors.New("no publication date")
	errNotSlug        = errors.New("not a lowercase ASCII slug: want letters a-z, digits and hyphens")
)

// validator gathers the problems of a Definition.
type validator struct {
	id   ID
	errs []error
}

// report records a problem with the field at path.
func (v *validator) report(path, value string, err error) {
	v.errs = append(v.errs, &DefinitionError{Scheme: v.id, Path: path, Value: value, Err: err})
}

// reportAll records each problem that err joins, for the field at path.
func (v *validator) reportAll(path string, err error) {
	if err == nil {
		return
	}
	for _, e := range unjoin(err) {
		v.report(path, "", e)
	}
}

// slug checks that id, the value of the field at path, is a lowercase ASCII
// slug, [a-z0-9-]+, and reports whether it is.
func (v *validator) slug(path, id string) bool {
	if id == "" {
		v.report(path, `""`, errEmpty)
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			v.report(path, quote.Input(id), errNotSlug)
			return false
		}
	}
	return true
}

// session checks sessions[i]; first holds the index of the first session of
// each ID before it, and gains that of sessions[i].
func (v *validator) session(sessions []SessionDefinition, i int, first map[string]int) {
	s := &sessions[i]
	at := "Sessions[" + strconv.Itoa(i) + "]"
	if v.slug(at+".ID", s.ID) {
		if j, ok := first[s.ID]; ok {
			v.report(at+".ID", quote.Input(s.ID), errors.New("same ID as Sessions["+strconv.Itoa(j)+"].ID"))
		} else {
			first[s.ID] = i
		}
	}

	v.reportAll(at+".Calendar", s.Calendar.Validate())
	if s.Intake == "" {
		v.report(at+".Intake", `""`, errEmpty)
	} else {
		v.intake(at+".Calendar", s.Calendar, s.Intake)
	}
	if i > 0 {
		prev, cur := intakeOf(sessions[i-1].Calendar, sessions[i-1].Intake), intakeOf(s.Calendar, s.Intake)
		if !prev.IsZero() && !cur.IsZero() && cur.First().Before(prev.First()) {
			v.report(at+".Intake", quote.Input(s.Intake), errors.New("opens on "+cur.First().String()+
				", before the intake of Sessions["+strconv.Itoa(i-1)+"] ("+prev.First().String()+")"))
		}
	}

	var last calendar.Date
	for k, r := range s.Revisions {
		rat := at + ".Revisions[" + strconv.Itoa(k) + "]"
		switch {
		case r.Published.IsZero():
			v.report(rat+".Published", "", errNoPublication)
		case !last.IsZero() && !r.Published.After(last):
			v.report(rat+".Published", quote.Input(r.Published.String()),
				errors.New("not after Revisions["+strconv.Itoa(k-1)+"].Published "+quote.Input(last.String())))
		}
		if !r.Published.IsZero() {
			last = r.Published
		}
		v.reportAll(rat+".Calendar", r.Calendar.Validate())
		if s.Intake != "" {
			v.intake(rat+".Calendar", r.Calendar, s.Intake)
		}
	}

	v.reportAll(at+".Funding", s.Funding.Validate())
	v.rules(at+".Rules", &s.Rules)
}

// intake checks that c has a phase named intake, with a window.
func (v *validator) intake(at string, c calendar.Calendar, intake string) {
	p, ok := c.Phase(intake)
	switch {
	case !ok:
		v.report(at, "", errors.New("no phase "+quote.Input(intake)+", the intake"))
	case p.Window.IsZero():
		v.report(at, "", errors.New("intake phase "+quote.Input(intake)+" has no window"))
	}
}

// intakeOf returns the window of c's phase named intake, or the zero Window.
func intakeOf(c calendar.Calendar, intake string) calendar.Window {
	p, _ := c.Phase(intake)
	return p.Window
}

// rules checks r, at path at.
func (v *validator) rules(at string, r *Rules) {
	if len(r.Applicants) == 0 {
		v.report(at+".Applicants", "", errNoApplicant)
	}
	list(v, at+".Applicants", r.Applicants, kinds, errUnknownKind)
	if r.Threshold < 0 {
		v.report(at+".Threshold", strconv.Itoa(r.Threshold), errNegative)
	}
	list(v, at+".Themes", r.Themes, themes, errUnknownTheme)
	list(v, at+".ExcludedThemes", r.ExcludedThemes, themes, errUnknownTheme)
	funded := setOf[themeSet](themes, r.Themes)
	for i, t := range r.ExcludedThemes {
		if funded.has(t) {
			v.report(at+".ExcludedThemes["+strconv.Itoa(i)+"]", quote.Input(string(t)), errFundedExcluded)
		}
	}
	list(v, at+".Practices", r.Practices, practices, errUnknownPractic)
	if r.ResultsWithin < 0 {
		v.report(at+".ResultsWithin", strconv.Itoa(r.ResultsWithin), errNegative)
	}
}

// list checks that every item of items is one of table's values, and given
// once: a value's first place is kept by its index in the table, so that a
// list of any length is checked in one pass.
func list[T ~string](v *validator, at string, items []T, table *enum.Table[T], unknown error) {
	first := make([]int, table.Len()) // the place of each value in items, plus one; 0 before it
	for i, x := range items {
		path := at + "[" + strconv.Itoa(i) + "]"
		k := table.Index(x)
		switch {
		case k < 0:
			v.report(path, quote.Input(string(x)), unknown)
		case first[k] > 0:
			v.report(path, quote.Input(string(x)), errors.New("same as "+at+"["+strconv.Itoa(first[k]-1)+"]"))
		default:
			first[k] = i + 1
		}
	}
}
