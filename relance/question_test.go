package relance_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNextQuestions(t *testing.T) {
	march := calendar.MustDate(2021, time.March, 1)
	all := []scheme.ID{scheme.Incubateur, scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation}
	axis2 := []scheme.ID{scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation}
	tests := []struct {
		name string
		p    scheme.Project
		want []relance.Question
	}{
		{"nothing known: the lead's kind and the start first, which two criteria of each call read", scheme.Project{}, []relance.Question{
			{Fact: "Lead.Kind", Criteria: 7, Schemes: all},
			{Fact: "Start", Criteria: 7, Schemes: all}, // the results of all four, the commencement of the three calls
			{Fact: "Themes", Criteria: 4, Schemes: all},
			{Fact: "Results", Criteria: 4, Schemes: all},
			{Fact: "Lead.Population", Criteria: 3, Schemes: axis2},
			{Fact: "Departement", Criteria: 3, Schemes: axis2},
			{Fact: "Practices", Criteria: 2, Schemes: []scheme.ID{scheme.Incubateur, scheme.ServicesUsagers}},
			{Fact: "SharedNeed", Criteria: 1, Schemes: []scheme.ID{scheme.Incubateur}},
		}},
		{"an ineligible option is concluded: its missing facts do not count", scheme.Project{
			Lead: scheme.Body{Kind: scheme.EPCI, Population: 600000}, Departement: scheme.No, SharedNeed: scheme.Yes,
			Themes: []scheme.Theme{scheme.ThemeDonnees}, Practices: []scheme.Practice{scheme.CodeOuvert},
		}, []relance.Question{
			{Fact: "Start", Criteria: 3, Schemes: []scheme.ID{scheme.Incubateur, scheme.Donnees}},
			{Fact: "Results", Criteria: 2, Schemes: []scheme.ID{scheme.Incubateur, scheme.Donnees}},
		}},
		{"a member's population", scheme.Project{
			Lead: scheme.Body{Kind: scheme.EPCI, Population: 300000}, Members: []scheme.Body{{ID: "a", Kind: scheme.Commune}},
			Departement: scheme.No, Themes: []scheme.Theme{scheme.ThemeDonnees},
			Start: calendar.MustDate(2021, time.April, 1), Results: calendar.MustDate(2022, time.April, 1),
		}, []relance.Question{
			{Fact: "SharedNeed", Criteria: 1, Schemes: []scheme.ID{scheme.Incubateur}},
			{Fact: "Practices", Criteria: 1, Schemes: []scheme.ID{scheme.Incubateur}},
			{Fact: "Members[0].Population", Criteria: 1, Schemes: []scheme.ID{scheme.Donnees}},
		}},
		{"nothing missing", scheme.Project{
			Lead: scheme.Body{Kind: scheme.Region}, SharedNeed: scheme.Yes, Themes: []scheme.Theme{scheme.ThemeDonnees},
			Practices: []scheme.Practice{scheme.CodeOuvert}, Start: calendar.MustDate(2021, time.April, 1), Results: calendar.MustDate(2022, time.April, 1),
		}, []relance.Question{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			options, err := relance.Orient(tt.p, march)
			require.NoError(t, err)
			assert.Equal(t, tt.want, relance.NextQuestions(options))
		})
	}
	none := relance.NextQuestions(nil)
	assert.NotNil(t, none, "an empty list, which JSON writes []")
	assert.Empty(t, none)
}

