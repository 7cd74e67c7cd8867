package scheme

import (
	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
)

// Definition is a scheme as plain data: what it funds, who runs it, and its
// sessions, each with its calendar, its funding policy and its rules. [New]
// validates a Definition into a [Scheme]; [Scheme.Definition] gives it back.
// The catalogue's four schemes are Definitions built through New like any
// other: a caller builds its own — a later call, a regional fund, a what-if —
// the same way, without changing the library.
//
// Definition is a plain value type that holds slices: == does not apply to
// it, and copying it shares its slices. New copies what it keeps, so a
// Definition may be changed freely after New returns.
//
// The zero value is no scheme: New refuses it (no ID, no session).
//
// In JSON a Definition is {"id", "name", "summary", "operator", "examples",
// "support", "sessions"}, each session as [SessionDefinition] writes it,
// every list [] when empty ([Definition.MarshalJSON]). It is a document
// people write: decoding it is strict ([Definition.UnmarshalJSON]), an
// unknown or repeated key ("treshold") and a value that no definition can
// hold ("mairie" among the applicants) each an error that names its JSON
// path, and [New] says what else is wrong with it.
type Definition struct {
	// ID identifies the scheme: "donnees", or a caller's own slug.
	ID ID `json:"id"`
	// Name is the scheme's name, in French: « Meilleur usage des données ».
	Name string `json:"name"`
	// Summary says what the scheme funds, in French.
	Summary string `json:"summary"`
	// Operator is the administration that runs the scheme: "DINUM".
	Operator string `json:"operator"`
	// Examples are projects the texts give as examples, in French.
	Examples []string `json:"examples"`
	// Support is what the State brings besides money, in French.
	Support []string `json:"support"`
	// Sessions are the scheme's sessions (calls, rounds), at least one, in
	// the order of their intake's first day.
	Sessions []SessionDefinition `json:"sessions"`
}

// SessionDefinition is one session of a scheme as plain data: its calendar
// as first published and as later revised, the phase in which projects are
// submitted, its funding policy and its rules.
//
// SessionDefinition is a plain value type that holds slices: == does not
// apply to it.
//
// In JSON a SessionDefinition is {"id", "name", "calendar", "revisions",
// "intake", "funding", "rules"}: the calendar as [calendar.Calendar] writes
// it, each revision as [Revision] does, the policy as [cost.Policy] does,
// the rules as [Rules] does.
type SessionDefinition struct {
	// ID is the session's stable slug within its scheme: "session-1",
	// "session-2", "consultation-2021".
	ID string `json:"id"`
	// Name names the session in French: « 1re session », « Consultation
	// nationale 2021 ». The reasons name it after « la », its first
	// letter lowered: « admis à candidater à la 1re session »; give it a
	// name that reads so.
	Name string `json:"name"`
	// Calendar is the session's calendar as first published.
	Calendar calendar.Calendar `json:"calendar"`
	// Announced is the day the session and its rules were made public,
	// when the record gives it; the zero Date when it is not given. Before
	// that day, nobody could know what the library says of the session.
	Announced calendar.Date `json:"announced,omitzero"`
	// Revisions are the later calendars, each dated by its publication, in
	// the order of publication; nil when the calendar never changed.
	Revisions []Revision `json:"revisions"`
	// Intake is the ID of the phase in which projects are submitted, in the
	// calendar and in every revision: "candidatures" for the calls,
	// "recueil" for the Incubateur. Whether a session is open
	// ([Session.Status]) is whether its intake is.
	Intake string `json:"intake"`
	// Funding is how the State co-finances a project in the session.
	Funding cost.Policy `json:"funding"`
	// FundingNote says in French which figures of Funding are the
	// library's choice rather than the texts', printed beside the grant
	// wherever it is told ([Session.FundingNote]); "" when every figure is
	// on record.
	FundingNote string `json:"funding_note,omitempty"`
	// Rules are the session's rules of eligibility.
	Rules Rules `json:"rules"`
}

