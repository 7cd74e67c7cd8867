package scheme

import (
	"math"

	"github.com/planrelance/numerique/calendar"
)

// This file holds the rules: how each criterion is judged, into figures.
// The French that tells them is in wording.go; no text is built here.

// survey is what the rules read of a project, found once for all the
// sessions that judge it.
type survey struct {
	cover     coverage
	kind      kindIndex   // the lead's kind
	themes    themeList   // the project's themes, each once, when all are known
	badTheme  badItem     // the first of its unknown themes
	practices practiceSet // the practices committed to
	badPract  badItem     // the first of its unknown practices
	rare      *rare       // allocated on the first rare case, shared by every criterion that needs it
	// The results' limit, for the delay of the last session that asked:
	// the sessions of a catalogue mostly share it.
	months  int
	limit   calendar.Date
	outside bool // the limit falls beyond the calendar
}

// coverage is what CodeAmpleur learns of the bodies of a project: the
// population they cover, the populations that are missing, and the invalid
// facts.
type coverage struct {
	covered        int  // the populations given, those of partners aside
	saturated      bool // covered stopped at math.MaxInt
	leadMissing    bool // the lead's population counts and is not given
	membersMissing int  // how many members' populations count and are not given
	invalid        int  // how many facts are invalid
	first          badFact
}

// badFact is the first invalid fact that CodeAmpleur found: an unknown kind,
// a negative population, a member that repeats an earlier body, or an
// invalid answer to Departement.
type badFact struct {
	what   int // badKind, badPopulation, badTwin or badDepartement; 0 for none
	member int // the member whose fact it is; -1 for the lead
	of     int // for badTwin, the body it repeats: -1 for the lead
}

// The invalid facts that CodeAmpleur reads, in the order of their fields.
const (
	badKind = iota + 1
	badPopulation
	badTwin
	badDepartement
)

// badItem is the first unknown value of a list, and how many there are.
type badItem struct {
	at, count int
}

// rare holds the facts that the wording quotes only in rare cases — invalid
// values, missing populations, a saturated sum — copied out of the project
// once for all the criteria of a check; or what a criterion decoded from
// JSON holds.
type rare struct {
	cover       coverage
	leadKind    Kind   // the lead's kind, verbatim
	badKind     Kind   // the kind that cover.first names, verbatim
	badValue    int    // the population or answer that cover.first names
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
			sv.themes = sv.themes.addIndex(k)
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

// facts returns the rare facts of p, which sv surveyed, copying them out on
// the first call.
func (sv *survey) facts(p *Project) *rare {
	if sv.rare == nil {
		r := &rare{cover: sv.cover, leadKind: p.Lead.Kind, departement: p.Departement, sharedNeed: p.SharedNeed, badTheme: sv.badTheme, badPract: sv.badPract}
		if f := sv.cover.first; f.what == badKind || f.what == badPopulation {
			body := p.Lead
			if f.member >= 0 {
				body = p.Members[f.member]
			}
			r.badKind, r.badValue = body.Kind, body.Population
		}
		if sv.badTheme.count > 0 {
			r.theme = p.Themes[sv.badTheme.at]
		}
		if sv.badPract.count > 0 {
			r.practice = p.Practices[sv.badPract.at]
		}
		sv.rare = r
	}
	return sv.rare
}

// judge appends to crits the criteria of p under the rules of s, in the
// order of the Code constants, and returns them with the facts found
// missing.
//
// Each rule writes its criterion in place, in crits' room, which holds
// s.criteria() more: a criterion is not copied once judged.
func (s *session) judge(p *Project, sv *survey, crits []Criterion) ([]Criterion, fact) {
	r := &s.def.Rules
	var missing fact
	next := func(code string) *Criterion {
		crits = crits[:len(crits)+1]
		c := &crits[len(crits)-1]
		c.Code, c.session = code, s
		return c
	}
	missing |= s.demandeur(next(CodeDemandeur), p, sv)
	if r.Threshold > 0 {
		missing |= ampleur(next(CodeAmpleur), p, sv, r.Threshold)
	}
	if r.SharedNeed {
		missing |= besoinCommun(next(CodeBesoinCommun), p, sv)
	}
	if len(r.Themes) > 0 || len(r.ExcludedThemes) > 0 {
		missing |= thematique(next(CodeThematique), p, sv)
	}
	if len(r.Practices) > 0 {
		missing |= bonnesPratiques(next(CodeBonnesPratiques), p, sv)
	}
	if r.ResultsWithin > 0 {
		missing |= resultats(next(CodeResultats), p, sv, r.ResultsWithin)
	}
	return crits, missing
}

// demandeur judges CodeDemandeur.
func (s *session) demandeur(c *Criterion, p *Project, sv *survey) fact {
	c.kind = sv.kind
	k := p.Lead.Kind
	switch {
	case k == "":
		c.Outcome, c.branch = Unknown, demandeurAPreciser
		return factLeadKind
	case sv.kind == unknownKind:
		c.Outcome, c.branch, c.rare = NotMet, demandeurInvalide, sv.facts(p)
	case s.applicants.has(sv.kind):
		c.Outcome, c.branch = Met, demandeurAdmis
	default:
		c.Outcome, c.branch = NotMet, demandeurNonAdmis
	}
	return 0
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
// population does not count again.
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
		cv.covered, cv.saturated = addPopulation(0, lead.Population)
	}
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
		switch n := m.Population; {
		case n == 0:
			cv.membersMissing++
		case n < 0:
			cv.bad(badPopulation, i)
		default:
			cv.covered, s = addPopulation(cv.covered, n)
			cv.saturated = cv.saturated || s
		}
	}
	if !p.Departement.IsValid() {
		cv.bad(badDepartement, -1)
	}
	return cv
}

