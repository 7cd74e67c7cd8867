package scheme

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFrenchTypography scans everything the package writes for people —
// the catalogue's names and texts, every label, the sources' titles, and the
// reasons and explanations of many projects — for the straight apostrophe,
// since French text uses the typographic one (’), and for plain spaces where
// French typography sets no-break ones: before « : » and « ; », inside « ».
func TestFrenchTypography(t *testing.T) {
	var texts []string
	add := func(s ...string) { texts = append(texts, s...) }
	for _, s := range All() {
		d := s.Definition()
		add(d.Name, d.Summary)
		add(d.Examples...)
		add(d.Support...)
		for _, se := range d.Sessions {
			add(se.Name)
			for _, c := range append([]SessionDefinition{se}, revisionsAsSessions(se)...) {
				for _, p := range c.Calendar.Phases {
					add(p.Name)
				}
			}
		}
	}
	for _, k := range Kinds() {
		add(k.Label())
	}
	for _, th := range Themes() {
		add(th.Label())
	}
	for _, p := range Practices() {
		add(p.Label())
	}
	for _, a := range []Answer{Unanswered, Yes, No} {
		add(a.Label())
	}
	for _, o := range []Outcome{Unknown, Met, NotMet} {
		add(o.Label())
	}
	for _, v := range []Verdict{Undetermined, Eligible, Ineligible} {
		add(v.Label())
	}
	for _, s := range Sources() {
		add(s.Title, s.Cite())
	}
	for _, path := range []string{"Lead.Kind", "Lead.Population", "Members[0].Population", "Departement", "SharedNeed", "Themes", "Practices", "Start", "Results"} {
		add(FactLabel(path))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		data := make([]byte, 96)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		r := &bytesReader{b: data}
		p, on := r.project(), r.date()
		for _, e := range CheckAll(p, on) {
			add(e.Explain())
			for _, c := range e.Criteria {
				add(c.Reason(), c.Label())
			}
		}
	}
	require.Greater(t, len(texts), 10000)
	for _, s := range texts {
		for _, bad := range []string{"'", " :", " ;", "« ", " »"} {
			if !assert.NotContains(t, s, bad, "French typography") {
				return
			}
		}
	}
	data, err := json.Marshal(All())
	require.NoError(t, err)
	assert.False(t, strings.Contains(string(data), "'"), "nor in the catalogue's JSON")
}

// revisionsAsSessions returns the revisions of se as sessions, to read
// their calendars alike.
func revisionsAsSessions(se SessionDefinition) []SessionDefinition {
	var out []SessionDefinition
	for _, r := range se.Revisions {
		out = append(out, SessionDefinition{Calendar: r.Calendar})
	}
	return out
}