// Revision is a calendar that replaced a session's calendar from the day it
// was published.
//
// Revision is a plain value type that holds a slice: == does not apply to
// it.
//
// In JSON a Revision is {"published", "calendar", "source"}, the date as
// "2021-03-19".
type Revision struct {
	// Published is the day the calendar was published; from that day on it
	// is the calendar in force ([Session.CalendarOn]).
	Published calendar.Date `json:"published"`
	// Calendar is the revised calendar, whole.
	Calendar calendar.Calendar `json:"calendar"`
	// Source says where the revision is on record: the tags of [Sources],
	// separated by commas ("ANCT-INDEX, ANCT-FAQ"), or free text, which
	// [Cite] words.
	Source string `json:"source"`
}

// Rules are the rules of eligibility of a session, as data: each field that
// is set asks for one criterion ([Session.Check] documents them).
//
// Rules is a plain value type that holds slices: == does not apply to it.
//
// The zero value asks only who may lead, and admits no one.
//
// In JSON Rules are {"applicants", "threshold", "shared_need", "themes",
// "excluded_themes", "practices", "results_within", "start_after_request"},
// the kinds, themes and practices as their slugs, the lists [] when empty
// but "themes", left out when the session funds any theme.
type Rules struct {
	// Applicants are the kinds of bodies that may lead a project
	// ([CodeDemandeur]); at least one.
	Applicants []Kind `json:"applicants"`
	// Threshold is the population at which a project is at scale
	// ([CodeAmpleur]), reached exactly included; 0: no scale rule.
	Threshold int `json:"threshold"`
	// SharedNeed asks that the need be common to other collectivités
	// ([CodeBesoinCommun]).
	SharedNeed bool `json:"shared_need"`
	// Themes are the themes the session funds, any one of which suffices
	// ([CodeThematique]); empty: any theme.
	Themes []Theme `json:"themes,omitempty"`
	// ExcludedThemes are themes out of the session's scope
	// ([CodeThematique]).
	ExcludedThemes []Theme `json:"excluded_themes"`
	// Practices are the good practices a project must commit to, all of them
	// ([CodeBonnesPratiques]).
	Practices []Practice `json:"practices"`
	// ResultsWithin is the number of months from its start within which a
	// project must produce concrete results ([CodeResultats]); 0: no such
	// rule.
	ResultsWithin int `json:"results_within"`
	// StartAfterRequest asks that the project not start before the day its
	// grant request is received ([CodeCommencement]), as décret n° 2018-514
	// du 25 juin 2018, art. 5, II, has it for the State's investment grants:
	// « Aucun commencement d'exécution du projet ne peut être opéré avant la
	// date de réception de la demande de subvention ».
	StartAfterRequest bool `json:"start_after_request"`
}

// clone returns a deep copy of d: no slice of the copy is shared with d, and
// slices that are nil stay nil.
func (d Definition) clone() Definition {
	d.Examples = cloneSlice(d.Examples)
	d.Support = cloneSlice(d.Support)
	d.Sessions = cloneSlice(d.Sessions)
	for i := range d.Sessions {
		d.Sessions[i] = d.Sessions[i].clone()
	}
	return d
}

// clone returns a deep copy of s.
func (s SessionDefinition) clone() SessionDefinition {
	s.Calendar = cloneCalendar(s.Calendar)
	s.Revisions = cloneSlice(s.Revisions)
	for i := range s.Revisions {
		s.Revisions[i].Calendar = cloneCalendar(s.Revisions[i].Calendar)
	}
	s.Funding.Excluded = cloneSlice(s.Funding.Excluded)
	s.Rules = s.Rules.clone()
	return s
}

// clone returns a deep copy of r.
func (r Rules) clone() Rules {
	r.Applicants = cloneSlice(r.Applicants)
	r.Themes = cloneSlice(r.Themes)
	r.ExcludedThemes = cloneSlice(r.ExcludedThemes)
	r.Practices = cloneSlice(r.Practices)
	return r
}

// cloneCalendar returns a copy of c whose phases are its own.
func cloneCalendar(c calendar.Calendar) calendar.Calendar {
	return calendar.Calendar{Phases: cloneSlice(c.Phases)}
}

// cloneSlice returns a copy of s that shares nothing with it; nil for an
// empty s, nil or not: an empty list is no list, so that a definition
// decoded from JSON, where a list is written [] when empty, is the one that
// was encoded.
func cloneSlice[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}
