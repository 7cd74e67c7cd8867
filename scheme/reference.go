package scheme

import "github.com/planrelance/numerique/internal/quote"

// This file resolves the references by which JSON names a scheme or a
// session without its definition — an ID and a name — as the JSON of a
// Session does, and that of an option of package relance. The name is part
// of the reference: a what-if built from a catalogue definition may keep
// the catalogue's ID, and its rules are not the catalogue's, so that a
// reference whose name is not that of the scheme or session of its ID is
// refused, never read as it.

// Resolve returns the scheme of the catalogue that a reference names by its
// ID and its name: the scheme whose ID is id, which must be named name. It
// returns an error wrapping [ErrUnknownScheme] when the catalogue has no
// scheme id, and one wrapping [ErrNameMismatch], which quotes both names,
// when that scheme is named otherwise:
//
//	scheme: resolve scheme "donnees": name "Fonds régional": name mismatch: the scheme is named "Meilleur usage des données"
//
// It does not allocate when it finds the scheme.
func Resolve(id ID, name string) (Scheme, error) {
	s, ok := lookup(id)
	if !ok {
		return Scheme{}, unknownScheme("resolve scheme", string(id))
	}
	if name != s.Name() {
		return Scheme{}, nameMismatch("scheme: resolve scheme "+quote.Input(string(id)), "scheme", name, s.Name())
	}
	return s, nil
}

// ResolveSession returns the session of s that a reference names by its ID
// and its name: the session whose ID is id, which must be named name — for
// a scheme of the catalogue as for one built by [New]. It returns an error
// wrapping [ErrUnknownScheme] when s has no session id, and one wrapping
// [ErrNameMismatch], which quotes both names, when that session is named
// otherwise:
//
//	scheme: resolve session "session-1" of "donnees": name "Session hypothétique": name mismatch: the session is named "1re session"
//
// It does not allocate when it finds the session.
func (s Scheme) ResolveSession(id, name string) (Session, error) {
	return s.resolveSession("resolve session", id, name)
}

// resolveSession is ResolveSession, its errors naming the operation op.
func (s Scheme) resolveSession(op, id, name string) (Session, error) {
	se, ok := s.Session(id)
	switch {
	case !ok:
		return Session{}, &wrapError{msg: sessionHead(op, s.ID(), id) + ": " + ErrUnknownScheme.Error() + ": no such session", err: ErrUnknownScheme}
	case name != se.Name():
		return Session{}, nameMismatch(sessionHead(op, s.ID(), id), "session", name, se.Name())
	}
	return se, nil
}

// sessionHead returns the head of the message of an error of operation op
// on the session id of scheme: `scheme: OP "session-1" of "donnees"`.
func sessionHead(op string, scheme ID, id string) string {
	return "scheme: " + op + " " + quote.Input(id) + " of " + quote.Input(string(scheme))
}

// nameMismatch returns the error of a reference, its message starting with
// head, that names a scheme or a session (what) as name, which is named
// want.
func nameMismatch(head, what, name, want string) error {
	return &wrapError{
		msg: head + ": name " + quote.Input(name) + ": " + ErrNameMismatch.Error() + ": the " + what + " is named " + quote.Input(want),
		err: ErrNameMismatch,
	}
}