// TestNextQuestionsReadsWhatTheCriteriaRead checks NextQuestions' table of
// the facts each criterion reads against the judgements themselves: in
// every session of the catalogue, for a project of which nothing is known
// and one whose members' populations are missing, every missing fact is
// read by an unknown criterion, and every unknown criterion reads a missing
// fact.
func TestNextQuestionsReadsWhatTheCriteriaRead(t *testing.T) {
	projects := []scheme.Project{{}, {Lead: scheme.Body{Kind: scheme.EPCI, Population: 1}, Members: []scheme.Body{{ID: "a"}, {ID: "b", Kind: scheme.Partenaire}, {ID: "c"}}}}
	for _, s := range scheme.All() {
		for _, se := range s.Sessions() {
			for _, p := range projects {
				e := se.Check(p)
				o := relance.Option{Scheme: s, Session: se, Eligibility: e}
				questions := relance.NextQuestions([]relance.Option{o})
				require.Len(t, questions, len(e.Missing), se)
				for _, q := range questions {
					assert.Positive(t, q.Criteria, "%s: %s is read by no unknown criterion", se, q.Fact)
				}
				unknown := 0
				for _, c := range e.Criteria {
					if c.Outcome == scheme.Unknown {
						unknown++
					}
				}
				total := 0
				for _, q := range questions {
					total += q.Criteria
				}
				assert.GreaterOrEqual(t, total, unknown, "%s: every unknown criterion waits on a missing fact", se)
			}
		}
	}
}

// A collectivité knows only that its project is about data: which fact
// would settle the most criteria? The lead's kind, which the Incubateur's
// rule of who may apply reads, and both that rule and the scale rule of the
// data call; the two other calls, which fund other themes, are concluded.
func ExampleNextQuestions() {
	p := scheme.Project{Themes: []scheme.Theme{scheme.ThemeDonnees}}
	options, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range relance.NextQuestions(options) {
		fmt.Printf("%d %-16s %s\n", q.Criteria, q.Fact, q.Label())
	}
	// Output:
	// 3 Lead.Kind        la nature du porteur
	// 3 Start            la date de début
	// 2 Results          la date des résultats attendus
	// 1 SharedNeed       si le besoin est commun à d’autres collectivités
	// 1 Practices        les bonnes pratiques retenues
	// 1 Lead.Population  la population du porteur
	// 1 Departement      si le projet couvre un département entier
}

// TestNextQuestionsFollowTheIntake checks that an option whose intake is
// closed asks only what its next session would judge, and nothing when no
// session is to come.
func TestNextQuestionsFollowTheIntake(t *testing.T) {
	p := scheme.Project{
		Lead: scheme.Body{Kind: scheme.EPCI, Population: 320000}, Departement: scheme.No,
		Themes: []scheme.Theme{scheme.ThemeDonnees},
	}
	options, err := relance.Orient(p, calendar.MustDate(2021, time.July, 1))
	require.NoError(t, err)
	got := relance.NextQuestions(options)
	for _, q := range got {
		assert.NotContains(t, q.Schemes, scheme.Incubateur, "the consultation took projects until 15 March 2021: %s", q.Fact)
	}
	assert.Equal(t, []relance.Question{
		{Fact: "Start", Criteria: 2, Schemes: []scheme.ID{scheme.Donnees}},
		{Fact: "Results", Criteria: 1, Schemes: []scheme.ID{scheme.Donnees}},
	}, got, "at 320 000 inhabitants, the data call's second session waits on the dates only")

	options, err = relance.Orient(p, calendar.MustDate(2021, time.December, 1))
	require.NoError(t, err)
	assert.Empty(t, relance.NextQuestions(options), "every intake closed, no session to come")
}

func TestQuestionJSON(t *testing.T) {
	q := relance.Question{Fact: "Lead.Kind", Criteria: 7}
	data, err := json.Marshal(q)
	require.NoError(t, err)
	assert.JSONEq(t, `{"fact":"Lead.Kind","label":"la nature du porteur","criteria":7,"schemes":[]}`, string(data))
	var back relance.Question
	require.NoError(t, json.Unmarshal([]byte(`{"fact":"Themes","label":"ignored","criteria":2,"schemes":["donnees"]}`), &back))
	assert.Equal(t, relance.Question{Fact: "Themes", Criteria: 2, Schemes: []scheme.ID{scheme.Donnees}}, back)
	require.Error(t, json.Unmarshal([]byte(`{"fact":3}`), &back))
	assert.Equal(t, "Themes", back.Fact, "unchanged on error")
}
