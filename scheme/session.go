package scheme

import (
	"slices"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
)

// Session is one session (call, round) of a scheme, with its own calendar,
// funding and rules: the « 2e session » of the axis-2 calls took projects
// from 8 October to 22 November 2021, paid 75 % and lowered the scale
// threshold to 300 000 inhabitants.
//
// Session is an immutable handle into its [Scheme]: cheap to copy, safe to
// share and to use from any number of goroutines; its accessors hand out
// copies. == reports whether two Sessions are the same session of the same
// built scheme.
//
// The zero value is no session: [Session.IsZero] reports true; it has no
// calendar (never open: [calendar.Closed]), the zero funding policy and the
// zero [Rules], under which no kind of body may lead a project.
//
// In JSON a Session is a reference, {"scheme", "id", "name"}, which decodes
// to the catalogue's session of those IDs and that name; a reference of
// another name, such as that of a what-if's session under a catalogue ID, is
// refused ([Session.UnmarshalJSON]). The zero Session is null.
type Session struct {
	s *session
}

// session is a session of a built scheme, with its calendars worked out.
type session struct {
	scheme *built
	def    *SessionDefinition // in scheme.def.Sessions
	// versions are the calendar as first published, then each revision, in
	// the order of publication; the first has the zero publication date.
	versions []version
	// What judging reads of the rules, worked out once: their lists as
	// sets, the number of criteria they ask for, and the last start whose
	// results limit is a date of the calendar.
	applicants       kindSet
	funded, excluded themeSet
	required         practiceSet
	criteria         int
	lastStart        calendar.Date
}

// version is a calendar in force from the day it was published, with the
// window of its intake phase.
type version struct {
	index     int // 0 for the calendar as first published, k for Revisions[k-1]
	published calendar.Date
	calendar  calendar.Calendar
	intake    calendar.Window
}

// newSession returns session i of b.
func newSession(b *built, i int) session {
	def := &b.def.Sessions[i]
	r := &def.Rules
	s := session{scheme: b, def: def, versions: make([]version, 1+len(def.Revisions)),
		applicants: setOf[kindSet](kinds, r.Applicants),
		funded:     setOf[themeSet](themes, r.Themes), excluded: setOf[themeSet](themes, r.ExcludedThemes),
		required: setOf[practiceSet](practices, r.Practices),
	}
	s.criteria = s.countCriteria()
	if r.ResultsWithin > 0 {
		s.lastStart = lastStart(r.ResultsWithin)
	}
	s.versions[0] = version{calendar: def.Calendar, intake: intakeOf(def.Calendar, def.Intake)}
	for k, r := range def.Revisions {
		s.versions[1+k] = version{index: 1 + k, published: r.Published, calendar: r.Calendar, intake: intakeOf(r.Calendar, def.Intake)}
	}
	return s
}

// versionOn returns the calendar in force on d: the latest published on or
// before d; the first for an earlier or the zero date.
func (s *session) versionOn(d calendar.Date) *version {
	v := &s.versions[0]
	for k := 1; k < len(s.versions); k++ {
		if s.versions[k].published.After(d) {
			break
		}
		v = &s.versions[k]
	}
	return v
}

// noSession stands for the zero Session: no calendar, the zero policy and
// the zero Rules, in a scheme without ID. It is never changed.
var noSession = &session{scheme: &built{}, def: &SessionDefinition{}, versions: []version{{}}, criteria: 1}

// get returns what s is a handle on: noSession for the zero Session.
func (s Session) get() *session {
	if s.s == nil {
		return noSession
	}
	return s.s
}

// IsZero reports whether s is the zero Session.
func (s Session) IsZero() bool { return s.s == nil }

// ID returns the session's stable slug within its scheme: "session-2".
func (s Session) ID() string {
	return s.get().def.ID
}

// Name returns the session's name in French: « 2e session ».
func (s Session) Name() string {
	return s.get().def.Name
}

// Announced returns the day the session and its rules were made public,
// as its definition gives it; the zero Date when not given, and for the
// zero Session.
func (s Session) Announced() calendar.Date {
	return s.get().def.Announced
}

// FundingNote returns what of the session's funding is the library's
// choice, in French, as its definition says it: « Taux de 75 %, celui de
// l’appel « Coopération », seul publié, et dépenses exclues de la 1re
// session : choix de la bibliothèque »; "" when every figure is on record,
// and for the zero Session.
func (s Session) FundingNote() string {
	return s.get().def.FundingNote
}

