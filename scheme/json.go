package scheme

import (
	"encoding/json"

	"github.com/planrelance/numerique/calendar"
)

// MarshalJSON implements [json.Marshaler]: a Scheme is written as its
// [Definition]; the zero Scheme as null.
func (s Scheme) MarshalJSON() ([]byte, error) {
	if s.b == nil {
		return []byte("null"), nil
	}
	return json.Marshal(s.b.def)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads a [Definition],
// strictly, as [Definition.UnmarshalJSON] does, and builds it as [New]
// does. It reports every problem at once ([errors.Join]), each a
// [*DecodeError] at its JSON path: those of the document and of its single
// values, then every problem that New finds between values, its
// [*DefinitionError] inside, as in
//
//	scheme: decode scheme: sessions[1].rules.threshold -1: negative
//	scheme: decode scheme: sessions[0].intake "depot": opens on 2021-10-08, …
//
// A problem that only follows from a value that did not decode is not
// reported. JSON null, and nil data, leave s unchanged; so does an error.
func (s *Scheme) UnmarshalJSON(data []byte) error {
	if data == nil || isNull(data) {
		return nil
	}
	d, err := decodeDefinition(data, Definition{}, "decode scheme", true)
	if err != nil {
		return err
	}
	*s = Scheme{build(d)}
	return nil
}

// criterionJSON is the JSON form of a Criterion: its code, outcome, branch
// and reason, then its facts. A fact that means "none" — no kind given, no
// overlap, any theme, no date — is left out; the pointers are the facts
// whose key is written even when zero or empty (see factKeys).
type criterionJSON struct {
	Code      CriterionCode `json:"code,omitempty"`
	Outcome   Outcome       `json:"outcome"`
	Branch    string        `json:"branch,omitempty"`
	Reason    string        `json:"reason,omitempty"`
	Kind      string        `json:"kind,omitempty"`
	Covered   *int          `json:"covered,omitempty"`
	Threshold *int          `json:"threshold,omitempty"`
	Overlap   int           `json:"overlap,omitempty"`
	Shortfall int           `json:"shortfall,omitempty"`
	Themes    []Theme       `json:"themes,omitempty"`
	Excluded  *[]Theme      `json:"excluded,omitempty"`
	Lacking   *[]Practice   `json:"lacking,omitempty"`
	Deadline  calendar.Date `json:"deadline,omitzero"`
	Months    *int          `json:"months,omitempty"`
	Start     calendar.Date `json:"start,omitzero"`
	Requested calendar.Date `json:"requested,omitzero"`
}

// factKeys is a set of the facts whose key a criterion's JSON writes even
// when zero or empty: a figure such as a covered population of 0, or a list
// such as the practices lacking, which is then [].
type factKeys uint8

// The facts written even when zero or empty.
const (
	keyCovered factKeys = 1 << iota
	keyThreshold
	keyExcluded
	keyLacking
	keyMonths
)

// keysOf returns the facts that the rule of code reads and whose key its
// criterion's JSON always writes.
func keysOf(code CriterionCode) factKeys {
	switch code {
	case CodeAmpleur:
		return keyCovered | keyThreshold
	case CodeThematique:
		return keyExcluded
	case CodeBonnesPratiques:
		return keyLacking
	case CodeResultats:
		return keyMonths
	}
	return 0
}

// setFacts writes f into j: each fact that is not "none", and those of keys
// whatever they are.
func (j *criterionJSON) setFacts(f Facts, keys factKeys) {
	j.Kind, j.Overlap, j.Shortfall, j.Themes = f.Kind, f.Overlap, f.Shortfall, f.Themes
	j.Deadline, j.Start, j.Requested = f.Deadline, f.Start, f.Requested
	if f.Covered != 0 || keys&keyCovered != 0 {
		j.Covered = &f.Covered
	}
	if f.Threshold != 0 || keys&keyThreshold != 0 {
		j.Threshold = &f.Threshold
	}
	if f.Months != 0 || keys&keyMonths != 0 {
		j.Months = &f.Months
	}
	if len(f.Excluded) > 0 || keys&keyExcluded != 0 {
		if f.Excluded == nil {
			f.Excluded = []Theme{}
		}
		j.Excluded = &f.Excluded
	}
	if len(f.Lacking) > 0 || keys&keyLacking != 0 {
		if f.Lacking == nil {
			f.Lacking = []Practice{}
		}
		j.Lacking = &f.Lacking
	}
}

// facts returns the facts that j holds, and the keys it gives even though
// zero or empty. An empty list of themes is no list: "any theme".
func (j *criterionJSON) facts() (Facts, factKeys) {
	f := Facts{Kind: j.Kind, Overlap: j.Overlap, Shortfall: j.Shortfall, Deadline: j.Deadline, Start: j.Start, Requested: j.Requested}
	if len(j.Themes) > 0 {
		f.Themes = j.Themes
	}
	var keys factKeys
	if j.Covered != nil {
		f.Covered, keys = *j.Covered, keys|keyCovered
	}
	if j.Threshold != nil {
		f.Threshold, keys = *j.Threshold, keys|keyThreshold
	}
	if j.Months != nil {
		f.Months, keys = *j.Months, keys|keyMonths
	}
	if j.Excluded != nil {
		f.Excluded, keys = *j.Excluded, keys|keyExcluded
	}
	if j.Lacking != nil {
		f.Lacking, keys = *j.Lacking, keys|keyLacking
	}
	if len(f.Excluded) == 0 {
		f.Excluded = nil
	}
	if len(f.Lacking) == 0 {
		f.Lacking = nil
	}
	return f, keys
}

// MarshalJSON implements [json.Marshaler]: a Criterion is written as
// {"code", "outcome", "branch", "reason"} and the keys of the facts its
// rule reads ([Facts]): "kind" for CodeDemandeur; "kind", "covered",
// "threshold", "overlap", "shortfall" for CodeAmpleur; "themes", "excluded"
// for CodeThematique; "lacking" for CodeBonnesPratiques; "deadline",
// "months" for CodeResultats; "start", "requested" for CodeCommencement. A
// fact that means "none" is left out — a kind not given, no overlap or
// shortfall, "themes" when the session funds any theme, a date not known —
// while a figure or a list is written whatever it holds: "covered": 0,
// "excluded": [], "lacking": []. A criterion decoded from JSON is written
// with the facts it was given. The reason is rendered once, as
// [Criterion.Reason] does. The zero Criterion is {"outcome": "unknown"}.
func (c Criterion) MarshalJSON() ([]byte, error) {
	j := criterionJSON{Code: c.Code, Outcome: c.Outcome, Branch: c.Branch(), Reason: c.Reason()}
	keys := keysOf(c.Code)
	if c.extra != nil && c.extra.decoded != nil {
		keys = c.extra.decoded.keys
	}
	j.setFacts(c.Facts(), keys)
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what MarshalJSON
// writes. The code goes through [CriterionCode]: a code that names no rule
// is an error that quotes it. The decoded criterion keeps the decoded
// reason, branch and every fact it was given, whatever its code, which
// [Criterion.Reason], [Criterion.Branch] and [Criterion.Facts] return and
// [Criterion.MarshalJSON] writes back. On error c is unchanged.
func (c *Criterion) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	// Start from c, so that a key given as null leaves its field as it was,
	// as encoding/json does.
	j := criterionJSON{Code: c.Code, Outcome: c.Outcome, Branch: c.Branch()}
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	d := &decoded{branch: j.Branch, reason: j.Reason}
	d.facts, d.keys = j.facts()
	*c = Criterion{Code: j.Code, Outcome: j.Outcome, extra: &extra{decoded: d}}
	return nil
}

// MarshalJSON implements [json.Marshaler]: an Eligibility is written as
// {"scheme", "session", "verdict", "criteria", "missing"}, its lists as []
// when empty, never null.
func (e Eligibility) MarshalJSON() ([]byte, error) {
	type plain Eligibility // without this method
	v := plain(e)
	v.Criteria, v.Missing = orEmpty(v.Criteria), orEmpty(v.Missing)
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads an Eligibility as
// the default encoding writes it, and finds its session in the catalogue by
// its scheme's and session's IDs, so that [Eligibility.Explain] names them;
// the session of a scheme that is not in the catalogue stays unknown, and
// Explain names it by its IDs. The JSON names no session by its name: that
// of a what-if that keeps a catalogue ID is found in the catalogue too, and
// [Eligibility.WithSession] binds it to its own (as the JSON of an option of
// package relance, which carries the what-if's definition, does). null
// leaves e unchanged. On error e is unchanged.
func (e *Eligibility) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	type plain Eligibility // without this method
	v := plain(*e)         // so that a key given as null leaves its field as it was
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	v.session = nil
	if len(v.Criteria) == 0 {
		v.Criteria = nil
	}
	if len(v.Missing) == 0 {
		v.Missing = nil // none missing, as a check says it
	}
	if s, ok := lookup(v.Scheme); ok {
		if se, ok := s.Session(v.Session); ok {
			v.session = se.s
		}
	}
	*e = Eligibility(v)
	return nil
}

// sessionJSON is the JSON form of a Session: a reference, not its
// definition.
type sessionJSON struct {
	Scheme ID     `json:"scheme"`
	ID     string `json:"id"`
	Name   string `json:"name"`
}

// MarshalJSON implements [json.Marshaler]: a Session is written as a
// reference, {"scheme", "id", "name"}, not as its definition (encode its
// [Session.Definition], or its Scheme, for that); the zero Session as null.
// Only a session of the catalogue decodes back ([Session.UnmarshalJSON]).
func (s Session) MarshalJSON() ([]byte, error) {
	if s.s == nil {
		return []byte("null"), nil
	}
	return json.Marshal(sessionJSON{Scheme: s.Scheme(), ID: s.ID(), Name: s.Name()})
}

// UnmarshalJSON implements [json.Unmarshaler]: it finds the session that a
// reference names in the catalogue, by its scheme's ID, its own and its
// name ([Scheme.ResolveSession] of the catalogue's scheme). It returns an
// error wrapping [ErrUnknownScheme] when the catalogue has no such scheme or
// session, as for a caller's own scheme, whose sessions only its Scheme
// holds; and one wrapping [ErrNameMismatch] when the catalogue's session of
// those IDs has another name — a name left out included — as a session of a
// what-if built under a catalogue ID has: its rules are not the
// catalogue's, and it is refused rather than read as the catalogue's
// session. null leaves s unchanged; on error s is unchanged.
func (s *Session) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var j sessionJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	sc, ok := lookup(j.Scheme)
	if !ok {
		return unknownScheme("decode session", string(j.Scheme))
	}
	se, err := sc.resolveSession("decode session", j.ID, j.Name)
	if err != nil {
		return err
	}
	*s = se
	return nil
}
