package bridge_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProject(t *testing.T) {
	r := bridge.Request{
		On: " 2021-03-01 ", Title: "  Portail  ",
		Lead:        bridge.BodyInput{Name: " Ville ", Kind: " commune ", Population: "70 000"},
		Members:     []bridge.BodyInput{{}, {Kind: "partenaire", Name: "Association"}},
		Departement: "no", SharedNeed: "",
		Themes: []string{"services", " cooperation "}, Practices: []string{"mobile"},
		Start: "1/4/2021", Results: "",
		Budget: []bridge.LineInput{
			{Category: "prestations", Amount: "10 000"},
			{Category: "autre", Label: "Pas encore chiffré", Amount: "  "},
			{Category: "formation", Label: " Agents ", Amount: "2 500,50 €"},
		},
	}
	p, on, rows, errs := bridge.Bridge{}.Project(r)
	require.Empty(t, errs)
	assert.Equal(t, calendar.MustDate(2021, time.March, 1), on)
	assert.True(t, p.Requested.IsZero(), "no date of request: the day of the orientation")
	assert.Equal(t, []int{0, 1}, rows)
	assert.Equal(t, scheme.Project{
		Title:       "Portail",
		Lead:        scheme.Body{Name: "Ville", Kind: scheme.Commune, Population: 70000},
		Members:     []scheme.Body{{}, {Kind: scheme.Partenaire, Name: "Association"}},
		Departement: scheme.No,
		Themes:      []scheme.Theme{scheme.ThemeServices, scheme.ThemeCooperation},
		Practices:   []scheme.Practice{scheme.Mobile},
		Start:       calendar.MustDate(2021, time.April, 1),
		Budget: cost.Budget{
			{Category: cost.Services, Label: "Prestations externes", Amount: cost.Euros(10000)},
			{Category: cost.Training, Label: "Agents", Amount: cost.Cents(250050)},
		},
	}, p)
}