// ampleur judges CodeAmpleur against threshold.
func ampleur(c *Criterion, p *Project, sv *survey, threshold int) fact {
	cv := &sv.cover
	c.kind, c.covered = sv.kind, cv.covered
	if cv.saturated {
		c.rare = sv.facts(p)
	}
	switch k := p.Lead.Kind; {
	case cv.invalid > 0:
		c.Outcome, c.branch, c.rare = NotMet, ampleurInvalide, sv.facts(p)
		return 0
	case k == Departement || k == Region:
		c.Outcome, c.branch = Met, ampleurPorteur
		return 0
	case p.Departement == Yes:
		c.Outcome, c.branch = Met, ampleurDepartement
		return 0
	case cv.covered >= threshold:
		c.Outcome, c.branch = Met, ampleurAtteinte
		return 0
	}
	var missing fact
	if p.Lead.Kind == "" {
		missing |= factLeadKind
	}
	if cv.leadMissing {
		missing |= factLeadPopulation
	}
	if cv.membersMissing > 0 {
		missing |= factMembers
	}
	if p.Departement == Unanswered {
		missing |= factDepartement
	}
	if missing == 0 {
		c.Outcome, c.branch = NotMet, ampleurInsuffisante
		return 0
	}
	c.Outcome, c.branch, c.rare = Unknown, ampleurAPreciser, sv.facts(p)
	return missing
}

// besoinCommun judges CodeBesoinCommun.
func besoinCommun(c *Criterion, p *Project, sv *survey) fact {
	switch p.SharedNeed {
	case Yes:
		c.Outcome, c.branch = Met, besoinPartage
	case No:
		c.Outcome, c.branch = NotMet, besoinPropre
	case Unanswered:
		c.Outcome, c.branch = Unknown, besoinAPreciser
		return factSharedNeed
	default:
		c.Outcome, c.branch, c.rare = NotMet, besoinInvalide, sv.facts(p)
	}
	return 0
}

