package relancetest

import (
	"errors"
	"slices"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// Report is what [Verify] found: the result of every case, in the order of
// the files and of their cases, and the coverage of the rules.
type Report struct {
	Results  []Result
	Coverage Coverage
}

// Failed returns the number of cases that failed.
func (r Report) Failed() int {
	n := 0
	for _, res := range r.Results {
		if !res.Passed() {
			n++
		}
	}
	return n
}

// Result is what one case gave: the options of its orientation, what
// differed from what it expects, and the branches it reached.
//
// Result is a plain value; its slices belong to the caller. Its French
// wording is [Result.Message], rendered on demand.
type Result struct {
	File string // the case's file
	Case string // the case's name
	// Options are the options of the orientation, one per scheme of the
	// case, as relance.OrientAmong returns them; for a project that does
	// not validate, which OrientAmong refuses, as it would give them: each
	// scheme's session on the date judging the project (scheme.Session.Check).
	Options []relance.Option
	// Invalid is what scheme.Project.Validate reported; nil for a valid
	// project.
	Invalid error
	// Mismatches are what differs from the case's expectations, in the
	// order of the file; none when the case passed.
	Mismatches []Mismatch
	// Reached are the branches that the case checked: those of the criteria
	// it states (outcome or branch), and those of the funding rules when it
	// states a figure of the funding or one of its branches, for each
	// scheme it states expectations about.
	Reached []Reached
}

// Passed reports whether the orientation gave what the case expects.
func (r Result) Passed() bool { return len(r.Mismatches) == 0 }

// Reached is a branch of a session that a case reached.
type Reached struct {
	Scheme  scheme.ID
	Session string // the session's ID
	Branch  Branch
}

// Mismatch is one expectation of a case that the orientation did not meet:
// what was expected, and what came.
//
// Want and Got hold values of the type of the expectation: a string for a
// session ID or a branch code, a scheme.Verdict, a calendar.Status,
// a scheme.Outcome for a criterion, a []string for missing facts or the
// paths of invalid facts (nil for none: a valid project), a cost.Amount for
// eligible, grant and remainder. Got is nil when nothing came: a criterion
// the session does not judge, a funding rule the result did not take, no
// funding for a project without a budget.
//
// Mismatch is a plain value; == does not apply to it, since Want and Got
// may hold slices. The zero Mismatch says nothing.
type Mismatch struct {
	Scheme scheme.ID // the scheme; "" for the project as a whole (its validity)
	Field  string    // what was expected: "verdict", "criteria.ampleur", "branches.arrondi", "grant", "invalid"…
	Path   string    // the JSON path of the expectation in the file
	Want   any
	Got    any
}

// Verify runs every case of files and measures the coverage of the rules
// by them: it orients each case's project among its schemes on its date,
// compares what came with what the case expects, exactly, and counts the
// branches that the cases reached against those that the sessions of their
// schemes can give ([Coverage]).
//
// Verify is pure and safe for concurrent use; it never fails: a case that
// cannot be oriented fails with a Mismatch that says why.
func Verify(files []File) Report {
	var r Report
	cov := newCoverage()
	for _, f := range files {
		for _, c := range f.Cases {
			res := c.verify()
			cov.add(c, res)
			r.Results = append(r.Results, res)
		}
	}
	r.Coverage = cov.result()
	return r
}

// verify runs the case.
func (c Case) verify() Result {
	res := Result{File: c.file, Case: c.Name, Invalid: c.Project.Validate()}
	got, want := fieldPaths(res.Invalid), c.Invalid
	if !sameSet(got, want) {
		res.Mismatches = append(res.Mismatches, Mismatch{Field: "invalid", Path: strictjson.Index("cases", c.index) + ".invalid", Want: want, Got: got})
	}
	opts, err := relance.OrientAmong(c.Schemes, c.Project, c.Date)
	if err != nil { // the project does not validate: Parse refuses the zero date, and builds every scheme
		opts = judge(c.Schemes, c.Project, c.Date)
	}
	res.Options = opts
	of := make(map[scheme.Scheme]int, len(opts)) // the options come sorted, not in the order of the schemes
	for i, o := range opts {
		of[o.Scheme] = i
	}
	for _, e := range c.expect {
		o := res.Options[of[e.scheme]]
		res.Mismatches = append(res.Mismatches, e.compare(o)...)
		res.Reached = append(res.Reached, e.reached(o)...)
	}
	return res
}

// judge returns what relance.OrientAmong would return for a project that
// does not validate, which it refuses: each scheme's session on the date
// judging the project, its intake's status and step, the funding of its
// budget when the budget is valid, and the next session; in the order of
// schemes.
func judge(schemes []scheme.Scheme, p scheme.Project, on calendar.Date) []relance.Option {
	out := make([]relance.Option, len(schemes))
	for i, s := range schemes {
		se := s.SessionOn(on)
		o := relance.Option{Scheme: s, Session: se, Eligibility: se.Check(p), On: on, Status: se.Status(on)}
		if ph, ok := se.Current(on); ok {
			o.Phase = &ph
		}
		if len(p.Budget) > 0 {
			if f, err := se.Cofinance(p.Budget); err == nil {
				o.Funding = &f
			}
		}
		if o.Status == calendar.Closed {
			later := false
			for _, n := range s.Sessions() {
				if later && n.Status(on) == calendar.Upcoming {
					o.Next = n
					break
				}
				later = later || n == se
			}
		}
		out[i] = o
	}
	return out
}

// fieldPaths returns the Go field paths that the errors of
// scheme.Project.Validate name, in their order, each once; nil for no error.
func fieldPaths(err error) []string {
	if err == nil {
		return nil
	}
	var paths []string
	seen := make(map[string]bool)
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *scheme.FieldError
		if errors.As(e, &fe) && !seen[fe.Field] {
			seen[fe.Field] = true
			paths = append(paths, fe.Field)
		}
	}
	return paths
}

