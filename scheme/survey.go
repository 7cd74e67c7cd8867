package scheme

import (
	"math"

	"github.com/planrelance/numerique/calendar"
)

// This file holds what the rules read of a project, once for all the
// sessions that judge it: its lead's kind, the population it covers, its
// invalid facts. The rules themselves are in rules.go.

// survey is what the rules read of a project, found once for all the
// sessions that judge it.
type survey struct {
	day       calendar.Date // the day of the check; zero when it has none
	cover     coverage
	kind      kindIndex   // the lead's kind
	themes    themeSet    // the project's known themes
	badTheme  badItem     // the first of its unknown themes
	practices practiceSet // the practices committed to
	badPract  badItem     // the first of its unknown practices
	extra     *extra      // allocated when a criterion first needs it, shared by every criterion that does
}

// coverage is what CodeAmpleur learns of the bodies of a project: the
// population they cover, the populations that are missing, and the invalid
// facts.
type coverage struct {
	sum            int  // the populations given, those of partners aside, each body once
	overlap        int  // Project.Overlap, when valid: the inhabitants sum counts more than once
	covered        int  // sum - overlap: each inhabitant once
	saturated      bool // sum stopped at math.MaxInt
	leadMissing    bool // the lead's population counts and is not given
	byMembers      bool // the lead, a syndicat whose population is not given, counts by its members
	membersMissing int  // how many members' populations count and are not given
	invalid        int  // how many facts are invalid
	first          badFact
}

// badFact is the first invalid fact that CodeAmpleur found: an unknown kind,
// a negative population, a member that repeats an earlier body, an invalid
// answer to Departement, or an overlap that is negative or above the sum of
// the populations.
type badFact struct {
	what   int // badKind, badPopulation, badTwin, badDepartement or badOverlap; 0 for none
	member int // the member whose fact it is; -1 for the lead
	of     int // for badTwin, the body it repeats: -1 for the lead
}

// The invalid facts that CodeAmpleur reads, in the order of their fields.
const (
	badKind = iota + 1
	badPopulation
	badTwin
	badDepartement
	badOverlap
)

// badItem is the first unknown value of a list, and how many there are.
type badItem struct {
	at, count int
}

// extra holds the facts that a criterion's own fields do not — invalid
// values, the lead's unknown kind verbatim, missing populations, a saturated
// sum, an overlap — copied out of the project once for all the criteria of
// a check that need them; or what a criterion decoded from JSON holds.
// Shared so, it lets a project with an invalid fact for each criterion be
// judged against the catalogue in 3 allocations and 1.6 KB rather than 16
// and 4.0 KB with a copy per criterion, and the zero project in 4 rather
// than 6 (benchstat, -count 6, p = 0.002); it is also what holds
// Session.Check to 5 allocations whatever the project.
type extra struct {
	cover       coverage
	leadKind    Kind   // the lead's kind, verbatim
	badKind     Kind   // the kind that cover.first names, verbatim
	badValue    int    // the population or overlap that cover.first names
	departement Answer // p.Departement
	sharedNeed  Answer // p.SharedNeed
	badTheme    badItem
	theme       Theme // the first unknown theme, verbatim
	badPract    badItem
	practice    Practice // the first unknown practice, verbatim
	decoded     *decoded
}

// newSurvey surveys p, in one pass over its members, which the scale rule
// alone reads: when bodies is false, no session asks for it, and the members
// are not surveyed.
func newSurvey(p *Project, bodies bool) survey {
	sv := survey{kind: kindIndexOf(p.Lead.Kind)}
	if bodies {
		sv.cover = cover(p)
	}
	for i, t := range p.Themes {
		if k := themes.Index(t); k >= 0 {
			sv.themes |= 1 << k
		} else {
			sv.badTheme.note(i)
		}
	}
	for i, q := range p.Practices {
		if k := practices.Index(q); k >= 0 {
			sv.practices |= 1 << k
		} else {
			sv.badPract.note(i)
		}
	}
	return sv
}

// note records an unknown value at position i.
func (b *badItem) note(i int) {
	if b.count == 0 {
		b.at = i
	}
	b.count++
}

