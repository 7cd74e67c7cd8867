package scheme

import (
	"slices"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
)

// Session is one session (call, round) of a scheme, with its own calendar
// and rules: the « 2e session » of the axis-2 calls ran from 8 October to
// 22 November 2021, paid 75 % and lowered the scale threshold to 300 000
// inhabitants.
//
// Session is a value type that holds slices: copying a Session shares its
// phases, excluded categories, applicants and practices, and == does not
// apply to it. Its methods never modify it, and it is safe for concurrent use
// as long as no one writes to it.
//
// The zero value is a session with no calendar (never open), a zero funding
// policy, no scale rule, no applicant — no kind of body may lead a project —
// and no required practice.
type Session struct {
	// Name names the session in French: « 1re session », « Consultation
	// nationale 2021 ».
	Name string `json:"name"`
	// Calendar holds the session's steps: for a call, a single phase
	// "candidatures"; for the Incubateur's consultation, its four steps.
	Calendar calendar.Calendar `json:"calendar"`
	// Funding is how the State co-finances a project: its rate and the cost
	// categories that do not count.
	Funding cost.Policy `json:"funding"`
	// Threshold is the population that makes a project "at scale" (the
	// [CodeAmpleur] criterion), reached exactly included; 0 means the
	// session has no scale rule.
	Threshold int `json:"threshold"`
	// Applicants are the kinds of bodies that may lead a project (the
	// [CodeDemandeur] criterion).
	Applicants []Kind `json:"applicants"`
	// Practices are the good practices a project must commit to (the
	// [CodeBonnesPratiques] criterion); nil when none is required.
	Practices []Practice `json:"practices"`
}

// Admits reports whether a body of kind k may lead a project in s: whether k
// is one of s.Applicants. The zero Kind is never admitted.
func (s Session) Admits(k Kind) bool {
	return k != "" && slices.Contains(s.Applicants, k)
}

// SessionOn returns the session of s whose rules apply on d:
//   - the session open on d (its calendar's [calendar.Calendar.Window]
//     contains d), or of several, the one that opened last;
//   - else the session that opened last before d (the latest closed one);
//   - else, when d comes before every session, or is the zero Date, the
//     first session.
//
// It returns the zero Session when s has none. The Session shares its slices
// with s.
func (s Scheme) SessionOn(d calendar.Date) Session {
	if len(s.Sessions) == 0 {
		return Session{}
	}
	i := s.sessionOn(d)
	return s.Sessions[i]
}

// sessionOn returns the index in s.Sessions, which is not empty, of
// SessionOn(d).
func (s Scheme) sessionOn(d calendar.Date) int {
	if d.IsZero() {
		return 0
	}
	open, started := -1, -1
	var openFirst, startedFirst calendar.Date
	for i, se := range s.Sessions {
		w := se.Calendar.Window()
		if w.IsZero() || w.First().After(d) {
			continue
		}
		if w.Contains(d) && (open < 0 || !w.First().Before(openFirst)) {
			open, openFirst = i, w.First()
		}
		if started < 0 || !w.First().Before(startedFirst) {
			started, startedFirst = i, w.First()
		}
	}
	switch {
	case open >= 0:
		return open
	case started >= 0:
		return started
	}
	return 0
}
