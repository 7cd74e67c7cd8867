package scheme

import "github.com/planrelance/numerique/calendar"

// Check judges p by the rules of s, and returns the verdict with the
// criteria that decided it. It judges these criteria, in this order, each
// only where the session's [Rules] ask for it:
//   - [CodeDemandeur], always: the lead's kind is one of Rules.Applicants.
//     Unknown when Lead.Kind is empty; NotMet for an unknown kind.
//   - [CodeAmpleur], when Rules.Threshold is above 0: Met when the lead is a
//     département or a région, or p.Departement is Yes, or the population
//     covered by the lead and the members reaches the threshold (reaching
//     it exactly counts); NotMet when none of these can hold; Unknown
//     otherwise. The covered population counts each inhabitant once: it
//     adds the populations given, each body once, those of partners
//     ([Partenaire]) aside, saturating instead of overflowing, and
//     subtracts p.Overlap, the inhabitants that the bodies' territories
//     share. When only the population can still decide and it falls short,
//     the criterion's facts and reason say how many inhabitants are lacking
//     ([Facts.Shortfall]). NotMet, whatever the rest, for an invalid fact
//     among those it reads: an unknown kind of the lead or of a member, a
//     negative population, an invalid answer to p.Departement, an overlap
//     that is negative or above the sum of the populations given.
//   - [CodeBesoinCommun], when Rules.SharedNeed is set: p.SharedNeed is Yes;
//     No is NotMet, Unanswered Unknown; NotMet for an invalid answer.
//   - [CodeThematique], when Rules.Themes or Rules.ExcludedThemes is not
//     empty: Met when a theme of the project is funded (among Rules.Themes,
//     or any when it is empty) and not excluded; a mixed list, such as
//     services and infrastructure where infrastructure is excluded, is Met
//     on its other themes, and the reason names the excluded part. Unknown
//     when p.Themes is empty; NotMet, whatever the rest, when a theme is
//     unknown.
//   - [CodeBonnesPratiques], when Rules.Practices is not empty: p.Practices
//     holds every one of them; NotMet names those lacking; Unknown when
//     p.Practices is empty; NotMet, whatever the rest, when a practice is
//     unknown.
//   - [CodeResultats], when Rules.ResultsWithin is above 0: p.Results is no
//     later than that many months after p.Start ([calendar.Date.AddMonths]),
//     and not before it; Unknown when either date is zero.
//   - [CodeCommencement], when Rules.StartAfterRequest is set: p.Start is on
//     or after the day the grant request is received, p.Requested, or the
//     day of the check when p.Requested is zero (décret n° 2018-514 du
//     25 juin 2018, art. 5, II: « Aucun commencement d'exécution du projet
//     ne peut être opéré avant la date de réception de la demande de
//     subvention »); NotMet when it is before, and the reason quotes both
//     days and the text; Unknown when p.Start is zero, or when the check
//     has no day — Check has none, [Session.CheckOn] and [Scheme.Check] do
//     — and p.Requested is zero. The decree's exception for a project
//     within a programme co-financed by the European Union (its III), which
//     may start earlier where EU rules allow, is not modelled: a Project
//     says nothing of such a programme, and the axis-2 calls are State
//     grants.
//
// A criterion is Unknown only when a fact it needs was not given — an empty
// Kind or list, a population of 0, an unanswered question, a zero date —
// never as a default for "no"; an invalid fact makes its criterion NotMet,
// and its reason quotes the value. The verdict is Ineligible if any
// criterion is NotMet, else Undetermined if any is Unknown, else Eligible.
// Eligibility.Missing lists, by Go field path and in the order of the
// criteria, each fact that would settle an Unknown criterion, once.
//
// Check never fails and never panics: it judges whatever it is given, valid
// or not (use [Project.Validate] to find invalid facts). It does not look at
// p.Budget, whose funding is [Session.Cofinance]'s job, nor at whether the
// session is open. It builds no text: the criteria hold figures, which
// [Criterion.Reason] words on demand. It allocates once for the criteria;
// once for the facts beyond their own fields that some reasons quote (an
// invalid value, missing populations, a saturated sum, an overlap); once for
// the missing facts when some are, once more for the paths of members, and,
// past 16 members, once to find those given twice.
func (s Session) Check(p Project) Eligibility {
	return s.CheckOn(p, calendar.Date{})
}