// TestProjectErrors checks that each problem is on its field, in French,
// and that the rest of the project still counts.
func TestProjectErrors(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*bridge.Request)
		want  []bridge.FieldError // Message is checked to contain the words given
		check func(*testing.T, scheme.Project, calendar.Date)
	}{
		{"an amount with a dot", func(r *bridge.Request) { r.Budget[1].Amount = "30.000" },
			[]bridge.FieldError{{Field: "budget.1.amount", Code: bridge.CodeAmountDot, Message: "Montant «\u00a030.000\u00a0»\u00a0: séparez les centimes par une virgule"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				assert.Len(t, p.Budget, 3, "the other lines count")
				assert.Equal(t, cost.Euros(260000), p.Budget.Total())
			}},
		{"an unknown category", func(r *bridge.Request) { r.Budget[0].Category = "voyages" },
			[]bridge.FieldError{{Field: "budget.0.category", Code: bridge.CodeUnknownValue, Message: "Choix inconnu «\u00a0voyages\u00a0»"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) { assert.Len(t, p.Budget, 3) }},
		{"a bad amount and a bad category on one line, in the form's order", func(r *bridge.Request) { r.Budget[0] = bridge.LineInput{Category: "?", Amount: "-3"} },
			[]bridge.FieldError{
				{Field: "budget.0.category", Code: bridge.CodeUnknownValue, Message: "Choix inconnu"},
				{Field: "budget.0.amount", Code: bridge.CodeAmountNegative, Message: "ne peut pas être négative"},
			}, nil},
		{"a date of request that does not exist", func(r *bridge.Request) { r.Requested = "29/02/2021" },
			[]bridge.FieldError{{Field: "requested", Code: bridge.CodeDateInvalid, Message: "La date «\u00a029/02/2021\u00a0» n’existe pas"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) { assert.True(t, p.Requested.IsZero()) }},
		{"a bad population", func(r *bridge.Request) { r.Members[1].Population = "120 000,5" },
			[]bridge.FieldError{{Field: "members.1.population", Code: bridge.CodePopulationSyntax, Message: "nombre entier d’habitants"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				require.Len(t, p.Members, 3, "the member stays, its population unknown")
				assert.Zero(t, p.Members[1].Population)
				assert.Equal(t, scheme.EPCI, p.Members[1].Kind)
			}},
		{"a population grouped wrong", func(r *bridge.Request) { r.Lead.Population = "1 00" },
			[]bridge.FieldError{{Field: "lead.population", Code: bridge.CodeAmountGrouping, Message: "groupez les chiffres par trois"}}, nil},
		{"a huge population", func(r *bridge.Request) { r.Lead.Population = "1 000 000 000 000" },
			[]bridge.FieldError{{Field: "lead.population", Code: bridge.CodePopulationRange, Message: "trop grand"}}, nil},
		{"an unknown kind", func(r *bridge.Request) { r.Lead.Kind = "mairie" },
			[]bridge.FieldError{{Field: "lead.kind", Code: bridge.CodeUnknownValue, Message: "«\u00a0mairie\u00a0»"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) { assert.Empty(t, p.Lead.Kind) }},
		{"an unknown answer", func(r *bridge.Request) { r.SharedNeed = "peut-être" },
			[]bridge.FieldError{{Field: "shared_need", Code: bridge.CodeUnknownValue, Message: "peut-être"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				assert.Equal(t, scheme.Unanswered, p.SharedNeed)
			}},
		{"an unknown theme among good ones", func(r *bridge.Request) { r.Themes = []string{"sport", "donnees"} },
			[]bridge.FieldError{{Field: "themes", Code: bridge.CodeUnknownValue, Message: "sport"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				assert.Equal(t, []scheme.Theme{scheme.ThemeDonnees}, p.Themes)
			}},
		{"an unknown practice", func(r *bridge.Request) { r.Practices = []string{""} },
			[]bridge.FieldError{{Field: "practices", Code: bridge.CodeUnknownValue, Message: "Choix inconnu"}}, nil},
		{"a start date that does not exist", func(r *bridge.Request) { r.Start = "31/04/2021" },
			[]bridge.FieldError{{Field: "start", Code: bridge.CodeDateInvalid, Message: "La date «\u00a031/04/2021\u00a0» n’existe pas"}},
			func(t *testing.T, p scheme.Project, on calendar.Date) {
				assert.True(t, p.Start.IsZero())
				assert.False(t, p.Results.IsZero())
				assert.False(t, on.IsZero())
			}},
		{"an unreadable results date", func(r *bridge.Request) { r.Results = "juin 2022" },
			[]bridge.FieldError{{Field: "results", Code: bridge.CodeDateSyntax, Message: "écrivez-la jj/mm/aaaa"}}, nil},
		{"results before the start", func(r *bridge.Request) { r.Results = "01/01/2021" },
			[]bridge.FieldError{{Field: "results", Code: bridge.CodeResultsBeforeStart, Message: "avant le début du projet, le 1er avril 2021."}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				assert.True(t, p.Results.IsZero())
				assert.False(t, p.Start.IsZero())
			}},
		{"no date of orientation", func(r *bridge.Request) { r.On = " " },
			[]bridge.FieldError{{Field: "on", Code: bridge.CodeDateMissing, Message: "Indiquez la date d’orientation"}},
			func(t *testing.T, _ scheme.Project, on calendar.Date) { assert.True(t, on.IsZero()) }},
		{"a bad date of orientation", func(r *bridge.Request) { r.On = "1er mars" },
			[]bridge.FieldError{{Field: "on", Code: bridge.CodeDateSyntax, Message: "Date illisible"}}, nil},
		{"an amount too large", func(r *bridge.Request) { r.Budget[0].Amount = "100 000 000 000 000 000" },
			[]bridge.FieldError{{Field: "budget.0.amount", Code: bridge.CodeAmountRange, Message: "trop grand"}}, nil},
		{"a total too large", func(r *bridge.Request) {
			r.Budget[1].Amount = "50 000 000 000 000 000"
			r.Budget[2] = bridge.LineInput{Category: "autre"} // not filled in: skipped
			r.Budget[3].Amount = "50 000 000 000 000 000"
		},
			[]bridge.FieldError{{Field: "budget.3.amount", Code: bridge.CodeBudgetRange, Message: "total du budget est trop grand"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				require.Len(t, p.Budget, 2, "the line at which the total overflows is left out")
				assert.NoError(t, p.Validate())
			}},
		{"totals too large, line after line", func(r *bridge.Request) {
			r.Budget = nil
			for range 6 {
				r.Budget = append(r.Budget, bridge.LineInput{Category: "prestations", Amount: "50 000 000 000 000 000"})
			}
			r.Budget = append(r.Budget, bridge.LineInput{Category: "personnel", Amount: "12"})
		},
			[]bridge.FieldError{
				{Field: "budget.1.amount", Code: bridge.CodeBudgetRange},
				{Field: "budget.2.amount", Code: bridge.CodeBudgetRange},
				{Field: "budget.3.amount", Code: bridge.CodeBudgetRange},
				{Field: "budget.4.amount", Code: bridge.CodeBudgetRange},
				{Field: "budget.5.amount", Code: bridge.CodeBudgetRange},
			},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				assert.Equal(t, cost.Euros(50000000000000000).Add(cost.Euros(12)), p.Budget.Total(), "the first line and the last count")
			}},
		{"a cost typed negative zero", func(r *bridge.Request) { r.Budget[1].Amount = "-0,00" },
			[]bridge.FieldError{{Field: "budget.1.amount", Code: bridge.CodeAmountNegative, Message: "une dépense ne peut pas être négative"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) { assert.Len(t, p.Budget, 3) }},
		{"a cost with two euro signs", func(r *bridge.Request) { r.Budget[1].Amount = "30 000 € €" },
			[]bridge.FieldError{{Field: "budget.1.amount", Code: bridge.CodeAmountSyntax, Message: "Montant illisible"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) { assert.Len(t, p.Budget, 3) }},
		{"two members described alike, as the form has them while they are filled in", func(r *bridge.Request) {
			r.Members = append(r.Members, bridge.BodyInput{Kind: "epci"}, bridge.BodyInput{Kind: "epci"})
		},
			[]bridge.FieldError{{Field: "members.4", Code: bridge.CodeSameBody,
				Message: "Ce membre est décrit exactement comme le membre n°\u00a04\u00a0: une collectivité ne compte qu’une fois, ce membre n’est pas pris en compte\u00a0; s’il s’agit d’une autre collectivité, indiquez son nom ou sa population."}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				require.Len(t, p.Members, 4, "the twin is left out, the first counts")
				assert.Equal(t, scheme.Body{Kind: scheme.EPCI}, p.Members[3])
			}},
		{"two members alike once their unreadable populations are left out", func(r *bridge.Request) {
			r.Members = append(r.Members, bridge.BodyInput{Kind: "epci", Population: "12 000,5"}, bridge.BodyInput{Kind: "epci", Population: "x"})
		},
			[]bridge.FieldError{
				{Field: "members.3.population", Code: bridge.CodePopulationSyntax},
				{Field: "members.4.population", Code: bridge.CodePopulationSyntax},
			},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				require.Len(t, p.Members, 4, "the second is still left out, the first counts")
			}},
		{"a member described as the lead", func(r *bridge.Request) { r.Members[1] = r.Lead },
			[]bridge.FieldError{{Field: "members.1", Code: bridge.CodeSameBody, Message: "Ce membre est décrit exactement comme le porteur\u00a0:"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				require.Len(t, p.Members, 2)
				assert.Equal(t, 90000, p.Members[1].Population)
			}},
		{"twins and results before the start", func(r *bridge.Request) {
			r.Members = []bridge.BodyInput{{Kind: "epci"}, {}, {Kind: "epci"}, {}, {Kind: "epci"}}
			r.Results = "01/01/2021"
		},
			[]bridge.FieldError{
				{Field: "members.2", Code: bridge.CodeSameBody, Message: "comme le membre n°\u00a01\u00a0:"},
				{Field: "members.4", Code: bridge.CodeSameBody, Message: "comme le membre n°\u00a01\u00a0:"},
				{Field: "results", Code: bridge.CodeResultsBeforeStart},
			},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				assert.Equal(t, []scheme.Body{{Kind: scheme.EPCI}, {}, {}}, p.Members, "bodies about which nothing is known are no twins")
				assert.True(t, p.Results.IsZero())
			}},
		{"an official code without a lookup", func(r *bridge.Request) { r.Members[0].Code = "200040715" },
			[]bridge.FieldError{{Field: "members.0.code", Code: bridge.CodeLookupUnavailable, Message: "la recherche par code officiel n’est pas disponible"}},
			func(t *testing.T, p scheme.Project, _ calendar.Date) {
				assert.Equal(t, 350000, p.Members[0].Population)
			}},
		{"every problem at once, in the form's order", func(r *bridge.Request) {
			r.On = "32/01/2021"
			r.Budget[0].Amount = "1,234"
			r.Results = "demain"
			r.Requested = "hier"
			r.Members[2].Population = "beaucoup"
			r.Members[0].Kind = "mairie"
			r.Lead.Population = "beaucoup"
			r.Lead.Kind = "mairie"
		},
			[]bridge.FieldError{
				{Field: "on", Code: bridge.CodeDateInvalid},
				{Field: "lead.kind", Code: bridge.CodeUnknownValue},
				{Field: "lead.population", Code: bridge.CodePopulationSyntax},
				{Field: "members.0.kind", Code: bridge.CodeUnknownValue},
				{Field: "members.2.population", Code: bridge.CodePopulationSyntax},
				{Field: "requested", Code: bridge.CodeDateSyntax},
				{Field: "results", Code: bridge.CodeDateSyntax},
				{Field: "budget.0.amount", Code: bridge.CodeAmountSubCent, Message: "au centime"},
			}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bridge.Example()
			tt.edit(&r)
			p, on, _, errs := bridge.Bridge{}.Project(r)
			require.Len(t, errs, len(tt.want), "%+v", errs)
			for i, w := range tt.want {
				assert.Equal(t, w.Field, errs[i].Field)
				assert.Equal(t, w.Code, errs[i].Code)
				assert.Contains(t, errs[i].Message, w.Message)
			}
			assert.NoError(t, p.Validate(), "what is left holds")
			if tt.check != nil {
				tt.check(t, p, on)
			}
			resp := bridge.Bridge{}.Answer(r)
			assert.Equal(t, errs, resp.Errors)
			assert.Equal(t, !on.IsZero(), resp.Ready, "the rest keeps working")
		})
	}
}

// fieldsOf returns the fields of errs, in order.
func fieldsOf(errs []bridge.FieldError) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Field
	}
	return out
}

// TestTwinsKeepTheOrientation checks the form as it is while a person adds
// two members and has chosen only their kind: the second is reported on
// its row and left out, and the rest is oriented as if it were not there.
func TestTwinsKeepTheOrientation(t *testing.T) {
	b := bridge.Bridge{}
	r := bridge.Example()
	r.Members = append(r.Members, bridge.BodyInput{Kind: "epci"}, bridge.BodyInput{Kind: "epci"})
	request, err := json.Marshal(r)
	require.NoError(t, err)
	var resp bridge.Response
	require.NoError(t, json.Unmarshal(b.Orient(request), &resp))

	require.Len(t, resp.Errors, 1)
	assert.Equal(t, "members.4", resp.Errors[0].Field)
	assert.Equal(t, bridge.CodeSameBody, resp.Errors[0].Code)
	assert.True(t, resp.Ready)
	assert.Len(t, resp.Options, 4)
	assert.NotNil(t, resp.Timeline)
	assert.NotContains(t, resp.Summary, "date")

	// The cards and the summary are those of the project without the twin.
	r.Members = r.Members[:4]
	without := b.Answer(r)
	require.Empty(t, without.Errors)
	assert.Equal(t, without.Summary+" 1 champ à corriger.", resp.Summary)
	wantJSON, err := json.Marshal(without.Options)
	require.NoError(t, err)
	gotJSON, err := json.Marshal(resp.Options)
	require.NoError(t, err)
	assert.JSONEq(t, string(wantJSON), string(gotJSON))
}
