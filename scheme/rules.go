package scheme

import (
	"github.com/planrelance/numerique/calendar"
)

// This file holds the rules: how each criterion is judged, into figures.
// The French that tells them is in wording.go, and what they read of the
// project in survey.go; no text is built here.

// judge appends to crits the criteria of p under the rules of s, in the
// order of the Code constants, and returns them with the facts found
// missing.
//
// Each rule writes its criterion in place, in crits' room, which holds
// s.criteria() more: a criterion is not copied once judged.
func (s *session) judge(p *Project, sv *survey, crits []Criterion) ([]Criterion, fact) {
	r := &s.def.Rules
	var missing fact
	next := func(code CriterionCode) *Criterion {
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
		missing |= resultats(next(CodeResultats), p, r.ResultsWithin)
	}
	if r.StartAfterRequest {
		missing |= commencement(next(CodeCommencement), p, sv.day)
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
		c.Outcome, c.branch, c.extra = NotMet, demandeurInvalide, sv.facts(p)
	case s.applicants.has(sv.kind):
		c.Outcome, c.branch = Met, demandeurAdmis
	default:
		c.Outcome, c.branch = NotMet, demandeurNonAdmis
	}
	return 0
}

// ampleur judges CodeAmpleur against threshold.
func ampleur(c *Criterion, p *Project, sv *survey, threshold int) fact {
	cv := &sv.cover
	c.kind, c.covered, c.byMembers = sv.kind, cv.covered, cv.byMembers
	if cv.saturated || cv.overlap != 0 { // the reason says so: an overlap of 0 costs nothing
		c.extra = sv.facts(p)
	}
	switch k := p.Lead.Kind; {
	case cv.invalid > 0:
		c.Outcome, c.branch, c.extra = NotMet, ampleurInvalide, sv.facts(p)
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
	c.Outcome, c.branch, c.extra = Unknown, ampleurAPreciser, sv.facts(p)
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
		c.Outcome, c.branch, c.extra = NotMet, besoinInvalide, sv.facts(p)
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
		c.Outcome, c.branch, c.extra = NotMet, themeInvalide, sv.facts(p)
		return 0
	}
	c.themes = sv.themes
	s, projectThemes := c.session, sv.themes
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
		c.Outcome, c.branch, c.extra = NotMet, pratiqueInvalide, sv.facts(p)
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
func resultats(c *Criterion, p *Project, months int) fact {
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
	switch {
	case results.Before(start):
		c.Outcome, c.branch = NotMet, avantLeDebut
	case c.session.lastStart.Before(start): // the limit falls beyond the calendar
		c.Outcome, c.branch = Met, limiteHorsCalendrier
	case results.After(start.AddMonths(months)):
		c.Outcome, c.branch = NotMet, horsDelai
	default:
		c.Outcome, c.branch = Met, dansLeDelai
	}
	return 0
}

// requestSource says where the day that CodeCommencement takes for the
// receipt of the grant request comes from.
type requestSource uint8

// The sources of the day of the request.
const (
	requestGiven      requestSource = iota // Project.Requested
	requestDayOfCheck                      // the day of the check, Project.Requested being zero
	requestOpening                         // the opening of the session's intake, before which no request is received [choice]
)

// commencement judges CodeCommencement: the project starts on or after
// the day its grant request is received (décret n° 2018-514, art. 5, II),
// p.Requested, or day, the day of the check, when p.Requested is zero. A
// start on that very day is no commencement before it. A request is
// received no earlier than the opening of the session's intake, as
// published on the day of the check [choice]: a day of the check before it
// stands for that opening. A day that p.Requested gives is taken as given.
func commencement(c *Criterion, p *Project, day calendar.Date) fact {
	c.start, c.requested = p.Start, p.Requested
	if c.requested.IsZero() && !day.IsZero() {
		c.requested, c.requestFrom = day, requestDayOfCheck
		if opens := c.session.versionOn(day).intake.First(); day.Before(opens) {
			c.requested, c.requestFrom = opens, requestOpening
		}
	}
	switch start, requested := c.start, c.requested; {
	case start.IsZero() && requested.IsZero():
		c.Outcome, c.branch = Unknown, commencementAPreciser
		return factStart | factRequested
	case start.IsZero():
		c.Outcome, c.branch = Unknown, commencementAPreciser
		return factStart
	case requested.IsZero():
		c.Outcome, c.branch = Unknown, demandeAPreciser
		return factRequested
	case start.Before(requested):
		c.Outcome, c.branch = NotMet, avantLaDemande
	case start == requested:
		c.Outcome, c.branch = Met, leJourDeLaDemande
	default:
		c.Outcome, c.branch = Met, apresLaDemande
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
