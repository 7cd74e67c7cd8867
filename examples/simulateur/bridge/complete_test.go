package bridge_test

import (
	"errors"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCodes checks the bodies given by official codes, completed by
// territoire.Complete: what the person typed counts over the data, an
// unknown code is reported with the bodies it may mean and its body counts
// as typed, a code given twice counts once.
func TestCodes(t *testing.T) {
	b := bridge.Bridge{}.WithTerritories()
	isere, _ := official(t, "38")
	metro, _ := official(t, "200040715")
	r := bridge.Request{
		On:      "01/03/2021",
		Lead:    bridge.BodyInput{Code: "38"},
		Members: []bridge.BodyInput{{Code: "200040715", Population: "450 000"}, {Code: "1001", Kind: "commune"}, {Name: "Commune", Kind: "commune", Population: "5 000"}},
	}
	p, _, rows, errs := b.Project(r)
	require.Len(t, errs, 1)
	assert.Equal(t, "members.1.code", errs[0].Field)
	assert.Equal(t, bridge.CodeLookupFailed, errs[0].Code)
	assert.Equal(t, "Aucune collectivité connue ne porte le code «\u00a01001\u00a0»\u00a0: celui d’une commune (INSEE) a cinq caractères, comme «\u00a038185\u00a0», celui d’un EPCI (SIREN) neuf chiffres, comme «\u00a0200040715\u00a0». Vouliez-vous dire «\u00a001001\u00a0» (L'Abergement-Clémenciat, commune)\u00a0?", errs[0].Message)
	suggested, _ := official(t, "01001")
	require.Len(t, errs[0].Suggestions, 1)
	assert.Equal(t, suggested.ID, errs[0].Suggestions[0].Code)
	assert.Equal(t, "Ain", errs[0].Suggestions[0].Departement)

	assert.Equal(t, isere, p.Lead)
	// What the person typed counts over the data.
	assert.Equal(t, scheme.Body{ID: "200040715", Name: metro.Name, Kind: scheme.EPCI, Population: 450000, DepartementCode: "38"}, p.Members[0])
	assert.Equal(t, scheme.Body{Kind: scheme.Commune}, p.Members[1], "an unknown code counts as typed")
	assert.Equal(t, []int{0, 1, 2}, rows)

	t.Run("a code given twice, in two forms", func(t *testing.T) {
		r := bridge.Request{On: "01/03/2021", Lead: bridge.BodyInput{Kind: "syndicat"},
			Members: []bridge.BodyInput{{Code: "200040715"}, {Code: "200 040 715"}, {Kind: "epci"}}}
		p, _, rows, errs := b.Project(r)
		assert.Equal(t, []bridge.FieldError{{Field: "members.1.code", Code: bridge.CodeDuplicateBody,
			Message: "Cette collectivité figure déjà dans le projet, comme le membre n°\u00a01\u00a0: sa population ne compte qu’une fois, ce membre n’est pas pris en compte."}}, errs)
		assert.Equal(t, []scheme.Body{metro, {Kind: scheme.EPCI}}, p.Members)
		assert.Equal(t, []int{0, 2}, rows)
		// The questions still name the form's rows.
		resp := b.Answer(r)
		asked := false
		for _, c := range resp.Options {
			for _, q := range c.Questions {
				if q.Fact == "Members[1].Population" {
					asked = true
					assert.Equal(t, "members.2.population", q.Field)
					assert.Equal(t, "Combien d’habitants le membre n°\u00a03 compte-t-il\u00a0?", q.Text)
				}
			}
		}
		assert.True(t, asked)
	})
	t.Run("the lead's code given again", func(t *testing.T) {
		r := bridge.Request{On: "01/03/2021", Lead: bridge.BodyInput{Code: "38185"}, Members: []bridge.BodyInput{{Code: "38185"}}}
		_, _, _, errs := b.Project(r)
		require.Len(t, errs, 1)
		assert.Contains(t, errs[0].Message, "comme le porteur\u00a0:")
	})
	t.Run("twins by code and described alike, each on its field, in the form's order", func(t *testing.T) {
		r := bridge.Request{On: "01/03/2021", Lead: bridge.BodyInput{Kind: "syndicat"},
			Members: []bridge.BodyInput{{Code: "200040715"}, {Kind: "epci", Name: "A"}, {Code: "200040715"}, {Kind: "epci", Name: "A"}, {Code: "200040715"}, {Kind: "epci"}}}
		p, _, rows, errs := b.Project(r)
		assert.Equal(t, []string{"members.2.code", "members.3", "members.4.code"}, fieldsOf(errs))
		assert.Contains(t, errs[1].Message, "comme le membre n°\u00a02\u00a0:")
		assert.Len(t, p.Members, 3)
		assert.Equal(t, []int{0, 1, 5}, rows)
	})
	t.Run("a code that has no code's form", func(t *testing.T) {
		r := bridge.Request{On: "01/03/2021", Lead: bridge.BodyInput{Code: "mairie", Kind: "commune", Population: "3 000"}}
		p, _, _, errs := b.Project(r)
		require.Len(t, errs, 1)
		assert.Equal(t, "lead.code", errs[0].Field)
		assert.Equal(t, bridge.CodeLookupFailed, errs[0].Code)
		assert.Equal(t, scheme.Body{Kind: scheme.Commune, Population: 3000}, p.Lead)
	})
	t.Run("a syndicat's own SIREN, which the data does not hold", func(t *testing.T) {
		r := bridge.Request{On: "01/03/2021", Lead: bridge.BodyInput{Code: "253800825", Kind: "syndicat"}}
		p, _, _, errs := b.Project(r)
		require.Len(t, errs, 1)
		assert.Equal(t, bridge.CodeLookupFailed, errs[0].Code)
		assert.Equal(t, scheme.Body{Kind: scheme.Syndicat}, p.Lead)
	})
	t.Run("two partners by one code", func(t *testing.T) {
		// Complete leaves bodies of kinds the data holds none of to the
		// caller; the project's own check finds the twin.
		r := bridge.Request{On: "01/03/2021", Members: []bridge.BodyInput{{Code: "38185", Kind: "partenaire"}, {Code: "38185", Kind: "partenaire"}}}
		p, _, _, errs := b.Project(r)
		assert.Equal(t, []bridge.FieldError{{Field: "members.1.code", Code: bridge.CodeDuplicateBody,
			Message: "Cette collectivité figure déjà dans le projet\u00a0: sa population ne compte qu’une fois, ce membre n’est pas pris en compte."}}, errs)
		assert.Len(t, p.Members, 1)
	})
}

// TestOverlap checks the syndicat of issue 20: Grenoble-Alpes-Métropole and
// Grenoble, a commune of it, by their codes. Their inhabitants count once
// (Project.Overlap), and the cards are relance.Orient's of the completed
// project, figure for figure.
func TestOverlap(t *testing.T) {
	b := bridge.Bridge{}.WithTerritories()
	r := bridge.Request{
		On: "01/03/2021", Lead: bridge.BodyInput{Kind: "syndicat", Name: "Syndicat"},
		Members:     []bridge.BodyInput{{Code: "200040715"}, {Code: "38185"}},
		Departement: "no", SharedNeed: "yes", Themes: []string{"donnees"}, Practices: []string{"code-ouvert"},
		Start: "01/04/2021", Results: "30/06/2022",
		Budget: []bridge.LineInput{{Category: "prestations", Amount: "180 000"}},
	}
	p, _, _, errs := b.Project(r)
	require.Empty(t, errs)
	grenoble, _ := official(t, "38185")
	metro, _ := official(t, "200040715")
	assert.Equal(t, grenoble.Population, p.Overlap, "Grenoble's inhabitants count once")
	want, err := territoire.Complete(scheme.Project{Title: p.Title, Lead: scheme.Body{Kind: scheme.Syndicat, Name: "Syndicat"},
		Members: []scheme.Body{{ID: "200040715"}, {ID: "38185"}}, Departement: scheme.No, SharedNeed: scheme.Yes})
	require.NoError(t, err)
	assert.Equal(t, want.Members, p.Members)
	assert.Equal(t, want.Overlap, p.Overlap)

	resp, _ := answered(t, b, r)
	assert.Equal(t, []bridge.FieldNote{}, resp.Deduced, "what the person answers is kept")
	// The project covers the métropole's 445 059 inhabitants, below the
	// 500 000 of the first session's data call: not at scale, the
	// syndicat counting by its members.
	donnees := cards(resp)["donnees"]
	require.Equal(t, "session-1", donnees.Session)
	assert.Equal(t, "ineligible", donnees.Verdict)
	for _, cr := range donnees.Criteria {
		if cr.Code == "ampleur" {
			assert.Equal(t, "not-met", cr.Outcome)
			assert.Contains(t, cr.Reason, french.Int(int64(metro.Population))+" habitants")
			assert.Contains(t, cr.Reason, "la population du porteur, un syndicat, est celle de ses membres (choix de la bibliothèque)")
			assert.Contains(t, cr.Reason, "il manque "+french.Int(500000-int64(metro.Population))+" habitants")
		}
	}
}

func TestDeduced(t *testing.T) {
	b := bridge.Bridge{}.WithTerritories()
	tests := []struct {
		name, departement string
		codes             []string
		want              scheme.Answer
		deduced           []bridge.FieldNote
	}{
		{"a commune alone", "", []string{"38185"}, scheme.No, []bridge.FieldNote{{Field: "departement", Value: "no",
			Message: "D’après les données officielles, les collectivités du projet ne couvrent aucun département entier\u00a0: la réponse est «\u00a0Non\u00a0»."}}},
		{"the three EPCI of the Territoire de Belfort", "", []string{"200069052", "249000241", "200069060"}, scheme.Yes, []bridge.FieldNote{{Field: "departement", Value: "yes",
			Message: "D’après les données officielles, les collectivités du projet couvrent ensemble un département entier\u00a0: la réponse est «\u00a0Oui\u00a0»."}}},
		{"what the person answers is kept", "yes", []string{"38185"}, scheme.Yes, []bridge.FieldNote{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bridge.Request{On: "01/03/2021", Departement: tt.departement, Lead: bridge.BodyInput{Code: tt.codes[0]}}
			for _, c := range tt.codes[1:] {
				r.Members = append(r.Members, bridge.BodyInput{Code: c})
			}
			p, _, _, errs := b.Project(r)
			require.Empty(t, errs)
			assert.Equal(t, tt.want, p.Departement)
			assert.Equal(t, tt.deduced, b.Answer(r).Deduced)
		})
	}
}

// TestCompleteFails checks the answer when Complete fails otherwise than
// on a code, which scheme/territoire never does: the request as a whole
// gets a problem, and the rest is oriented.
func TestCompleteFails(t *testing.T) {
	b := bridge.Bridge{}.WithTerritories()
	b.Complete = func(p scheme.Project) (scheme.Project, error) { return p, errors.New("broken") }
	r := bridge.Request{On: "01/03/2021", Lead: bridge.BodyInput{Code: "38185"}}
	resp := b.Answer(r)
	require.Len(t, resp.Errors, 2)
	assert.Equal(t, bridge.CodeProjectInvalid, resp.Errors[0].Code)
	assert.Equal(t, bridge.CodeProjectInvalid, resp.Errors[1].Code)
	assert.True(t, resp.Ready)
}

// TestRequested checks the date of the grant request: empty, the day of
// the orientation; given, the project's.
func TestRequested(t *testing.T) {
	b := bridge.Bridge{}
	r := bridge.Example()
	resp := b.Answer(r)
	assert.Equal(t, "2021-03-01", resp.Requested)
	assert.Equal(t, "1er mars 2021", resp.RequestedFrench)

	r.Requested = "15/03/2021"
	p, _, _, errs := b.Project(r)
	require.Empty(t, errs)
	assert.Equal(t, calendar.MustDate(2021, time.March, 15), p.Requested)
	resp, _ = answered(t, b, r)
	assert.Equal(t, "2021-03-15", resp.Requested)
	assert.Equal(t, "15 mars 2021", resp.RequestedFrench)
}
