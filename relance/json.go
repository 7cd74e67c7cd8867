package relance

import (
	"encoding/json"
	"fmt"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// ref names a scheme or a session in JSON: its ID and its name; a scheme
// that is not the catalogue's also carries its definition.
type ref struct {
	ID         string             `json:"id"`
	Name       string             `json:"name"`
	Definition *scheme.Definition `json:"definition,omitempty"`
}

// optionJSON is the JSON form of an Option.
type optionJSON struct {
	Scheme      *ref               `json:"scheme,omitempty"`
	Session     *ref               `json:"session,omitempty"`
	Eligibility scheme.Eligibility `json:"eligibility"`
	On          calendar.Date      `json:"on,omitzero"`
	Status      calendar.Status    `json:"status"`
	Phase       *calendar.Phase    `json:"phase,omitempty"`
	Verdict     scheme.Verdict     `json:"verdict"`
	Promise     Promise            `json:"promise"`
	Funding     *cost.Result       `json:"funding,omitempty"`
	Next        *ref               `json:"next,omitempty"`
	// NextEligibility and NextFunding are written with Next, and read back
	// when Next names a session.
	NextEligibility *scheme.Eligibility `json:"next_eligibility,omitempty"`
	NextPromise     *Promise            `json:"next_promise,omitempty"`
	NextFunding     *cost.Result        `json:"next_funding,omitempty"`
}

// MarshalJSON implements [json.Marshaler]. An Option is written with the
// keys scheme, session, eligibility, on, status, phase, verdict, promise,
// funding, next, next_eligibility, next_promise and next_funding; it names
// its scheme, its session and the next session as {"id", "name"} objects.
// What is none is left out: a zero scheme or session, no date, no phase in
// progress, no funding, and the next_ keys when there is no next session. A scheme of the
// catalogue is named only; any other scheme — a caller's own, or a what-if
// built from a catalogue definition, even under the catalogue's ID — also
// carries its definition, {"id", "name", "definition"}, so that the option
// decodes with its own rules. verdict, promise and next_promise
// ([Option.Promise], [Option.NextPromise]) are written beside the
// fundings, so that a program reading the JSON sees what the figures
// promise; they are derived, and not read back.
func (o Option) MarshalJSON() ([]byte, error) {
	j := optionJSON{Eligibility: o.Eligibility, On: o.On, Status: o.Status, Phase: o.Phase,
		Verdict: o.Eligibility.Verdict, Promise: o.Promise(), Funding: o.Funding}
	if !o.Scheme.IsZero() {
		j.Scheme = &ref{ID: string(o.Scheme.ID()), Name: o.Scheme.Name()}
		if !inCatalogue(o.Scheme) {
			d := o.Scheme.Definition()
			j.Scheme.Definition = &d
		}
	}
	if !o.Session.IsZero() {
		j.Session = &ref{ID: o.Session.ID(), Name: o.Session.Name()}
	}
	if !o.Next.IsZero() {
		j.Next = &ref{ID: o.Next.ID(), Name: o.Next.Name()}
		next := o.NextPromise()
		j.NextEligibility, j.NextPromise, j.NextFunding = o.NextEligibility, &next, o.NextFunding
	}
	return json.Marshal(j)
}

// inCatalogue reports whether s is the catalogue's scheme of its ID, and
// not a scheme built apart under that ID.
func inCatalogue(s scheme.Scheme) bool {
	c, err := scheme.Get(s.ID())
	return err == nil && c == s
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what MarshalJSON
// writes. A scheme written with its definition is built from it
// ([scheme.New], whose errors are returned); one written by its ID and name
// only is found in the catalogue, and must be the catalogue's: a name that
// is not the catalogue scheme's of that ID is an error, since the option was
// judged by other rules. A scheme neither defined nor in the catalogue
// decodes to the zero Scheme and zero Sessions; its ID stays in the
// Eligibility. A session or next session that the scheme does not hold is
// an error. null leaves o unchanged; on error o is unchanged.
func (o *Option) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var j optionJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	v := Option{Eligibility: j.Eligibility, On: j.On, Status: j.Status, Phase: j.Phase, Funding: j.Funding}
	if j.Scheme != nil {
		s, err := j.Scheme.scheme()
		if err != nil {
			return err
		}
		if !s.IsZero() {
			v.Scheme = s
			if v.Session, err = sessionOf(s, j.Session, "session"); err != nil {
				return err
			}
			if v.Next, err = sessionOf(s, j.Next, "next"); err != nil {
				return err
			}
			if !v.Next.IsZero() {
				v.NextEligibility, v.NextFunding = j.NextEligibility, j.NextFunding
			}
		}
	}
	*o = v
	return nil
}

// scheme returns the scheme that r names: built from its definition when it
// has one, else the catalogue's of its ID, else the zero Scheme.
func (r *ref) scheme() (scheme.Scheme, error) {
	if r.Definition != nil {
		s, err := scheme.New(*r.Definition)
		if err != nil {
			return scheme.Scheme{}, fmt.Errorf("relance: decode option: scheme %s: %w", quote.Input(r.ID), err)
		}
		if string(s.ID()) != r.ID {
			return scheme.Scheme{}, fmt.Errorf("relance: decode option: scheme %s: its definition is of %s", quote.Input(r.ID), quote.Input(string(s.ID())))
		}
		return s, nil
	}
	s, err := scheme.Get(scheme.ID(r.ID))
	if err != nil {
		return scheme.Scheme{}, nil
	}
	if r.Name != s.Name() {
		return scheme.Scheme{}, fmt.Errorf("relance: decode option: scheme %s is named %s, not the catalogue's %s: an option of another scheme carries its definition",
			quote.Input(r.ID), quote.Input(r.Name), quote.Input(s.Name()))
	}
	return s, nil
}

// sessionOf returns the session of s that r names (key is its JSON key,
// for the error), or the zero Session for a nil r.
func sessionOf(s scheme.Scheme, r *ref, key string) (scheme.Session, error) {
	if r == nil {
		return scheme.Session{}, nil
	}
	se, ok := s.Session(r.ID)
	if !ok {
		return scheme.Session{}, fmt.Errorf("relance: decode option: %s %s: no such session of %s", key, quote.Input(r.ID), quote.Input(string(s.ID())))
	}
	return se, nil
}

// MarshalJSON implements [json.Marshaler]: a Rule is written as [Rule]
// says, Assumed as [] when no fact is assumed, and Territory left out when
// there is none.
func (r Rule) MarshalJSON() ([]byte, error) {
	type plain Rule // without this method
	v := plain(r)
	if v.Assumed == nil {
		v.Assumed = []string{}
	}
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what MarshalJSON
// writes, [] as no fact assumed (nil, as RuleFor gives it). JSON null
// leaves r unchanged; on error r is unchanged.
func (r *Rule) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	type plain Rule // without this method
	var v plain
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	if len(v.Assumed) == 0 {
		v.Assumed = nil
	}
	*r = Rule(v)
	return nil
}
