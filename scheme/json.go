package scheme

import (
	"encoding/json"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/quote"
)

// MarshalJSON implements [json.Marshaler]: a Scheme is written as its
// [Definition]; the zero Scheme as null.
func (s Scheme) MarshalJSON() ([]byte, error) {
	if s.b == nil {
		return []byte("null"), nil
	}
	return json.Marshal(s.b.def)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads a [Definition] and
// builds it with [New], whose errors it returns. null leaves s unchanged.
// On error s is unchanged.
func (s *Scheme) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var d Definition
	if err := json.Unmarshal(data, &d); err != nil {
		return err
	}
	built, err := New(d)
	if err != nil {
		return err
	}
	*s = built
	return nil
}

// criterionJSON is the JSON form of a Criterion: its code, outcome, branch
// and reason, then its facts.
type criterionJSON struct {
	Code      CriterionCode  `json:"code"`
	Outcome   Outcome        `json:"outcome"`
	Branch    string         `json:"branch"`
	Reason    string         `json:"reason"`
	Kind      *string        `json:"kind,omitempty"`
	Covered   *int           `json:"covered,omitempty"`
	Threshold *int           `json:"threshold,omitempty"`
	Overlap   int            `json:"overlap,omitempty"`
	Shortfall int            `json:"shortfall,omitempty"`
	Themes    *[]Theme       `json:"themes,omitempty"`
	Lacking   *[]Practice    `json:"lacking,omitempty"`
	Deadline  *calendar.Date `json:"deadline,omitempty"`
	Months    *int           `json:"months,omitempty"`
	Start     calendar.Date  `json:"start,omitzero"`
	Requested calendar.Date  `json:"requested,omitzero"`
}

// MarshalJSON implements [json.Marshaler]: a Criterion is written as
// {"code", "outcome", "branch", "reason"} and the keys of the facts its
// rule reads, zero values included: "kind" for CodeDemandeur; "kind",
// "covered", "threshold" for CodeAmpleur; "themes" for CodeThematique;
// "lacking" for CodeBonnesPratiques; "deadline", "months" for
// CodeResultats. The reason is rendered once, as [Criterion.Reason] does.
func (c Criterion) MarshalJSON() ([]byte, error) {
	f := c.Facts()
	j := criterionJSON{Code: c.Code, Outcome: c.Outcome, Branch: c.Branch(), Reason: c.Reason()}
	switch c.Code {
	case CodeDemandeur:
		j.Kind = &f.Kind
	case CodeAmpleur:
		j.Kind, j.Covered, j.Threshold = &f.Kind, &f.Covered, &f.Threshold
		j.Overlap, j.Shortfall = f.Overlap, f.Shortfall
	case CodeThematique:
		if f.Themes == nil {
			f.Themes = []Theme{}
		}
		j.Themes = &f.Themes
	case CodeBonnesPratiques:
		if f.Lacking == nil {
			f.Lacking = []Practice{}
		}
		j.Lacking = &f.Lacking
	case CodeResultats:
		j.Deadline, j.Months = &f.Deadline, &f.Months
	case CodeCommencement:
		j.Start, j.Requested = f.Start, f.Requested
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what MarshalJSON
// writes. The decoded criterion keeps the decoded reason, branch and facts,
// which [Criterion.Reason], [Criterion.Branch] and [Criterion.Facts] return.
// On error c is unchanged.
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
	if j.Kind != nil {
		d.facts.Kind = *j.Kind
	}
	if j.Covered != nil {
		d.facts.Covered = *j.Covered
	}
	if j.Threshold != nil {
		d.facts.Threshold = *j.Threshold
	}
	d.facts.Overlap, d.facts.Shortfall = j.Overlap, j.Shortfall
	d.facts.Start, d.facts.Requested = j.Start, j.Requested
	if j.Themes != nil && len(*j.Themes) > 0 {
		d.facts.Themes = *j.Themes
	}
	if j.Lacking != nil && len(*j.Lacking) > 0 {
		d.facts.Lacking = *j.Lacking
	}
	if j.Deadline != nil {
		d.facts.Deadline = *j.Deadline
	}
	if j.Months != nil {
		d.facts.Months = *j.Months
	}
	*c = Criterion{Code: j.Code, Outcome: j.Outcome, extra: &extra{decoded: d}}
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads an Eligibility as
// the default encoding writes it, and finds its session in the catalogue by
// its scheme's and session's IDs, so that [Eligibility.Explain] names them;
// the session of a scheme that is not in the catalogue stays unknown, and
// Explain names it by its IDs. null leaves e unchanged. On error e is
// unchanged.
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
func (s Session) MarshalJSON() ([]byte, error) {
	if s.s == nil {
		return []byte("null"), nil
	}
	return json.Marshal(sessionJSON{Scheme: s.Scheme(), ID: s.ID(), Name: s.Name()})
}

// UnmarshalJSON implements [json.Unmarshaler]: it finds the session that a
// reference names in the catalogue, by its scheme's ID and its own. It
// returns an error wrapping [ErrUnknownScheme] when there is none, as for a
// caller's own scheme, whose sessions only its Scheme holds. null leaves s
// unchanged; on error s is unchanged.
func (s *Session) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var j sessionJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	sc, err := Get(j.Scheme)
	if err != nil {
		return unknownScheme("decode session", string(j.Scheme))
	}
	se, ok := sc.Session(j.ID)
	if !ok {
		return &wrapError{msg: "scheme: decode session " + quote.Input(j.ID) + " of " + quote.Input(string(j.Scheme)) + ": " + ErrUnknownScheme.Error() + ": no such session", err: ErrUnknownScheme}
	}
	*s = se
	return nil
}