// thematique judges CodeThematique: a theme of the project is funded
// (r.Themes, or any when it is empty) and not excluded.
func thematique(c *Criterion, p *Project, sv *survey) fact {
	switch {
	case len(p.Themes) == 0:
		c.Outcome, c.branch = Unknown, themesAPreciser
		return factThemes
	case sv.badTheme.count > 0:
		c.Outcome, c.branch, c.rare = NotMet, themeInvalide, sv.facts(p)
		return 0
	}
	c.themes = sv.themes
	s, projectThemes := c.session, sv.themes.set()
	excluded := projectThemes&s.excluded != 0
	funded := projectThemes&s.funded != 0 // New refuses a theme both funded and excluded
	if s.funded == 0 {
		funded = projectThemes&^s.excluded != 0
	}
	switch {
	case funded && excluded:
		c.Outcome, c.branch = Met, themeFinancePartExclue
	case funded:
		c.Outcome, c.branch = Met, themeFinance
	case excluded && s.funded == 0:
		c.Outcome, c.branch = NotMet, themeExclu
	default:
		c.Outcome, c.branch = NotMet, themeNonFinance
	}
	return 0
}

// contains reports whether list holds v.
func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// bonnesPratiques judges CodeBonnesPratiques against the practices
// required.
func bonnesPratiques(c *Criterion, p *Project, sv *survey) fact {
	required := c.session.required
	switch {
	case len(p.Practices) == 0:
		c.lacking = required
		c.Outcome, c.branch = Unknown, pratiquesAPreciser
		return factPractices
	case sv.badPract.count > 0:
		c.Outcome, c.branch, c.rare = NotMet, pratiqueInvalide, sv.facts(p)
		return 0
	}
	c.lacking = required &^ sv.practices
	if c.lacking == 0 {
		c.Outcome, c.branch = Met, pratiquesTenues
	} else {
		c.Outcome, c.branch = NotMet, pratiquesManquantes
	}
	return 0
}

// resultats judges CodeResultats: the results are due no later than months
// after the start ([calendar.Date.AddMonths]), and not before it.
func resultats(c *Criterion, p *Project, sv *survey, months int) fact {
	start, results := p.Start, p.Results
	c.start, c.results = start, results
	switch {
	case start.IsZero() && results.IsZero():
		c.Outcome, c.branch = Unknown, datesAPreciser
		return factStart | factResults
	case start.IsZero():
		c.Outcome, c.branch = Unknown, debutAPreciser
		return factStart
	case results.IsZero():
		c.Outcome, c.branch = Unknown, resultatsAPreciser
		return factResults
	}
	if sv.months != months || sv.limit.IsZero() {
		sv.months, sv.limit, sv.outside = months, start.AddMonths(months), c.session.lastStart.Before(start)
	}
	switch {
	case results.Before(start):
		c.Outcome, c.branch = NotMet, avantLeDebut
	case sv.outside:
		c.Outcome, c.branch = Met, limiteHorsCalendrier
	case results.After(sv.limit):
		c.Outcome, c.branch = NotMet, horsDelai
	default:
		c.Outcome, c.branch = Met, dansLeDelai
	}
	return 0
}

// beyondCalendar reports whether months after start fall beyond the last
// day that [calendar.Date] holds, 31 December 9999, where
// [calendar.Date.AddMonths] stops: the limit is then no date of the
// calendar, and every date is within it.
func beyondCalendar(start calendar.Date, months int) bool {
	return lastStart(months).Before(start)
}

// lastStart returns the last start whose limit, months later, is a date of
// the calendar: 30 June 9998 for 18 months. A day after it, the limit would
// fall beyond 31 December 9999 (AddMonths clamps a day that the month
// lacks, and 31 December is the last of its month).
func lastStart(months int) calendar.Date {
	const last = 9999 * 12 // the months from January of year 1 to December 9999, less one
	if months > last-1 {
		return calendar.Date{} // before every day: every start is beyond
	}
	return lastDay.AddMonths(-months)
}

// verdictOf returns the verdict that criteria imply: Ineligible if any is
// NotMet, else Undetermined if any is Unknown, else Eligible.
func verdictOf(criteria []Criterion) Verdict {
	v := Eligible
	for _, c := range criteria {
		switch c.Outcome {
		case NotMet:
			return Ineligible
		case Met:
		default:
			v = Undetermined
		}
	}
	return v
}
