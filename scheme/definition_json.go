package scheme

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/planrelance/numerique/internal/strictjson"
)

// MarshalJSON implements [json.Marshaler]: a Definition is written with the
// keys that [Definition], [SessionDefinition], [Revision] and [Rules] give,
// every list as [] when empty, never null — but a session's "themes", left
// out when the session funds any theme, since an empty list would mean
// "any". The calendars are written as [calendar.Calendar] writes them, the
// policy as [cost.Policy] does.
func (d Definition) MarshalJSON() ([]byte, error) {
	type plain Definition // without this method
	v := plain(d)
	v.Examples, v.Support = orEmpty(d.Examples), orEmpty(d.Support)
	v.Sessions = make([]SessionDefinition, len(d.Sessions))
	for i, s := range d.Sessions {
		s.Revisions = orEmpty(s.Revisions)
		s.Rules.Applicants = orEmpty(s.Rules.Applicants)
		s.Rules.ExcludedThemes = orEmpty(s.Rules.ExcludedThemes)
		s.Rules.Practices = orEmpty(s.Rules.Practices)
		v.Sessions[i] = s
	}
	return json.Marshal(v)
}

// orEmpty returns s, or an empty slice for a nil s, which JSON writes [].
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads a Definition as
// MarshalJSON writes it, strictly, and reports every problem of the
// document at once ([errors.Join]), each a [*DecodeError] that names its
// JSON path and quotes the value at a bounded length:
//
//	scheme: decode definition: sessions[0].rules.treshold: unknown key: want applicants, threshold, …
//	scheme: decode definition: sessions[0].rules.applicants[2] "mairie": unknown kind: want commune, epci, …
//
// It refuses the document's form — text that is not JSON ([ErrSyntax]), a
// key that the types do not define, spelt exactly ([ErrUnknownKey]), a key
// given twice ([ErrDuplicate]), a value of the wrong kind ([ErrWrongType])
// — and every value that no definition can hold where it stands: what its
// type refuses (a date, a window, a rate, a category, a rounding), and what
// [New] refuses of a single value, each with its [*DefinitionError] inside:
// an ID or a session's ID that is not a lowercase ASCII slug, an unknown
// kind, theme or practice, a negative threshold or number of months.
//
// What New finds between values — no session, two sessions of one ID,
// sessions out of order, an intake that names no phase, a calendar or a
// policy that does not hold together, revisions out of order, no
// applicant, a value given twice in a list, a theme both funded and
// excluded — is left to New, which [Scheme.UnmarshalJSON] calls and which
// reports it with JSON paths too: a Definition is plain data, which may be
// decoded, changed and built later.
//
// An empty list decodes as nil, no list, as New keeps it, so that a
// Definition decodes to what [Scheme.Definition] gives. As with
// encoding/json, a key absent, or given as null, leaves its field as d held
// it (null makes a list nil), and a list given replaces d's whole: nothing
// that d shares is written to. JSON null, and nil data, leave d unchanged;
// so does an error.
func (d *Definition) UnmarshalJSON(data []byte) error {
	if data == nil || isNull(data) {
		return nil
	}
	v, err := decodeDefinition(data, *d, "decode definition", false)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// definitionFields is a Definition without its methods, which strictjson
// decodes field by field.
type definitionFields Definition

// decodeDefinition decodes data, which is not null, into a copy of def, as
// op: the problems of single values only, or, with all, every problem that
// New finds. The definition it returns is New's copy of it, empty lists
// made nil.
func decodeDefinition(data []byte, def Definition, op string, all bool) (Definition, error) {
	v := definitionFields(def)
	d := decoding{op: op}
	if !d.strict(strictjson.Decode(data, &v, strictjson.Options{Verbatim: definitionEnum}), nil) {
		return Definition{}, d.err()
	}
	def = Definition(v).clone()
	for _, e := range validate(&def) {
		if de, ok := e.(*DefinitionError); ok && (all || de.single()) {
			d.valid(reflect.TypeFor[Definition](), de.Path, de.Value, de)
		}
	}
	return def, d.err()
}

// definitionEnum reports whether goPath is the Go field path of a kind, a
// theme or a practice in the rules of a session: a value that decoding
// takes as the document writes it, when its type refuses it, so that the
// validation of New says what is wrong with it as with any other value.
func definitionEnum(goPath string) bool {
	_, rest, ok := strings.Cut(goPath, ".Rules.")
	if !ok || !strings.HasPrefix(goPath, "Sessions[") {
		return false
	}
	for _, list := range [...]string{"Applicants[", "Themes[", "ExcludedThemes[", "Practices["} {
		if strings.HasPrefix(rest, list) {
			return true
		}
	}
	return false
}

// single reports whether e is a problem of a single value, which decoding a
// Definition refuses, rather than one between values, which it leaves to
// New.
func (e *DefinitionError) single() bool {
	switch e.Err {
	case errNotSlug, errUnknownKind, errUnknownTheme, errUnknownPractic, errNegative:
		return true
	}
	return false
}
