package relance

import (
	"encoding/json"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
)

// ref names a scheme or a session in JSON: its ID and its name.
type ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// optionJSON is the JSON form of an Option.
type optionJSON struct {
	Scheme      *ref               `json:"scheme"`
	Session     *ref               `json:"session"`
	Eligibility scheme.Eligibility `json:"eligibility"`
	On          calendar.Date      `json:"on"`
	Status      calendar.Status    `json:"status"`
	Phase       *calendar.Phase    `json:"phase,omitempty"`
	Verdict     scheme.Verdict     `json:"verdict"`
	Promise     Promise            `json:"promise"`
	Funding     *cost.Result       `json:"funding,omitempty"`
	Next        *ref               `json:"next,omitempty"`
	// NextEligibility is written with Next, and read back when Next names a
	// session.
	NextEligibility *scheme.Eligibility `json:"next_eligibility,omitempty"`
}

// MarshalJSON implements [json.Marshaler]. An Option is written with the
// keys scheme, session, eligibility, on, status, phase, verdict, promise,
// funding, next and next_eligibility; it names its scheme, its session and
// the next session as {"id", "name"} objects (null for a zero one; next and
// next_eligibility are left out when there is no next session), and does
// not embed their definitions: encode a [scheme.Scheme] for that. verdict
// and promise ([Option.Promise]) are written beside the funding, so that a
// program reading the JSON sees what the figures promise; they are derived,
// and not read back.
func (o Option) MarshalJSON() ([]byte, error) {
	j := optionJSON{Eligibility: o.Eligibility, On: o.On, Status: o.Status, Phase: o.Phase,
		Verdict: o.Eligibility.Verdict, Promise: o.Promise(), Funding: o.Funding}
	if !o.Scheme.IsZero() {
		j.Scheme = &ref{string(o.Scheme.ID()), o.Scheme.Name()}
	}
	if !o.Session.IsZero() {
		j.Session = &ref{o.Session.ID(), o.Session.Name()}
	}
	if !o.Next.IsZero() {
		j.Next = &ref{o.Next.ID(), o.Next.Name()}
		j.NextEligibility = o.NextEligibility
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what MarshalJSON
// writes, and finds the scheme and its sessions in the catalogue by their
// IDs. A scheme that is not in the catalogue, such as a caller's own,
// decodes to the zero Scheme and zero Sessions; its ID stays in the
// Eligibility. null leaves o unchanged; on error o is unchanged.
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
		if s, err := scheme.Get(scheme.ID(j.Scheme.ID)); err == nil {
			v.Scheme = s
			if j.Session != nil {
				v.Session, _ = s.Session(j.Session.ID)
			}
			if j.Next != nil {
				v.Next, _ = s.Session(j.Next.ID)
			}
			if !v.Next.IsZero() {
				v.NextEligibility = j.NextEligibility
			}
		}
	}
	*o = v
	return nil
}