// facts returns the extra facts of p, which sv surveyed, copying them out
// on the first call.
func (sv *survey) facts(p *Project) *extra {
	if sv.extra == nil {
		r := &extra{cover: sv.cover, leadKind: p.Lead.Kind, departement: p.Departement, sharedNeed: p.SharedNeed, badTheme: sv.badTheme, badPract: sv.badPract}
		switch f := sv.cover.first; f.what {
		case badKind, badPopulation:
			body := p.Lead
			if f.member >= 0 {
				body = p.Members[f.member]
			}
			r.badKind, r.badValue = body.Kind, body.Population
		case badOverlap:
			r.badValue = p.Overlap
		}
		if sv.badTheme.count > 0 {
			r.theme = p.Themes[sv.badTheme.at]
		}
		if sv.badPract.count > 0 {
			r.practice = p.Practices[sv.badPract.at]
		}
		sv.extra = r
	}
	return sv.extra
}

// counts reports whether the population of a body of kind k counts towards
// the covered population: that of partners does not.
func counts(k Kind) bool { return k != Partenaire }

// addPopulation returns sum + n for n > 0, saturating at math.MaxInt, and
// whether it saturated. A negative n, invalid, adds nothing: the criterion
// is NotMet for it anyway.
func addPopulation(sum, n int) (int, bool) {
	if n <= 0 {
		return sum, false
	}
	if sum > math.MaxInt-n {
		return math.MaxInt, true
	}
	return sum + n, false
}

// bad records an invalid fact.
func (cv *coverage) bad(what, member int) {
	cv.badOf(what, member, 0)
}

// badOf records an invalid fact about a member that repeats body of.
func (cv *coverage) badOf(what, member, of int) {
	if cv.invalid == 0 {
		cv.first = badFact{what, member, of}
	}
	cv.invalid++
}

// cover surveys the bodies of p: the lead's population with the members',
// partners aside, each body once [choice]: a member that repeats an earlier
// body ([Project.Validate] refuses it) is an invalid fact, and its
// population does not count again. A syndicat whose population is not
// given counts by its members, when some count [choice]. Less p.Overlap,
// the inhabitants that the bodies' territories share, the covered
// population counts each inhabitant once; an overlap that is negative, or
// above the sum from which it would be subtracted, is an invalid fact, and
// nothing is subtracted.
func cover(p *Project) coverage {
	var cv coverage
	var s bool
	bodies := twins{p: p}
	lead := p.Lead
	if lead.Kind != "" && !lead.Kind.IsValid() {
		cv.bad(badKind, -1)
	}
	if lead.Population < 0 {
		cv.bad(badPopulation, -1)
	}
	if counts(lead.Kind) {
		cv.leadMissing = lead.Population == 0
		cv.sum, cv.saturated = addPopulation(0, lead.Population)
	}
	members := 0 // the members whose populations count, given or not
	for i := range p.Members {
		m := &p.Members[i]
		if of, twin := bodies.of(i, m); twin {
			cv.badOf(badTwin, i, of)
			continue
		}
		switch {
		case m.Kind == Partenaire: // its population does not count
			if m.Population < 0 {
				cv.bad(badPopulation, i)
			}
			continue
		case m.Kind != "" && !m.Kind.IsValid():
			cv.bad(badKind, i)
		}
		members++
		switch n := m.Population; {
		case n == 0:
			cv.membersMissing++
		case n < 0:
			cv.bad(badPopulation, i)
		default:
			cv.sum, s = addPopulation(cv.sum, n)
			cv.saturated = cv.saturated || s
		}
	}
	// A syndicat mixte has no inhabitants but its members' [choice]: with
	// members that count, its own population is theirs, not a missing fact.
	if cv.leadMissing && lead.Kind == Syndicat && members > 0 {
		cv.leadMissing, cv.byMembers = false, true
	}
	if !p.Departement.IsValid() {
		cv.bad(badDepartement, -1)
	}
	// A saturated sum stands for a larger one, which an overlap, an int,
	// never exceeds: what is left is still a lower bound.
	if o := p.Overlap; o < 0 || o > cv.sum {
		cv.bad(badOverlap, -1)
	} else {
		cv.overlap = o
	}
	cv.covered = cv.sum - cv.overlap
	return cv
}
