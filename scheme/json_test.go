package scheme

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundTrip encodes v, decodes it into a new T, checks it equals v, and
// returns the JSON.
func roundTrip[T any](t *testing.T, v T) string {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	var back T
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, v, back)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(again))
	return string(data)
}

func TestJSONBody(t *testing.T) {
	got := roundTrip(t, Body{ID: "200000172", Name: "Gironde Numérique", Kind: Syndicat, Population: 1600000})
	assert.JSONEq(t, `{"id":"200000172","name":"Gironde Numérique","kind":"syndicat","population":1600000,"departement_code":""}`, got)
	assert.JSONEq(t, `{"id":"","name":"","kind":"","population":0,"departement_code":""}`, roundTrip(t, Body{}))
}

func TestJSONProject(t *testing.T) {
	p := eligibleFor(ServicesUsagers)
	p.Budget = cost.Budget{{Category: cost.Services, Label: "Développement", Amount: cost.MustParseAmount("180000.50")}}
	got := roundTrip(t, p)
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(got), &fields))
	for _, name := range []string{"title", "lead", "members", "departement", "shared_need", "themes", "practices", "start", "results", "budget"} {
		assert.Contains(t, fields, name)
	}
	assert.Len(t, fields, 10)
	assert.JSONEq(t, `"no"`, string(fields["departement"]))
	assert.JSONEq(t, `"yes"`, string(fields["shared_need"]))
	assert.JSONEq(t, `["services"]`, string(fields["themes"]))
	assert.JSONEq(t, `"2021-03-01"`, string(fields["start"]))

	zero := roundTrip(t, Project{})
	assert.JSONEq(t, `{"title":"","lead":{"id":"","name":"","kind":"","population":0,"departement_code":""},"members":null,
		"departement":"","shared_need":"","themes":null,"practices":null,"start":"","results":"","budget":null}`, zero)
	roundTrip(t, Project{Members: []Body{}, Themes: []Theme{}, Practices: []Practice{}, Budget: cost.Budget{}})
}

func TestJSONProjectRefusesUnknownValues(t *testing.T) {
	tests := []struct {
		name string
		p    Project
	}{
		{"kind", Project{Lead: Body{Kind: "mairie"}}},
		{"theme", Project{Themes: []Theme{"fibre"}}},
		{"practice", Project{Practices: []Practice{""}}},
		{"answer", Project{SharedNeed: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := json.Marshal(tt.p)
			require.ErrorIs(t, err, ErrUnknownValue)
		})
	}
	inputs := map[string]string{
		"kind":     `{"lead":{"kind":"mairie"}}`,
		"theme":    `{"themes":["fibre"]}`,
		"practice": `{"practices":["rgaa"]}`,
		"answer":   `{"departement":"oui"}`,
	}
	for name, in := range inputs {
		t.Run("decode "+name, func(t *testing.T) {
			var p Project
			require.ErrorIs(t, json.Unmarshal([]byte(in), &p), ErrUnknownValue)
		})
	}
}

func TestJSONScheme(t *testing.T) {
	for _, s := range All() {
		t.Run(string(s.ID), func(t *testing.T) {
			got := roundTrip(t, s)
			var fields map[string]json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(got), &fields))
			assert.Len(t, fields, 7)
			for _, name := range []string{"id", "name", "summary", "operator", "examples", "support", "sessions"} {
				assert.Contains(t, fields, name)
			}
		})
	}
}

func TestJSONSession(t *testing.T) {
	se := mustGet(t, ServicesUsagers).Sessions[1]
	got := roundTrip(t, se)
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(got), &fields))
	assert.Len(t, fields, 6)
	assert.JSONEq(t, `"2e session"`, string(fields["name"]))
	assert.JSONEq(t, `300000`, string(fields["threshold"]))
	assert.JSONEq(t, `["commune","epci","departement","region","statut-particulier","syndicat"]`, string(fields["applicants"]))
	assert.JSONEq(t, `["accessibilite","langage-simple","mobile"]`, string(fields["practices"]))
	assert.Contains(t, string(fields["calendar"]), `"2021-10-08/2021-11-22"`)
	roundTrip(t, Session{})
}

func TestJSONEligibility(t *testing.T) {
	p := eligibleFor(Donnees)
	p.Members = append(p.Members, Body{Kind: Commune})
	p.Lead.Population = 1
	e := mustGet(t, Donnees).Check(p, calendar.MustDate(2021, time.March, 1))
	require.NotEmpty(t, e.Missing)
	got := roundTrip(t, e)
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(got), &fields))
	assert.Len(t, fields, 5)
	assert.JSONEq(t, `"donnees"`, string(fields["scheme"]))
	assert.JSONEq(t, `"undetermined"`, string(fields["verdict"]))
	assert.JSONEq(t, `["Members[1].Population"]`, string(fields["missing"]))
	assert.Contains(t, string(fields["criteria"]), `{"code":"demandeur","outcome":"met","reason":`)

	roundTrip(t, Eligibility{})
	roundTrip(t, Criterion{Code: CodeAmpleur, Outcome: NotMet, Reason: "x"})
	_, err := json.Marshal(Eligibility{Verdict: 5})
	require.ErrorIs(t, err, ErrUnknownValue)
	var back Eligibility
	require.ErrorIs(t, json.Unmarshal([]byte(`{"criteria":[{"outcome":"ok"}]}`), &back), ErrUnknownValue)
}

func TestJSONEnums(t *testing.T) {
	type all struct {
		Kinds     []Kind
		Themes    []Theme
		Practices []Practice
		Answers   []Answer
		Outcomes  []Outcome
		Verdicts  []Verdict
	}
	v := all{
		Kinds:     append(Kinds(), ""),
		Themes:    Themes(),
		Practices: Practices(),
		Answers:   []Answer{Unanswered, Yes, No},
		Outcomes:  []Outcome{Unknown, Met, NotMet},
		Verdicts:  []Verdict{Undetermined, Eligible, Ineligible},
	}
	got := roundTrip(t, v)
	assert.JSONEq(t, `{
		"Kinds":["commune","epci","departement","region","statut-particulier","syndicat","partenaire",""],
		"Themes":["services","donnees","cooperation","outils-agents","formation","infrastructure"],
		"Practices":["accessibilite","langage-simple","mobile","code-ouvert"],
		"Answers":["","yes","no"],
		"Outcomes":["unknown","met","not-met"],
		"Verdicts":["undetermined","eligible","ineligible"]}`, got)
}