// Scheme returns the ID of the session's scheme.
func (s Session) Scheme() ID {
	return s.get().scheme.def.ID
}

// Intake returns the ID of the phase in which projects are submitted:
// "candidatures", "recueil".
func (s Session) Intake() string {
	return s.get().def.Intake
}

// Calendar returns the session's latest calendar: the last revision, or
// the calendar as first published when there is none. It is for history;
// what applies on a date is [Session.CalendarOn]. The calendar's phases are a
// new slice.
func (s Session) Calendar() calendar.Calendar {
	v := s.get().versions
	return cloneCalendar(v[len(v)-1].calendar)
}

// CalendarOn returns the session's calendar as published on d: the latest
// revision published on or before d, or the calendar as first published for
// an earlier or the zero date. Its phases are a new slice.
func (s Session) CalendarOn(d calendar.Date) calendar.Calendar {
	return cloneCalendar(s.get().versionOn(d).calendar)
}

// Revisions returns the calendars that replaced the first one, in the order
// of publication, as deep copies; nil when there is none.
func (s Session) Revisions() []Revision {
	return s.get().def.clone().Revisions
}

// RevisionOn returns the revision of the calendar in force on d, and true;
// or the zero Revision and false when the calendar in force on d is the one
// first published. The revision's phases are a new slice.
func (s Session) RevisionOn(d calendar.Date) (Revision, bool) {
	se := s.get()
	v := se.versionOn(d)
	if v == &se.versions[0] {
		return Revision{}, false
	}
	r := se.def.Revisions[v.index-1]
	r.Calendar = cloneCalendar(r.Calendar)
	return r, true
}

// Status returns where d stands with respect to the session's intake, in
// the calendar as published on d: [calendar.Upcoming] before its first day,
// [calendar.Open] on its days, [calendar.Closed] after — whatever later step
// is in progress. The zero Session is Closed on every date.
func (s Session) Status(d calendar.Date) calendar.Status {
	return s.get().versionOn(d).intake.Status(d)
}

// IntakeOn returns the intake phase as published on d; the zero Phase for
// the zero Session. It does not allocate.
func (s Session) IntakeOn(d calendar.Date) calendar.Phase {
	se := s.get()
	p, _ := se.versionOn(d).calendar.Phase(se.def.Intake)
	return p
}

// PhaseOn returns the phase whose ID is id in the calendar as published on d
// ([Session.CalendarOn]), and true; or the zero Phase and false when that
// calendar has no such phase, and for the zero Session. It does not
// allocate: it is how a caller checks many dated items against the step in
// force on each one's date without copying the calendar. In the
// Incubateur's consultation, PhaseOn("vote", d) is 15 March – 15 April 2021
// for a d before 19 March 2021, and 1 April – 1 May 2021 from that day on.
func (s Session) PhaseOn(id string, d calendar.Date) (calendar.Phase, bool) {
	return s.get().versionOn(d).calendar.Phase(id)
}

// Current returns the step in progress on d in the calendar as published on
// d ([calendar.Calendar.Current]), and true; or the zero Phase and false when
// no step is open on d. It does not allocate.
func (s Session) Current(d calendar.Date) (calendar.Phase, bool) {
	return s.get().versionOn(d).calendar.Current(d)
}

// Funding returns the session's funding policy; its excluded categories are
// a new slice.
func (s Session) Funding() cost.Policy {
	f := s.get().def.Funding
	f.Excluded = cloneSlice(f.Excluded)
	return f
}

// Rules returns the session's rules, as a deep copy.
func (s Session) Rules() Rules {
	return s.get().def.Rules.clone()
}

// Definition returns the session's definition, as a deep copy.
func (s Session) Definition() SessionDefinition {
	return s.get().def.clone()
}

// Admits reports whether a body of kind k may lead a project in s: whether k
// is one of its Rules' Applicants. The zero Kind is never admitted.
func (s Session) Admits(k Kind) bool {
	return k != "" && slices.Contains(s.get().def.Rules.Applicants, k)
}

// Cofinance computes what the session's policy pays for b:
// [cost.Cofinance] with [Session.Funding].
func (s Session) Cofinance(b cost.Budget) (cost.Result, error) {
	return cost.Cofinance(b, s.get().def.Funding)
}

// String returns the session's scheme and ID, "donnees/session-2", for logs;
// "" for the zero Session.
func (s Session) String() string {
	if s.s == nil {
		return ""
	}
	return string(s.Scheme()) + "/" + s.ID()
}
