package relancetest

import (
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

// Coverage is the coverage of the rules by a set of cases: for every
// session of every scheme that a case states expectations about — or, on
// request ([VerifyAll], [Options.AllSchemes]), of every scheme that a case
// was oriented among — every branch that the session's rules can give
// ([SessionBranches]) and how many cases reached it.
//
// A scheme is known by its ID and a session by its own: a case that
// redefines a scheme of the catalogue (a what-if) adds to that scheme's
// sessions the branches that its rules can give, so that the cases are
// asked to reach them too.
//
// Coverage is a plain value; its slices belong to the caller. Its French
// wording is [Coverage.Table].
type Coverage struct {
	Sessions []SessionCoverage // in the order in which the cases met the schemes, each scheme's in date order
}

// SessionCoverage is the coverage of the rules of one session.
type SessionCoverage struct {
	Scheme   scheme.ID
	Session  string           // the session's ID
	Name     string           // « Meilleur usage des données — 1re session », for people
	Branches []BranchCoverage // in the order of SessionBranches
}

// BranchCoverage is a branch of a session and how many cases reached it.
type BranchCoverage struct {
	Branch
	Cases int // the number of cases that reached it; 0: not covered
	// Unlisted is set for a branch that a case reached but that the
	// session's rules do not list (scheme.Session.Branches): the library
	// disagrees with itself, and the branch is added to the session's.
	Unlisted bool
}

// Reached returns the number of branches of s that some case reached.
func (s SessionCoverage) Reached() int {
	n := 0
	for _, b := range s.Branches {
		if b.Cases > 0 {
			n++
		}
	}
	return n
}

// Total returns the number of branches of s.
func (s SessionCoverage) Total() int { return len(s.Branches) }

// Reached returns the number of branches, of every session, that some case
// reached.
func (c Coverage) Reached() int {
	n := 0
	for _, s := range c.Sessions {
		n += s.Reached()
	}
	return n
}

// Total returns the number of branches of every session.
func (c Coverage) Total() int {
	n := 0
	for _, s := range c.Sessions {
		n += s.Total()
	}
	return n
}

// Percent returns the share of the branches that the cases reached, in
// whole percent rounded down, so that 100 means every branch: 184 of 185
// branches are 99 %. A coverage without branches is 100 %.
func (c Coverage) Percent() int {
	total := c.Total()
	if total == 0 {
		return 100
	}
	return c.Reached() * 100 / total
}

// Below reports whether the cases reached less than percent % of the
// branches, compared exactly: 184 of 185 branches are below 100 and not
// below 99.
func (c Coverage) Below(percent int) bool {
	return c.Reached()*100 < percent*c.Total()
}

// Missed returns the branches that no case reached, session by session.
func (c Coverage) Missed() []Reached {
	var out []Reached
	for _, s := range c.Sessions {
		for _, b := range s.Branches {
			if b.Cases == 0 {
				out = append(out, Reached{s.Scheme, s.Session, b.Branch})
			}
		}
	}
	return out
}

// Table renders c in French, for a person or a test log: one table per
// session, each branch with the number of cases that reached it, or « non
// atteinte », then the branches reached in all.
//
//	Meilleur usage des données — 2e session (donnees/session-2) : 23 sur 25
//	  règle       branche                    cas
//	  demandeur   admis                      4
//	  demandeur   non-admis                  non atteinte
//	  …
//
//	Couverture des règles : 183 branches atteintes sur 185 (98 %)
//
// [Report.Table] ends with the summary of the cases instead.
func (c Coverage) Table() string {
	var b strings.Builder
	c.writeSessions(&b)
	b.WriteString("Couverture des règles" + french.Colon + c.reachedText())
	b.WriteString(" (" + strconv.Itoa(c.Percent()) + french.NoBreak + "%)")
	return b.String()
}

// reachedText says in French how many branches the cases reached: « 183
// branches atteintes sur 185 ».
func (c Coverage) reachedText() string {
	return plural(c.Reached(), "branche atteinte", "branches atteintes") + " sur " + french.Int(int64(c.Total()))
}

// writeSessions writes the table of each session of c, each followed by a
// blank line.
func (c Coverage) writeSessions(b *strings.Builder) {
	for _, s := range c.Sessions {
		b.WriteString(s.Name + " (" + string(s.Scheme) + "/" + s.Session + ")" + french.Colon)
		b.WriteString(strconv.Itoa(s.Reached()) + " sur " + strconv.Itoa(s.Total()) + "\n")
		w := tabwriter.NewWriter(b, 0, 0, 3, ' ', 0)
		_, _ = w.Write([]byte("  règle\tbranche\tcas\n"))
		for _, br := range s.Branches {
			count := "non atteinte"
			if br.Cases > 0 {
				count = strconv.Itoa(br.Cases)
			}
			if br.Unlisted {
				count += " (absente de Session.Branches)"
			}
			_, _ = w.Write([]byte("  " + br.Rule + "\t" + br.Code + "\t" + count + "\n"))
		}
		_ = w.Flush()
		b.WriteByte('\n')
	}
}

// plural writes n and the words that agree with it: « 1 cas », « 0 branche
// atteinte », « 2 branches atteintes ».
func plural(n int, one, many string) string {
	if n > 1 {
		return french.Int(int64(n)) + " " + many
	}
	return french.Int(int64(n)) + " " + one
}

// sessionKey identifies a session across cases: its scheme's ID and its
// own.
type sessionKey struct {
	scheme  scheme.ID
	session string
}

// coverage gathers the coverage of the cases, one by one.
type coverage struct {
	all      bool // every scheme the cases are oriented among, not only those they name
	order    []sessionKey
	sessions map[sessionKey]*SessionCoverage
	listed   map[scheme.Scheme]bool // the schemes whose sessions' branches are listed
}

func newCoverage(all bool) *coverage {
	return &coverage{all: all, sessions: make(map[sessionKey]*SessionCoverage), listed: make(map[scheme.Scheme]bool)}
}

// add counts the branches that case c reached in res, after the branches
// that the sessions of its schemes can give, listed once for each scheme:
// the schemes it states expectations about, or all those it is oriented
// among.
func (cv *coverage) add(c Case, res Result) {
	if cv.all {
		for _, s := range c.Schemes {
			cv.list(s)
		}
	} else {
		for _, e := range c.expect {
			cv.list(e.scheme)
		}
	}
	seen := make(map[Reached]bool, len(res.Reached))
	for _, r := range res.Reached {
		if seen[r] {
			continue
		}
		seen[r] = true
		sc := cv.sessions[sessionKey{r.Scheme, r.Session}]
		i := slices.IndexFunc(sc.Branches, func(x BranchCoverage) bool { return x.Branch == r.Branch })
		if i < 0 {
			sc.Branches = append(sc.Branches, BranchCoverage{Branch: r.Branch, Unlisted: true})
			i = len(sc.Branches) - 1
		}
		sc.Branches[i].Cases++
	}
}

// list lists the branches that the sessions of s can give, once for each
// scheme.
func (cv *coverage) list(s scheme.Scheme) {
	if cv.listed[s] {
		return
	}
	cv.listed[s] = true
	for _, se := range s.Sessions() {
		sc := cv.session(sessionKey{s.ID(), se.ID()}, schemeName(s)+" — "+se.Name())
		for _, b := range SessionBranches(se) {
			if !slices.ContainsFunc(sc.Branches, func(x BranchCoverage) bool { return x.Branch == b }) {
				sc.Branches = append(sc.Branches, BranchCoverage{Branch: b})
			}
		}
	}
}

// session returns the coverage of the session k, new with name when the
// cases had not met it.
func (cv *coverage) session(k sessionKey, name string) *SessionCoverage {
	sc, ok := cv.sessions[k]
	if !ok {
		sc = &SessionCoverage{Scheme: k.scheme, Session: k.session, Name: name}
		cv.sessions[k] = sc
		cv.order = append(cv.order, k)
	}
	return sc
}

// result returns the coverage gathered.
func (cv *coverage) result() Coverage {
	out := Coverage{Sessions: make([]SessionCoverage, len(cv.order))}
	for i, k := range cv.order {
		out.Sessions[i] = *cv.sessions[k]
	}
	return out
}