// CheckOn is [Session.Check] with d as the day of the check: the day the
// grant request is taken to be received when p.Requested is zero, which
// [CodeCommencement] compares with p.Start. The zero d is no day, as in
// Check.
func (s Session) CheckOn(p Project, d calendar.Date) Eligibility {
	var room [1]Eligibility
	return AppendCheckOn(room[:0], p, d, s)[0]
}

// AppendCheck judges p by the rules of each of sessions, as [Session.Check]
// does, without a day, appends the eligibilities to dst in the order of
// sessions, and returns the extended slice. It is [AppendCheckOn] with the
// zero day.
func AppendCheck(dst []Eligibility, p Project, sessions ...Session) []Eligibility {
	return AppendCheckOn(dst, p, calendar.Date{}, sessions...)
}

// AppendCheckOn judges p by the rules of each of sessions, as
// [Session.CheckOn] does with d as the day of the check, appends the
// eligibilities to dst in the order of sessions, and returns the extended
// slice. The project is surveyed once for all the sessions, their criteria
// share one array and their missing facts another: to judge a project
// against several sessions, it allocates as one check does, plus dst's
// growth.
func AppendCheckOn(dst []Eligibility, p Project, d calendar.Date, sessions ...Session) []Eligibility {
	n, scale := 0, false
	for _, s := range sessions {
		n += s.get().criteria
		scale = scale || s.get().def.Rules.Threshold > 0
	}
	sv := newSurvey(&p, scale)
	sv.day = d
	crits := make([]Criterion, 0, n)
	// The facts each session found missing: on the stack for up to 8
	// sessions.
	var room [8]fact
	missing := room[:0]
	from := len(dst)
	paths := 0
	for _, s := range sessions {
		se := s.get()
		start := len(crits)
		var m fact
		crits, m = se.judge(&p, &sv, crits)
		own := crits[start:len(crits):len(crits)]
		dst = append(dst, Eligibility{
			Scheme:   se.scheme.def.ID,
			Session:  se.def.ID,
			Verdict:  verdictOf(own),
			Criteria: own,
			session:  se,
		})
		missing = append(missing, m)
		paths += pathCount(m, sv.cover.membersMissing)
	}
	if paths == 0 {
		return dst
	}
	// The missing facts of all the sessions, counted first from each one's
	// set, share one array, and the paths of the members one string
	// (memberText). Against the catalogue, the zero project allocates 4
	// times rather than 19 with a list of paths per session, and a project
	// of 1 000 members, 500 of whose populations are missing, 6 times and
	// 45.6 KB rather than 37 and 100.6 KB (benchstat, -count 6, p = 0.002):
	// it is what holds a check to its budget of allocations whatever the
	// project.
	all := make([]string, 0, paths)
	var members string
	for i, m := range missing {
		if m == 0 {
			continue
		}
		start := len(all)
		all = appendPaths(all, &p, m, &members)
		dst[from+i].Missing = all[start:len(all):len(all)]
	}
	return dst
}

// CheckAll judges p against every scheme of the catalogue, each by the
// rules of its session that applies on the date on, with on as the day of
// the check, and returns one [Eligibility] per scheme, in the order of
// [All]: element i is what All()[i].Check(p, on) returns. It is
// [AppendCheckOn] on those sessions: for an eligible project it allocates
// twice, the eligibilities and their criteria.
func CheckAll(p Project, on calendar.Date) []Eligibility {
	var sessions [len(catalogue)]Session
	for i, s := range catalogue {
		sessions[i] = s.SessionOn(on)
	}
	return AppendCheckOn(make([]Eligibility, 0, len(catalogue)), p, on, sessions[:]...)
}

// countCriteria returns the number of criteria that the rules of s judge.
func (s *session) countCriteria() int {
	r := &s.def.Rules
	n := 1
	for _, asks := range [...]bool{r.Threshold > 0, r.SharedNeed, len(r.Themes)+len(r.ExcludedThemes) > 0, len(r.Practices) > 0, r.ResultsWithin > 0, r.StartAfterRequest} {
		if asks {
			n++
		}
	}
	return n
}
