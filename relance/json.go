package relance

import (
	"encoding/json"
	"errors"
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
// decodes with its own rules (without it, decoding refuses it). verdict,
// promise and next_promise ([Option.Promise], [Option.NextPromise]) are
// written beside the fundings, so that a program reading the JSON sees what
// the figures promise; they are derived, and not read back.
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
// writes, and refuses what would read an option under other rules than
// those that judged it:
//   - A scheme written with its definition is built from it ([scheme.New],
//     whose errors are returned), and must be of the ID and the name that
//     the option gives it.
//   - A scheme written by its ID and name only is the catalogue's
//     ([scheme.Resolve]): a name that is not the catalogue scheme's of that
//     ID is an error wrapping [scheme.ErrNameMismatch], since the option was
//     judged by another scheme, which carries its definition. A scheme
//     neither defined nor in the catalogue decodes to the zero Scheme and
//     zero Sessions; its ID stays in the Eligibility.
//   - The session and the next session are the scheme's of their IDs and
//     names ([scheme.Scheme.ResolveSession]): one that the scheme does not
//     hold is an error wrapping [scheme.ErrUnknownScheme], and one of
//     another name — the catalogue's name for a what-if's session under a
//     catalogue ID, or the other way round — an error wrapping
//     [scheme.ErrNameMismatch].
//   - Eligibility and NextEligibility are bound to the session and the next
//     session ([scheme.Eligibility.WithSession]), so that their Explain
//     names the scheme and sessions that judged them, a what-if's or a
//     caller's own; one whose IDs are not those of its session is an error,
//     and one that names no scheme and no session stays as it is.
//
// null leaves o unchanged; on error o is unchanged.
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
			if v.Eligibility, err = bind(j.Eligibility, v.Session, "eligibility"); err != nil {
				return err
			}
			if v.Next, err = sessionOf(s, j.Next, "next"); err != nil {
				return err
			}
			if !v.Next.IsZero() {
				v.NextFunding = j.NextFunding
				if j.NextEligibility != nil {
					e, err := bind(*j.NextEligibility, v.Next, "next_eligibility")
					if err != nil {
						return err
					}
					v.NextEligibility = &e
				}
			}
		}
	}
	*o = v
	return nil
}

// scheme returns the scheme that r names: built from its definition when it
// has one, else the catalogue's of its ID and name, else the zero Scheme.
func (r *ref) scheme() (scheme.Scheme, error) {
	if r.Definition != nil {
		s, err := scheme.New(*r.Definition)
		if err != nil {
			return scheme.Scheme{}, fmt.Errorf("relance: decode option: scheme %s: %w", quote.Input(r.ID), err)
		}
		if string(s.ID()) != r.ID || s.Name() != r.Name {
			return scheme.Scheme{}, fmt.Errorf("relance: decode option: scheme %s named %s: its definition is of %s named %s",
				quote.Input(r.ID), quote.Input(r.Name), quote.Input(string(s.ID())), quote.Input(s.Name()))
		}
		return s, nil
	}
	s, err := scheme.Resolve(scheme.ID(r.ID), r.Name)
	switch {
	case errors.Is(err, scheme.ErrUnknownScheme):
		return scheme.Scheme{}, nil
	case err != nil:
		return scheme.Scheme{}, fmt.Errorf("relance: decode option: %w", err)
	}
	return s, nil
}

// sessionOf returns the session of s that r names (key is its JSON key,
// for the error), or the zero Session for a nil r.
func sessionOf(s scheme.Scheme, r *ref, key string) (scheme.Session, error) {
	if r == nil {
		return scheme.Session{}, nil
	}
	se, err := s.ResolveSession(r.ID, r.Name)
	if err != nil {
		return scheme.Session{}, fmt.Errorf("relance: decode option: %s: %w", key, err)
	}
	return se, nil
}

// bind returns e bound to se, the session that judged it (key is e's JSON
// key, for the error); e as it is when it names no scheme and no session.
func bind(e scheme.Eligibility, se scheme.Session, key string) (scheme.Eligibility, error) {
	if e.Scheme == "" && e.Session == "" {
		return e, nil
	}
	bound, ok := e.WithSession(se)
	if !ok {
		return scheme.Eligibility{}, fmt.Errorf("relance: decode option: %s: judged by %s, not by its session %s",
			key, quote.Input(string(e.Scheme)+"/"+e.Session), quote.Input(se.String()))
	}
	return bound, nil
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
