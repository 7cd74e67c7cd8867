package scheme

import (
	"strconv"
	"strings"
)

// ID identifies a scheme by a stable ASCII slug, for JSON, logs and URLs:
// one of the constants below for the schemes of the catalogue.
//
// ID is a string type; == compares IDs and an ID may be used as a map key.
// The zero value, "", names no scheme. An ID marshals as its plain string,
// whatever it is, so that an application may store its own schemes too;
// [ParseID] and [Get] refuse the IDs that are not in the catalogue.
type ID string

// The schemes of the catalogue, in the order of [All].
const (
	Incubateur      ID = "incubateur-territoires" // axis 1, ANCT: the Incubateur des Territoires' national consultation
	ServicesUsagers ID = "services-usagers"       // axis 2, DINUM: dematerialised services to users
	Donnees         ID = "donnees"                // axis 2, DINUM: better use of data
	Cooperation     ID = "cooperation"            // axis 2, DINUM: cooperation with partners and users
)

// IDs returns the ID of every scheme of the catalogue, in the order of
// [All]. The slice is new on every call: the caller may modify it.
func IDs() []ID {
	ids := make([]ID, len(catalogue))
	for i := range catalogue {
		ids[i] = catalogue[i].ID
	}
	return ids
}

// ParseID returns the ID whose slug is s, such as "donnees". It returns an
// error wrapping [ErrUnknownScheme], which quotes s, when no scheme of the
// catalogue has that ID.
func ParseID(s string) (ID, error) {
	for i := range catalogue {
		if id := catalogue[i].ID; string(id) == s {
			return id, nil
		}
	}
	return "", unknownScheme("parse id", s)
}

// unknownScheme returns the error of operation op on an id that is not in the
// catalogue; it lists the IDs of the catalogue, in order.
func unknownScheme(op, id string) error {
	var b strings.Builder
	b.WriteString("scheme: " + op + " " + strconv.Quote(id) + ": " + ErrUnknownScheme.Error() + ": want ")
	for i := range catalogue {
		switch {
		case i == 0:
		case i == len(catalogue)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(string(catalogue[i].ID))
	}
	return &wrapError{msg: b.String(), err: ErrUnknownScheme}
}

// Scheme is a funding scheme of the strand, such as « Meilleur usage des
// données »: what it funds, who runs it, what the State brings besides money,
// and its sessions, each with its calendar and rules.
//
// Scheme is a value type that holds slices: copying a Scheme shares its
// examples, support and sessions, and == does not apply to it. Its methods
// never modify it, and it is safe for concurrent use as long as no one writes
// to it. The schemes of the catalogue, from [All] and [Get], are deep copies
// that belong to the caller: changing one changes nothing for anyone else.
//
// The zero value is a scheme without sessions: [Scheme.SessionOn] returns the
// zero [Session] for it, under whose rules no kind of body may apply.
type Scheme struct {
	// ID identifies the scheme: "donnees".
	ID ID `json:"id"`
	// Name is the scheme's name, in French: « Meilleur usage des données ».
	Name string `json:"name"`
	// Summary says what the scheme funds, in French, in the words of the
	// texts.
	Summary string `json:"summary"`
	// Operator is the administration that runs the scheme: "ANCT" or
	// "DINUM".
	Operator string `json:"operator"`
	// Examples are projects the texts give as examples, in French.
	Examples []string `json:"examples"`
	// Support is what the State brings besides money, in French, such as
	// « Ingénierie fournie par l'État »; nil when nothing.
	Support []string `json:"support"`
	// Sessions are the scheme's sessions (calls), in date order.
	Sessions []Session `json:"sessions"`
}

// All returns every scheme of the catalogue, in the order of [IDs]:
// incubateur-territoires, services-usagers, donnees, cooperation. The schemes
// are deep copies made on every call — slices, sessions, calendars' phases
// and policies' excluded categories included — so the caller may modify them
// freely: the next call returns the catalogue unchanged. The copy takes one
// allocation.
func All() []Scheme {
	return cloneSchemes(catalogue[:])
}

// Get returns the scheme of the catalogue whose ID is id, as a deep copy
// like those of [All]. It returns an error wrapping [ErrUnknownScheme], which
// quotes id, when there is none.
func Get(id ID) (Scheme, error) {
	for i := range catalogue {
		if catalogue[i].ID == id {
			return cloneSchemes(catalogue[i : i+1])[0], nil
		}
	}
	return Scheme{}, unknownScheme("get", string(id))
}

// Session returns the session of s whose Name is name, such as "2e session",
// and true; or the zero Session and false when there is none. The Session
// shares its slices with s.
func (s Scheme) Session(name string) (Session, bool) {
	for _, se := range s.Sessions {
		if se.Name == name {
			return se, true
		}
	}
	return Session{}, false
}
