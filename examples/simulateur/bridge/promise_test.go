package bridge_test

import (
	"testing"

	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/relance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cards returns the cards of resp by scheme.
func cards(resp bridge.Response) map[string]bridge.Card {
	out := map[string]bridge.Card{}
	for _, c := range resp.Options {
		out[c.Scheme] = c
	}
	return out
}

// TestClosedIntake checks the Incubateur on 15 October 2021, whose intake
// closed on 16 March 2021 with no session to come: no grant, no bar, no
// question, whatever its verdict.
func TestClosedIntake(t *testing.T) {
	r := bridge.Example()
	r.On = "15/10/2021"
	r.Start, r.Results = "01/11/2021", "30/06/2022"
	resp := bridge.Bridge{}.Answer(r)
	c := cards(resp)["incubateur-territoires"]
	require.Equal(t, "eligible", c.Verdict)
	assert.Equal(t, "closed", c.Status)
	assert.Equal(t, "closed", c.Money.Promise)
	assert.Equal(t, []bridge.MoneyLine{{Key: "closed", Label: "Dépôt clos\u00a0: plus de subvention à demander", Note: "aucune session ultérieure connue."}}, c.Money.Lines)
	assert.Empty(t, c.Money.Bar)
	assert.NotNil(t, c.Money.Funding, "the policy's figures stay for programs")
	assert.Empty(t, c.Questions)
	assert.Nil(t, c.Next)

	// Undetermined, closed with no session to come: no question either.
	r.SharedNeed = ""
	c = cards(bridge.Bridge{}.Answer(r))["incubateur-territoires"]
	require.Equal(t, "undetermined", c.Verdict)
	assert.Equal(t, "closed", c.Money.Promise)
	assert.Empty(t, c.Questions)
	assert.Empty(t, c.QuestionsFor)
}

// TestBetweenSessions checks a card whose intake closed and whose next
// session is still to open: when it opens, the verdict under its rules,
// what it would pay, and its questions.
func TestBetweenSessions(t *testing.T) {
	r := bridge.Example()
	r.On = "01/07/2021"
	r.Start, r.Results = "01/11/2021", "30/06/2022"
	resp, options := answered(t, bridge.Bridge{}, r)
	var next string // the grant of the data call's next session
	for _, o := range options {
		if o.Scheme.ID() == "donnees" {
			next = o.NextFunding.Grant.French()
		}
	}
	c := cards(resp)["donnees"]
	require.Equal(t, "closed", c.Status)
	assert.Equal(t, []bridge.MoneyLine{{Key: "closed", Label: "Dépôt clos\u00a0: plus de subvention à demander"}}, c.Money.Lines)
	require.NotNil(t, c.Next)
	assert.Equal(t, "ouvre le 8 octobre 2021, session annoncée le 21 septembre 2021, après cette date", c.Next.Calendar)
	assert.Equal(t, "eligible", c.Next.Verdict)
	assert.Equal(t, "grant", c.Next.Money.Promise)
	require.Len(t, c.Next.Money.Lines, 4, "with what of the 2e session's funding is the library's choice")
	assert.Equal(t, "choice", c.Next.Money.Lines[3].Key)
	assert.Equal(t, next, c.Next.Money.Lines[1].Amount)
	assert.NotEmpty(t, c.Next.Money.Bar)
	assert.Empty(t, c.Questions, "eligible under the next session's rules: nothing to ask")
	assert.Equal(t, "Meilleure subvention\u00a0: "+next+" — Meilleur usage des données, 2e session (dépôt ouvre le 8 octobre 2021, session annoncée le 21 septembre 2021, après cette date)", resp.Glance.Best)

	// Without themes, the next session's questions, said so.
	r.Themes = nil
	resp = bridge.Bridge{}.Answer(r)
	c = cards(resp)["donnees"]
	assert.Equal(t, "undetermined", c.Next.Verdict)
	assert.Equal(t, "conditional", c.Next.Money.Promise)
	assert.Equal(t, []bridge.Question{{Fact: "Themes", Field: "themes", Text: "Quels sont les thèmes du projet\u00a0?"}}, c.Questions)
	assert.Equal(t, "2e session", c.QuestionsFor)
	require.NotNil(t, resp.Question)
	assert.Equal(t, "Themes", resp.Question.Fact)
}

// TestUpcomingIntake checks that a card whose intake is still to open says
// when to apply.
func TestUpcomingIntake(t *testing.T) {
	r := bridge.Example()
	r.On = "10/01/2021"
	resp := bridge.Bridge{}.Answer(r)
	c := cards(resp)["donnees"]
	require.Equal(t, "upcoming", c.Status)
	require.Equal(t, "eligible", c.Verdict)
	assert.Equal(t, "grant", c.Money.Promise)
	assert.Equal(t, "du 25 janvier au 28 mai 2021", c.Apply)
	assert.Empty(t, cards(resp)["services-usagers"].Apply, "no grant, nothing to apply for")
	assert.Contains(t, resp.Glance.Best, "(dépôt ouvre le 25 janvier 2021)")
}

// TestConcludedAsksNothing checks that the cards follow
// relance.NextQuestions: an eligible or ineligible card asks nothing, and
// the next question is the one it ranks first.
func TestConcludedAsksNothing(t *testing.T) {
	r := bridge.Example()
	r.Practices = nil
	resp, options := answered(t, bridge.Bridge{}, r)
	for _, c := range resp.Options {
		if c.Verdict != "undetermined" {
			assert.Empty(t, c.Questions, c.Scheme)
		}
	}
	want := relance.NextQuestions(options)
	require.NotEmpty(t, want)
	require.NotNil(t, resp.Question)
	assert.Equal(t, want[0].Fact, resp.Question.Fact)
}

func TestGlance(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(*bridge.Request)
		eligible int
		verdicts string
		best     string
		scheme   string
	}{
		{"the README's project", func(*bridge.Request) {}, 2, "2 dispositifs éligibles sur 4",
			"Meilleure subvention\u00a0: 145\u202f000,00\u00a0€ — Consultation nationale de l’Incubateur des Territoires", "incubateur-territoires"},
		{"a grant to settle", func(r *bridge.Request) { r.Themes = nil }, 0, "Aucun dispositif éligible sur 4, 3 à préciser",
			"Meilleure subvention possible\u00a0: 145\u202f000,00\u00a0€ si les critères à préciser sont remplis — Consultation nationale de l’Incubateur des Territoires", "incubateur-territoires"},
		{"one eligible", func(r *bridge.Request) { r.Practices = []string{"accessibilite"} }, 1, "1 dispositif éligible sur 4",
			"Meilleure subvention\u00a0: 105\u202f000,00\u00a0€ — Meilleur usage des données", "donnees"},
		{"no budget", func(r *bridge.Request) { r.Budget = nil }, 2, "2 dispositifs éligibles sur 4",
			"Indiquez le budget pour chiffrer la subvention.", ""},
		{"nothing left to ask for", func(r *bridge.Request) { r.On, r.Start, r.Results = "15/12/2021", "01/01/2022", "30/06/2023" }, 2, "2 dispositifs éligibles sur 4",
			"Aucune subvention à demander à cette date.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bridge.Example()
			tt.edit(&r)
			g := bridge.Bridge{}.Answer(r).Glance
			require.NotNil(t, g)
			assert.Equal(t, tt.eligible, g.Eligible)
			assert.Equal(t, tt.verdicts, g.Verdicts)
			assert.Equal(t, tt.best, g.Best)
			assert.Equal(t, tt.scheme, g.BestScheme)
		})
	}
	r := bridge.Example()
	r.On = ""
	assert.Nil(t, bridge.Bridge{}.Answer(r).Glance, "no results, no glance")
}