// sameSet reports whether a and b hold the same strings, in any order.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(slices.Compact(a), slices.Compact(b))
}

// compare returns what of e option o does not meet.
func (e expectation) compare(o relance.Option) []Mismatch {
	var out []Mismatch
	id := e.scheme.ID()
	add := func(field string, want, got any) {
		out = append(out, Mismatch{Scheme: id, Field: field, Path: e.path + "." + field, Want: want, Got: got})
	}
	if e.Session != nil && *e.Session != o.Session.ID() {
		add("session", *e.Session, o.Session.ID())
	}
	if e.Verdict != nil && *e.Verdict != o.Eligibility.Verdict {
		add("verdict", *e.Verdict, o.Eligibility.Verdict)
	}
	if e.Status != nil && *e.Status != o.Status {
		add("status", *e.Status, o.Status)
	}
	for _, c := range e.Criteria {
		got, ok := criterionOf(o, c.Key)
		switch {
		case !ok:
			add(strictjson.Key("criteria", c.Key), c.Value, nil)
		case got.Outcome != c.Value:
			add(strictjson.Key("criteria", c.Key), c.Value, got.Outcome)
		}
	}
	for _, b := range e.Branches {
		if got, ok := branchOf(o, b.Key); !ok {
			add(strictjson.Key("branches", b.Key), b.Value, nil)
		} else if got != b.Value {
			add(strictjson.Key("branches", b.Key), b.Value, got)
		}
	}
	if e.Missing != nil {
		if !sameSet(*e.Missing, o.Eligibility.Missing) {
			add("missing", *e.Missing, o.Eligibility.Missing)
		}
	}
	amounts := []struct {
		field string
		want  *cost.Amount
		got   func(cost.Result) cost.Amount
	}{
		{"eligible", e.Eligible, func(r cost.Result) cost.Amount { return r.Eligible }},
		{"grant", e.Grant, func(r cost.Result) cost.Amount { return r.Grant }},
		{"remainder", e.Remainder, func(r cost.Result) cost.Amount { return r.Remainder }},
	}
	for _, a := range amounts {
		switch {
		case a.want == nil:
		case o.Funding == nil:
			add(a.field, *a.want, nil)
		case *a.want != a.got(*o.Funding):
			add(a.field, *a.want, a.got(*o.Funding))
		}
	}
	return out
}

// branchOf returns the branch that rule took in option o, and whether it
// took one: a criterion the session judged, a funding rule of its funding.
func branchOf(o relance.Option, rule string) (string, bool) {
	if !isFundingRule(rule) {
		c, ok := criterionOf(o, rule)
		return c.Branch(), ok
	}
	if o.Funding == nil {
		return "", false
	}
	for _, b := range FundingBranches(*o.Funding) {
		if b.Rule == rule {
			return b.Code, true
		}
	}
	return "", false
}

// reached returns the branches of option o that e checks.
func (e expectation) reached(o relance.Option) []Reached {
	var out []Reached
	id, session := o.Scheme.ID(), o.Session.ID()
	stated := func(rule string) bool {
		return slices.ContainsFunc(e.Criteria, func(c strictjson.Pair[scheme.Outcome]) bool { return c.Key == rule }) ||
			slices.ContainsFunc(e.Branches, func(b strictjson.Pair[string]) bool { return b.Key == rule })
	}
	for _, c := range o.Eligibility.Criteria {
		if code := c.Code.String(); stated(code) {
			out = append(out, Reached{id, session, Branch{code, c.Branch()}})
		}
	}
	funding := e.Eligible != nil || e.Grant != nil || e.Remainder != nil ||
		stated(RuleExclusions) || stated(RuleCeiling) || stated(RuleRounding)
	if funding && o.Funding != nil {
		for _, b := range FundingBranches(*o.Funding) {
			out = append(out, Reached{id, session, b})
		}
	}
	return out
}

// criterionOf returns the criterion of option o whose code is the slug
// code, and whether o's session judged one.
func criterionOf(o relance.Option, code string) (scheme.Criterion, bool) {
	c, err := scheme.ParseCriterionCode(code)
	if err != nil {
		return scheme.Criterion{}, false
	}
	return o.Eligibility.Criterion(c)
}
