package scheme

import (
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/quote"
)

// ID identifies a scheme by a stable ASCII slug, for JSON, logs and URLs:
// one of the constants below for the schemes of the catalogue, or a caller's
// own for a scheme it defines ([New]).
//
// ID is a string type; == compares IDs and an ID may be used as a map key.
// The zero value, "", names no scheme. An ID marshals as its plain string,
// whatever it is; [ParseID] and [Get] refuse the IDs that are not in the
// catalogue.
type ID string

// The schemes of the catalogue, in the order of [All].
const (
	Incubateur      ID = "incubateur-territoires" // axis 1, ANCT: the Incubateur des Territoires' national consultation
	ServicesUsagers ID = "services-usagers"       // axis 2, DINUM: dematerialised services to users
	Donnees         ID = "donnees"                // axis 2, DINUM: better use of data
	Cooperation     ID = "cooperation"            // axis 2, DINUM: cooperation with partners and users
)

// Scheme is a funding scheme, such as « Meilleur usage des données »: what it
// funds, who runs it, what the State brings besides money, and its sessions,
// each with its calendar, funding and rules. [New] builds one from a
// [Definition]; the catalogue's are [All] and [Get].
//
// Scheme is an immutable handle, like a [regexp.Regexp]: cheap to copy (a
// pointer inside), safe to share and to use from any number of goroutines.
// Nothing it returns lets a caller change it: its accessors hand out copies.
// == reports whether two Schemes are the same built scheme, so a Scheme may
// be used as a map key; two calls of New on equal Definitions give Schemes
// that are not ==.
//
// The zero value is no scheme: [Scheme.IsZero] reports true, it has no
// session, [Scheme.SessionOn] returns the zero [Session], and every other
// accessor returns a zero value.
//
// A Scheme marshals to JSON as its Definition, and unmarshals through New.
type Scheme struct {
	b *built
}

// built is what New makes of a Definition: the definition, copied, and what
// judging reads of it, worked out once. It never changes.
type built struct {
	def      Definition
	sessions []session
}

// build returns the built form of d, which New validated and copied.
func build(d Definition) *built {
	b := &built{def: d, sessions: make([]session, len(d.Sessions))}
	for i := range b.sessions {
		b.sessions[i] = newSession(b, i)
	}
	return b
}

// noScheme stands for the zero Scheme: no definition, no session. It is
// never changed.
var noScheme = &built{}

// get returns what s is a handle on: noScheme for the zero Scheme.
func (s Scheme) get() *built {
	if s.b == nil {
		return noScheme
	}
	return s.b
}

// IsZero reports whether s is the zero Scheme.
func (s Scheme) IsZero() bool { return s.b == nil }

// ID returns the scheme's ID: "donnees".
func (s Scheme) ID() ID {
	return s.get().def.ID
}

// Name returns the scheme's name in French: « Meilleur usage des données ».
func (s Scheme) Name() string {
	return s.get().def.Name
}

// Summary returns what the scheme funds, in French.
func (s Scheme) Summary() string {
	return s.get().def.Summary
}

// Operator returns the administration that runs the scheme: "ANCT", "DINUM".
func (s Scheme) Operator() string {
	return s.get().def.Operator
}

// Examples returns the projects the texts give as examples, in French, in a
// new slice.
func (s Scheme) Examples() []string {
	return cloneSlice(s.get().def.Examples)
}

// Support returns what the State brings besides money, in French, such as
// « Ingénierie fournie par l’État », in a new slice; nil when nothing.
func (s Scheme) Support() []string {
	return cloneSlice(s.get().def.Support)
}

// Sessions returns the scheme's sessions, in date order, in a new slice; nil
// for the zero Scheme.
func (s Scheme) Sessions() []Session {
	b := s.get()
	if len(b.sessions) == 0 {
		return nil
	}
	out := make([]Session, len(b.sessions))
	for i := range out {
		out[i] = Session{&b.sessions[i]}
	}
	return out
}

// Session returns the session of s whose ID is id, such as "session-2", and
// true; or the zero Session and false when there is none.
func (s Scheme) Session(id string) (Session, bool) {
	b := s.get()
	for i := range b.sessions {
		if se := &b.sessions[i]; se.def.ID == id {
			return Session{se}, true
		}
	}
	return Session{}, false
}

