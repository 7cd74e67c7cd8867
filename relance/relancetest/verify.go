package relancetest

import (
	"errors"
	"slices"
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
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

// Summary says in French how many cases passed and failed, and how many
// branches they reached: « 66 cas : 66 réussis, 0 en échec ; 220 branches
// atteintes sur 220 ».
func (r Report) Summary() string {
	n, failed := len(r.Results), r.Failed()
	return plural(n, "cas", "cas") + french.Colon + plural(n-failed, "réussi", "réussis") + ", " +
		french.Int(int64(failed)) + " en échec" + french.Semicolon + r.Coverage.reachedText()
}

// Table renders the coverage in French, one table per session as
// [Coverage.Table] does, and ends with the summary of the cases
// ([Report.Summary]), which a person reads last.
func (r Report) Table() string {
	var b strings.Builder
	r.Coverage.writeSessions(&b)
	b.WriteString(r.Summary())
	return b.String()
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
	// scheme's session on the date judging the project on that day
	// (scheme.Session.CheckOn).
	Options []relance.Option
	// Invalid is what scheme.Project.Validate reported; nil for a valid
	// project.
	Invalid error
	// Mismatches are what differs from the case's expectations, in the
	// order of the file; none when the case passed.
	Mismatches []Mismatch
	// Reached are the branches that the case checked, for each scheme it
	// states expectations about: those of the criteria it states (outcome,
	// branch or facts), and those of the funding rules that the figures and
	// the funding branches it states depend on (see the package's doc,
	// "Branches and coverage").
	Reached []Reached

	computed bool // the case's file is of Format1: grants are the policy's figures
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
// a scheme.Outcome for a criterion, the type of its field of scheme.Facts
// for a fact (an int, a calendar.Date, a []scheme.Theme…), a []string for
// missing facts or the paths of invalid facts (nil for none: a valid
// project), a relance.Promise, a cost.Amount for eligible, grant and
// remainder. Want is nil for a grant expected to be none (null). Got is nil
// when nothing came: a criterion the session does not judge, a funding rule
// the result did not take, no funding for a project without a budget, no
// grant for an option that promises none.
//
// Mismatch is a plain value; == does not apply to it, since Want and Got
// may hold slices. The zero Mismatch says nothing.
type Mismatch struct {
	Scheme scheme.ID // the scheme; "" for the project as a whole (its validity)
	Field  string    // what was expected: "verdict", "criteria.ampleur", "branches.arrondi", "facts.ampleur.covered", "promise", "grant", "invalid"…
	Path   string    // the JSON path of the expectation in the file
	Want   any
	Got    any
}

// Verify runs every case of files and measures the coverage of the rules
// by them: it orients each case's project among its schemes on its date,
// compares what came with what the case expects, exactly, and counts the
// branches that the cases reached against those that the sessions of the
// schemes they state expectations about can give ([Coverage]).
//
// Verify is pure and safe for concurrent use; it never fails: a case that
// cannot be oriented fails with a Mismatch that says why.
func Verify(files []File) Report {
	return verify(files, false)
}

// VerifyAll is [Verify], its coverage counting the branches of every
// scheme that a case was oriented among — the whole catalogue for a case
// that defines no scheme — and not only of those the cases state
// expectations about.
func VerifyAll(files []File) Report {
	return verify(files, true)
}

func verify(files []File, all bool) Report {
	var r Report
	cov := newCoverage(all)
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
	res.computed = len(c.expect) > 0 && c.expect[0].computed
	got, want := fieldPaths(res.Invalid), c.Invalid
	if !sameSet(got, want) {
		res.Mismatches = append(res.Mismatches, Mismatch{Field: "invalid", Path: strictjson.Index("cases", c.index) + ".invalid", Want: want, Got: got})
	}
	var opts []relance.Option
	var err error
	if c.dayless {
		opts = judge(c.Schemes, c.Project, c.Date, calendar.Date{})
	} else if opts, err = relance.OrientAmong(c.Schemes, c.Project, c.Date); err != nil {
		// the project does not validate: Parse refuses the zero date, and builds every scheme
		opts = judge(c.Schemes, c.Project, c.Date, c.Date)
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

// judge returns what relance.OrientAmong would return on date on for a
// project that it refuses, or for a check without a day: each scheme's
// session on the date judging the project on day (scheme.Session.CheckOn;
// the zero day: scheme.Session.Check), its intake's status and step on the
// date, the funding of its budget when the budget is valid, and the next
// session; in the order of schemes.
func judge(schemes []scheme.Scheme, p scheme.Project, on, day calendar.Date) []relance.Option {
	out := make([]relance.Option, len(schemes))
	for i, s := range schemes {
		se := s.SessionOn(on)
		o := relance.Option{Scheme: s, Session: se, Eligibility: se.CheckOn(p, day), On: on, Status: se.Status(on)}
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
	for _, f := range e.facts {
		if got, ok := f.compare(o); !ok {
			add("facts."+f.criterion+"."+f.key, f.want, got)
		}
	}
	if e.Missing != nil {
		if !sameSet(*e.Missing, o.Eligibility.Missing) {
			add("missing", *e.Missing, o.Eligibility.Missing)
		}
	}
	if e.Promise != nil && *e.Promise != o.Promise() {
		add("promise", *e.Promise, o.Promise())
	}
	grant, remainder := e.money(o)
	if e.Eligible != nil && (o.Funding == nil || *e.Eligible != o.Funding.Eligible) {
		add("eligible", *e.Eligible, eligibleOf(o))
	}
	if e.Grant.stated && !sameAmount(e.Grant.amount, grant) {
		add("grant", amountOrNil(e.Grant.amount), amountOrNil(grant))
	}
	if e.Remainder != nil && !sameAmount(e.Remainder, remainder) {
		add("remainder", *e.Remainder, amountOrNil(remainder))
	}
	return out
}

// money returns the grant and the remainder of option o as e reads them:
// the money o promises ([Format]), the grant when its promise pays and
// the budget less it; or the figures of its funding whatever the promise
// ([Format1]). Each is nil when there is none: no budget, or, for the
// grant, a promise that pays nothing.
func (e expectation) money(o relance.Option) (grant, remainder *cost.Amount) {
	f := o.Funding
	switch {
	case f == nil:
		return nil, nil
	case e.computed:
		return &f.Grant, &f.Remainder
	case o.Promise().Pays():
		return &f.Grant, &f.Remainder
	}
	return nil, &f.Total
}

// eligibleOf returns the eligible base of option o's funding, or nil
// when there is none.
func eligibleOf(o relance.Option) any {
	if o.Funding == nil {
		return nil
	}
	return o.Funding.Eligible
}

// sameAmount reports whether a and b are both none, or the same amount.
func sameAmount(a, b *cost.Amount) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// amountOrNil returns *a, or nil for none, as a Mismatch holds it.
func amountOrNil(a *cost.Amount) any {
	if a == nil {
		return nil
	}
	return *a
}