// SessionOn returns the session of s whose rules apply on d, each session's
// intake read in the calendar as published on d ([Session.CalendarOn]):
//   - the session whose intake is open on d, or of several, the one whose
//     intake opened last;
//   - else the session whose intake opened last before d (the latest closed
//     one);
//   - else, when d comes before every intake, or is the zero Date, the first
//     session.
//
// It returns the zero Session for the zero Scheme. It does not allocate.
func (s Scheme) SessionOn(d calendar.Date) Session {
	if s.b == nil {
		return Session{}
	}
	return Session{s.b.sessionOn(d)}
}

// sessionOn returns the session that SessionOn(d) returns.
func (b *built) sessionOn(d calendar.Date) *session {
	if d.IsZero() {
		return &b.sessions[0]
	}
	open, started := -1, -1
	var openFirst, startedFirst calendar.Date
	for i := range b.sessions {
		w := b.sessions[i].versionOn(d).intake
		if w.First().After(d) {
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
		return &b.sessions[open]
	case started >= 0:
		return &b.sessions[started]
	}
	return &b.sessions[0]
}

// Check judges p by the rules of the session that applies on the date on
// ([Scheme.SessionOn]), with on as the day of the check: it is
// [Session.CheckOn] of that session and on.
func (s Scheme) Check(p Project, on calendar.Date) Eligibility {
	return s.SessionOn(on).CheckOn(p, on)
}

// Definition returns the Definition of s, as a deep copy that belongs to the
// caller: change it and call [New] for a what-if. The zero Scheme gives the
// zero Definition.
func (s Scheme) Definition() Definition {
	return s.get().def.clone()
}

// String returns the scheme's ID, for logs.
func (s Scheme) String() string { return string(s.ID()) }

// catalogue holds the schemes of the catalogue, in the order of IDs, built
// once from their definitions (catalogue.go). A Scheme is immutable, so
// handing them out copies nothing deep.
var catalogue = [...]Scheme{
	MustNew(incubateur()),
	MustNew(servicesUsagers()),
	MustNew(donnees()),
	MustNew(cooperation()),
}

// All returns the schemes of the catalogue, in the order of [IDs]:
// incubateur-territoires, services-usagers, donnees, cooperation. The slice
// is new on every call; the Schemes are immutable handles, so nothing deep
// is copied.
func All() []Scheme {
	out := make([]Scheme, len(catalogue))
	copy(out, catalogue[:])
	return out
}

// Get returns the scheme of the catalogue whose ID is id. It returns an
// error wrapping [ErrUnknownScheme], which quotes id, when there is none. It
// does not allocate when it finds the scheme.
func Get(id ID) (Scheme, error) {
	if s, ok := lookup(id); ok {
		return s, nil
	}
	return Scheme{}, unknownScheme("get", string(id))
}

// lookup returns the scheme of the catalogue whose ID is id.
func lookup(id ID) (Scheme, bool) {
	for _, s := range catalogue {
		if s.b.def.ID == id {
			return s, true
		}
	}
	return Scheme{}, false
}

// IDs returns the ID of every scheme of the catalogue, in the order of
// [All]. The slice is new on every call: the caller may modify it.
func IDs() []ID {
	ids := make([]ID, len(catalogue))
	for i, s := range catalogue {
		ids[i] = s.ID()
	}
	return ids
}

// ParseID returns the ID whose slug is s, such as "donnees". It returns an
// error wrapping [ErrUnknownScheme], which quotes s, when no scheme of the
// catalogue has that ID.
func ParseID(s string) (ID, error) {
	if sc, ok := lookup(ID(s)); ok {
		return sc.ID(), nil
	}
	return "", unknownScheme("parse id", s)
}

// unknownScheme returns the error of operation op on an id that is not in the
// catalogue; it lists the IDs of the catalogue, in order.
func unknownScheme(op, id string) error {
	var b strings.Builder
	b.WriteString("scheme: " + op + " " + quote.Input(id) + ": " + ErrUnknownScheme.Error() + ": want ")
	for i, s := range catalogue {
		switch {
		case i == 0:
		case i == len(catalogue)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(string(s.ID()))
	}
	return &wrapError{msg: b.String(), err: ErrUnknownScheme}
}
