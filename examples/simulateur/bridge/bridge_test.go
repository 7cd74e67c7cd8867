package bridge_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readme is the default project of examples/orientation, which the README
// orients on 1 March 2021, written as Go.
func readme() scheme.Project {
	return scheme.Project{
		Title: "Entrepôt de données territorial mutualisé",
		Lead:  scheme.Body{Kind: scheme.Syndicat},
		Members: []scheme.Body{
			{Kind: scheme.EPCI, Population: 350000},
			{Kind: scheme.EPCI, Population: 120000},
			{Kind: scheme.EPCI, Population: 90000},
		},
		Departement: scheme.No,
		SharedNeed:  scheme.Yes,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
		Practices:   []scheme.Practice{scheme.CodeOuvert},
		Start:       calendar.MustDate(2021, time.April, 1),
		Results:     calendar.MustDate(2022, time.June, 30),
		Budget: cost.Budget{
			{Category: cost.Services, Amount: cost.Euros(180000)},
			{Category: cost.Consulting, Amount: cost.Euros(30000)},
			{Category: cost.Personnel, Amount: cost.Euros(60000)},
			{Category: cost.Equipment, Amount: cost.Euros(20000)},
		},
	}
}

func TestExampleIsTheREADMEProject(t *testing.T) {
	p, on, rows, errs := bridge.Bridge{}.Project(bridge.Example())
	require.Empty(t, errs)
	assert.Equal(t, calendar.MustDate(2021, time.March, 1), on)
	assert.Equal(t, []int{0, 1, 2}, rows)

	got, err := relance.Orient(p, on)
	require.NoError(t, err)
	want, err := relance.Orient(readme(), on)
	require.NoError(t, err)
	// Names and labels aside, which no figure depends on, the example is
	// the README's project: the same figures, the same reasons.
	assert.Equal(t, relance.Explain(want), relance.Explain(got))
}

// requests are projects as the form sends them, each with its date.
func requests() map[string]bridge.Request {
	departement := bridge.Request{
		On: "15/10/2021", Title: "Démarches en ligne du département",
		Lead:        bridge.BodyInput{Name: "Département de l’Isère", Kind: "departement", Population: "1 258 722"},
		Departement: "yes", SharedNeed: "no",
		Themes: []string{"services"}, Practices: []string{"accessibilite", "langage-simple", "mobile"},
		Start: "15/11/2021", Results: "30/04/2023",
		Budget: []bridge.LineInput{
			{Category: "prestations", Label: "Refonte", Amount: "120 000,50"},
			{Category: "personnel", Label: "Agents", Amount: "40 000"},
		},
	}
	incomplete := bridge.Request{
		On:      "10/02/2021",
		Lead:    bridge.BodyInput{Kind: "commune"},
		Members: []bridge.BodyInput{{Kind: "epci"}, {Kind: "partenaire", Name: "Association"}},
		Start:   "2021-03-01",
		Budget:  []bridge.LineInput{{Category: "logiciels", Amount: "15 500,75"}, {Category: "autre", Label: "Pas encore chiffré"}},
	}
	between := bridge.Example()
	between.On = "01/07/2021"
	tooEarly := bridge.Example() // starts before the 2e session opens: ineligible under its rules
	tooEarly.On, tooEarly.Start, tooEarly.Results = "01/09/2021", "01/10/2021", "31/12/2022"
	noBudget := bridge.Example()
	noBudget.Budget = nil
	capped := bridge.Example()
	capped.Budget = []bridge.LineInput{{Category: "prestations", Amount: "0"}}
	return map[string]bridge.Request{
		"the README's project":             bridge.Example(),
		"a département in the 2nd session": departement,
		"an incomplete project":            incomplete,
		"between the sessions":             between,
		"a start before the next session":  tooEarly,
		"no budget":                        noBudget,
		"a budget of 0 €":                  capped,
	}
}

// TestAnswerIsOrient checks that every figure and sentence of the cards is
// what relance.Orient says of the same project.
func TestAnswerIsOrient(t *testing.T) {
	for name, r := range requests() {
		t.Run(name, func(t *testing.T) {
			resp, _ := answered(t, bridge.Bridge{}, r)
			assert.Empty(t, resp.Errors)
			require.NotNil(t, resp.Timeline)
		})
	}
}

// answered answers r with b, checks every card against relance.Orient of
// the project that b reads of r, and returns the answer and the options.
func answered(t *testing.T, b bridge.Bridge, r bridge.Request) (bridge.Response, []relance.Option) {
	t.Helper()
	p, on, _, _ := b.Project(r)
	options, err := relance.Orient(p, on)
	require.NoError(t, err)
	resp := b.Answer(r)
	require.True(t, resp.Ready)
	assert.Equal(t, on.String(), resp.On)
	assert.Equal(t, on.French(), resp.OnFrench)
	require.Len(t, resp.Options, len(options))
	for i, o := range options {
		checkCard(t, o, p, resp.Options[i])
	}
	return resp, options
}

// checkCard checks card c against option o of project p.
func checkCard(t *testing.T, o relance.Option, p scheme.Project, c bridge.Card) {
	t.Helper()
	e := o.Eligibility
	assert.Equal(t, string(o.Scheme.ID()), c.Scheme)
	assert.Equal(t, o.Scheme.Name(), c.Name)
	assert.Equal(t, o.Scheme.Operator(), c.Operator)
	assert.Equal(t, o.Session.ID(), c.Session)
	assert.Equal(t, o.Session.Name(), c.SessionName)
	assert.Equal(t, e.Verdict.String(), c.Verdict)
	assert.Equal(t, e.Verdict.Label(), c.VerdictLabel)
	assert.Equal(t, o.Status.String(), c.Status)
	// The calendar line says what relance's own explanation says.
	assert.Equal(t, relance.IntakeText(o.Session, o.On), c.Calendar)
	assert.Contains(t, o.Explain(), c.Calendar)
	if o.Phase != nil {
		assert.Equal(t, o.Phase.Name, c.Phase)
	} else {
		assert.Empty(t, c.Phase)
	}
	require.Len(t, c.Criteria, len(e.Criteria))
	for i, cr := range e.Criteria {
		got := c.Criteria[i]
		assert.Equal(t, cr.Code.String(), got.Code)
		assert.Equal(t, cr.Label(), got.Label)
		assert.Equal(t, cr.Outcome.String(), got.Outcome)
		assert.Equal(t, cr.Outcome.Label(), got.OutcomeLabel)
		assert.Equal(t, map[scheme.Outcome]string{scheme.Met: "✓", scheme.NotMet: "✗", scheme.Unknown: "?"}[cr.Outcome], got.Mark)
		assert.Equal(t, cr.Reason(), got.Reason)
	}
	// The questions are relance.NextQuestions's for this scheme, in its
	// order: none for a concluded card, nor for a closed intake with no
	// session to come.
	facts := []string{}
	for _, q := range c.Questions {
		facts = append(facts, q.Fact)
		assert.True(t, strings.HasSuffix(q.Text, french.NoBreak+"?") || strings.HasPrefix(q.Text, "À renseigner"), q.Text)
	}
	want := []string{}
	for _, q := range relance.NextQuestions([]relance.Option{o}) {
		want = append(want, q.Fact)
	}
	assert.Equal(t, want, facts)
	if e.Verdict != scheme.Undetermined && o.NextEligibility == nil {
		assert.Empty(t, c.Questions, "a concluded card asks nothing")
	}
	checkMoney(t, o.Promise(), o.Funding, o.Session, c.Money)
	if o.Status == calendar.Upcoming && o.Promise().Pays() {
		assert.Equal(t, o.Session.IntakeOn(o.On).Window.French(), c.Apply)
		assert.Contains(t, o.Explain(), "Demande à déposer"+french.Colon+c.Apply)
	} else {
		assert.Empty(t, c.Apply)
	}
	if o.Next.IsZero() {
		assert.Nil(t, c.Next)
		assert.Empty(t, c.QuestionsFor)
		return
	}
	require.NotNil(t, c.Next)
	assert.Equal(t, o.Next.ID(), c.Next.Session)
	assert.Equal(t, o.Next.Name(), c.Next.Name)
	assert.Equal(t, o.NextEligibility.Verdict.String(), c.Next.Verdict)
	assert.Equal(t, o.NextEligibility.Verdict.Label(), c.Next.VerdictLabel)
	assert.Contains(t, o.Explain(), "Prochaine session"+french.Colon+c.Next.Name+", "+c.Next.Calendar)
	checkMoney(t, o.NextPromise(), o.NextFunding, o.Next, c.Next.Money)
	reasons := []string{}
	for _, cr := range o.NextEligibility.Criteria {
		if o.NextEligibility.Verdict == scheme.Ineligible && cr.Outcome == scheme.NotMet {
			reasons = append(reasons, cr.Reason())
			assert.Contains(t, o.Explain(), "    ✗ "+cr.Reason()+"\n", "Explain says it too")
		}
	}
	assert.Equal(t, reasons, c.Next.Reasons)
	if len(c.Questions) > 0 {
		assert.Equal(t, o.Next.Name(), c.QuestionsFor, "the questions settle the next session")
	}
}

// checkMoney checks the honest-money rule: a grant for an eligible project,
// a conditional grant for one to settle, none for an ineligible one, and
// nothing to ask for under a closed intake; and that what of the funding
// of session s is the library's choice is said beside the figures.
func checkMoney(t *testing.T, p relance.Promise, f *cost.Result, s scheme.Session, m bridge.Money) {
	t.Helper()
	assert.Equal(t, f, m.Funding)
	assert.Equal(t, p.String(), m.Promise)
	if f == nil {
		assert.Empty(t, m.Lines)
		assert.Empty(t, m.Bar)
		return
	}
	if !p.Pays() {
		require.Len(t, m.Lines, 1)
		assert.Equal(t, map[relance.Promise]string{relance.NoGrant: "none", relance.ClosedIntake: "closed"}[p], m.Lines[0].Key)
		assert.Equal(t, p.Label(), m.Lines[0].Label)
		assert.Empty(t, m.Lines[0].Amount, "no figure where no grant is promised")
		assert.Empty(t, m.Bar)
		return
	}
	lines := 3
	if note := s.FundingNote(); note != "" {
		lines++
		require.Len(t, m.Lines, lines)
		assert.Equal(t, bridge.MoneyLine{Key: "choice", Label: "À savoir", Note: note}, m.Lines[3])
	}
	require.Len(t, m.Lines, lines)
	assert.Equal(t, "eligible", m.Lines[0].Key)
	assert.Equal(t, f.Eligible.French(), m.Lines[0].Amount)
	assert.Equal(t, "sur "+f.Total.French(), m.Lines[0].Note)
	assert.Equal(t, "grant", m.Lines[1].Key)
	assert.Equal(t, f.Grant.French(), m.Lines[1].Amount)
	formula := f.Rate.French() + " × " + f.Eligible.French()
	if note := f.RoundingNote(); note != "" {
		formula += ", " + note
	}
	assert.Equal(t, formula, m.Lines[1].Note)
	assert.Equal(t, "remainder", m.Lines[2].Key)
	assert.Equal(t, f.Remainder.French(), m.Lines[2].Amount)
	assert.Equal(t, p.Label(), m.Lines[1].Label)
	if f.Total.IsZero() {
		assert.Empty(t, m.Bar)
		return
	}
	total := 0
	parts := map[string]bridge.Segment{}
	for _, s := range m.Bar {
		total += s.Permyriad
		parts[s.Part] = s
		assert.NotEqual(t, "0.00", s.Value, "a part of 0 € is left out")
	}
	assert.Equal(t, 10000, total)
	want := map[string]cost.Amount{"grant": f.Grant, "remainder": f.Eligible.Sub(f.Grant), "excluded": f.Excluded}
	for part, amount := range want {
		s, ok := parts[part]
		if amount.IsZero() {
			assert.False(t, ok, part)
			continue
		}
		require.True(t, ok, part)
		assert.Equal(t, amount.French(), s.Amount)
		assert.Equal(t, amount.String(), s.Value)
		// Within one ten-thousandth of the exact share.
		exact := float64(amount.Cents()) * 10000 / float64(f.Total.Cents())
		assert.InDelta(t, exact, float64(s.Permyriad), 1, part)
	}
}

func TestHonestMoney(t *testing.T) {
	resp := bridge.Bridge{}.Answer(bridge.Example())
	byScheme := map[string]bridge.Card{}
	for _, c := range resp.Options {
		byScheme[c.Scheme] = c
	}
	// Eligible: a grant that is a grant, and a bar.
	donnees := byScheme["donnees"]
	require.Equal(t, "eligible", donnees.Verdict)
	assert.Equal(t, []bridge.MoneyLine{
		{Key: "eligible", Label: "Dépenses retenues", Amount: "210\u202f000,00\u00a0€", Note: "sur 290\u202f000,00\u00a0€"},
		{Key: "grant", Label: "Subvention", Amount: "105\u202f000,00\u00a0€", Note: "50\u00a0% × 210\u202f000,00\u00a0€"},
		{Key: "remainder", Label: "Reste à charge", Amount: "185\u202f000,00\u00a0€"},
	}, donnees.Money.Lines)
	assert.Equal(t, []bridge.Segment{
		{Part: "grant", Label: "Subvention", Amount: "105\u202f000,00\u00a0€", Value: "105000.00", Permyriad: 3621, Share: "36,21\u00a0%"},
		{Part: "remainder", Label: "Reste à charge sur les dépenses retenues", Amount: "105\u202f000,00\u00a0€", Value: "105000.00", Permyriad: 3621, Share: "36,21\u00a0%"},
		{Part: "excluded", Label: "Dépenses exclues, à votre charge", Amount: "80\u202f000,00\u00a0€", Value: "80000.00", Permyriad: 2758, Share: "27,58\u00a0%"},
	}, donnees.Money.Bar)

	// Ineligible: no grant, no bar, but the policy's figures for programs.
	services := byScheme["services-usagers"]
	require.Equal(t, "ineligible", services.Verdict)
	assert.Equal(t, []bridge.MoneyLine{{Key: "none", Label: "Pas de subvention", Note: "le projet ne remplit pas les critères de ce dispositif."}}, services.Money.Lines)
	assert.Empty(t, services.Money.Bar)
	require.NotNil(t, services.Money.Funding)
	assert.Equal(t, cost.Euros(115000), services.Money.Funding.Grant)

	// Undetermined: the grant if the criteria to settle are met.
	r := bridge.Example()
	r.Themes = nil
	resp = bridge.Bridge{}.Answer(r)
	for _, c := range resp.Options {
		if c.Scheme == "donnees" {
			require.Equal(t, "undetermined", c.Verdict)
			assert.Equal(t, "Subvention si les critères à préciser sont remplis", c.Money.Lines[1].Label)
			assert.Equal(t, "Reste à charge dans ce cas", c.Money.Lines[2].Label)
			assert.Equal(t, "Subvention possible", c.Money.Bar[0].Label)
		}
	}
	require.NotNil(t, resp.Question)
	assert.Equal(t, bridge.Question{Fact: "Themes", Field: "themes", Text: "Quels sont les thèmes du projet\u00a0?"}, *resp.Question)
}

func TestQuestions(t *testing.T) {
	r := bridge.Request{On: "01/03/2021", Members: []bridge.BodyInput{{Kind: "epci", Population: "100"}, {Kind: "epci"}}}
	resp, options := answered(t, bridge.Bridge{}, r)
	var donnees bridge.Card
	var option relance.Option
	for i, c := range resp.Options {
		if c.Scheme == "donnees" {
			donnees, option = c, options[i]
		}
	}
	// Each question names the form's field that answers it, and asks in
	// French, in the order of relance.NextQuestions.
	fields := map[string]bridge.Question{
		"Lead.Kind":             {Fact: "Lead.Kind", Field: "lead.kind", Text: "Quelle est la nature du porteur\u00a0?"},
		"Lead.Population":       {Fact: "Lead.Population", Field: "lead.population", Text: "Combien d’habitants le porteur compte-t-il\u00a0?"},
		"Members[1].Population": {Fact: "Members[1].Population", Field: "members.1.population", Text: "Combien d’habitants le membre n°\u00a02 compte-t-il\u00a0?"},
		"Departement":           {Fact: "Departement", Field: "departement", Text: "Le projet couvre-t-il un département entier\u00a0?"},
		"Themes":                {Fact: "Themes", Field: "themes", Text: "Quels sont les thèmes du projet\u00a0?"},
		"Start":                 {Fact: "Start", Field: "start", Text: "Quand le projet commence-t-il\u00a0?"},
		"Results":               {Fact: "Results", Field: "results", Text: "Quand les résultats concrets sont-ils attendus\u00a0?"},
	}
	want := []bridge.Question{}
	for _, q := range relance.NextQuestions([]relance.Option{option}) {
		require.Contains(t, fields, q.Fact)
		want = append(want, fields[q.Fact])
	}
	assert.Len(t, want, len(fields), "every fact above is asked")
	assert.Equal(t, want, donnees.Questions)
	// The first scheme to settle asks first; the Incubateur asks for the
	// shared need and the practices too.
	for _, c := range resp.Options {
		if c.Scheme == "incubateur-territoires" {
			assert.Contains(t, c.Questions, bridge.Question{Fact: "SharedNeed", Field: "shared_need", Text: "Le besoin est-il commun à d’autres collectivités\u00a0?"})
			assert.Contains(t, c.Questions, bridge.Question{Fact: "Practices", Field: "practices", Text: "À quelles bonnes pratiques le projet s’engage-t-il\u00a0?"})
		}
	}
	assert.Equal(t, "À renseigner\u00a0: Budget", bridge.Ask("Budget", 0))
}

func TestSummary(t *testing.T) {
	tests := []struct {
		name string
		edit func(*bridge.Request)
		want string
	}{
		{"the README's project", func(*bridge.Request) {},
			"Au 1er mars 2021, sur 4 dispositifs\u00a0: 2 éligibles, 2 non éligibles."},
		{"three to settle", func(r *bridge.Request) { r.Themes = nil },
			"Au 1er mars 2021, sur 4 dispositifs\u00a0: 3 à préciser, 1 non éligible."},
		{"one eligible, one ineligible", func(r *bridge.Request) { r.Themes = []string{"services"}; r.Practices = []string{"code-ouvert"} },
			"Au 1er mars 2021, sur 4 dispositifs\u00a0: 1 éligible, 3 non éligibles."},
		{"a field to correct", func(r *bridge.Request) { r.Budget[0].Amount = "12.5" },
			"Au 1er mars 2021, sur 4 dispositifs\u00a0: 2 éligibles, 2 non éligibles. 1 champ à corriger."},
		{"no date: missing, not to correct", func(r *bridge.Request) { r.On = ""; r.Start = "x" },
			"Aucun résultat\u00a0: la date d’orientation manque. 1 champ à corriger."},
		{"an empty form, calm", func(r *bridge.Request) { *r = bridge.Request{} },
			"Aucun résultat\u00a0: la date d’orientation manque."},
		{"a date that does not read", func(r *bridge.Request) { r.On = "1er mars" },
			"Aucun résultat\u00a0: la date d’orientation est à corriger. 1 champ à corriger."},
		{"a date that does not exist says so", func(r *bridge.Request) { r.On = "31/02/2021" },
			"Aucun résultat\u00a0: la date «\u00a031/02/2021\u00a0» n’existe pas. 1 champ à corriger."},
		{"two members described alike", func(r *bridge.Request) {
			r.Members = append(r.Members, bridge.BodyInput{Kind: "epci"}, bridge.BodyInput{Kind: "epci"})
		},
			"Au 1er mars 2021, sur 4 dispositifs\u00a0: 2 éligibles, 2 non éligibles. 1 champ à corriger."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bridge.Example()
			tt.edit(&r)
			assert.Equal(t, tt.want, bridge.Bridge{}.Answer(r).Summary)
		})
	}
}

func TestOrientJSON(t *testing.T) {
	b := bridge.Bridge{}
	request, err := json.Marshal(bridge.Example())
	require.NoError(t, err)
	var got bridge.Response
	require.NoError(t, json.Unmarshal(b.Orient(request), &got))
	want := b.Answer(bridge.Example())
	// The funding decodes to equal figures; compare the rest as JSON.
	wantJSON, err := json.Marshal(want)
	require.NoError(t, err)
	gotJSON, err := json.Marshal(got)
	require.NoError(t, err)
	assert.JSONEq(t, string(wantJSON), string(gotJSON))

	tests := []struct {
		name, request string
		want          []bridge.FieldError // Message is checked to contain the words given
	}{
		{"empty", "", []bridge.FieldError{{Code: bridge.CodeRequestSyntax, Message: "La demande n’a pas pu être lue, ce n’est pas du JSON\u00a0; rechargez la page."}}},
		{"cut", "{", []bridge.FieldError{{Code: bridge.CodeRequestSyntax}}},
		{"two objects", `{"on": "01/03/2021"} {}`, []bridge.FieldError{{Code: bridge.CodeRequestSyntax}}},
		{"a list", "[]", []bridge.FieldError{{Code: bridge.CodeRequestValue,
			Message: "La demande n’a pas pu être lue, ce n’est pas un objet JSON\u00a0; rechargez la page."}}},
		{"a number for a date", `{"on": 3}`, []bridge.FieldError{{Code: bridge.CodeRequestValue, Path: "on", Value: "3",
			Message: "La demande n’a pas pu être lue\u00a0: la valeur de «\u00a0on\u00a0» n’est pas du type attendu\u00a0; rechargez la page."}}},
		{"an object for a list", `{"members": {}}`, []bridge.FieldError{{Code: bridge.CodeRequestValue, Path: "members"}}},
		{"an unknown key", `{"lead": {"populaton": "12"}}`, []bridge.FieldError{{Code: bridge.CodeRequestKey, Path: "lead.populaton",
			Message: "La demande n’a pas pu être lue\u00a0: la clé «\u00a0lead.populaton\u00a0» est inconnue\u00a0; rechargez la page."}}},
		{"a key in another case", `{"On": "01/03/2021"}`, []bridge.FieldError{{Code: bridge.CodeRequestKey, Path: "On"}}},
		{"a key given twice", `{"on": "01/03/2021", "on": "02/03/2021"}`, []bridge.FieldError{{Code: bridge.CodeRequestDuplicate, Path: "on",
			Message: "la clé «\u00a0on\u00a0» est donnée deux fois"}}},
		{"every problem at once, each at its path", `{"members": [{}, {"population": 12000, "kind": ["epci"]}], "budget": [{"montant": "1"}], "themes": "donnees"}`,
			[]bridge.FieldError{
				{Code: bridge.CodeRequestValue, Path: "members[1].population", Value: "12000"},
				{Code: bridge.CodeRequestValue, Path: "members[1].kind"},
				{Code: bridge.CodeRequestKey, Path: "budget[0].montant"},
				{Code: bridge.CodeRequestValue, Path: "themes", Value: `"donnees"`},
			}},
		{"a key of a megabyte", `{"` + strings.Repeat("k", 1<<20) + `": 1}`, []bridge.FieldError{{Code: bridge.CodeRequestKey,
			Path: `["` + strings.Repeat("k", 64) + `…" (1048576 bytes)]`, Message: strings.Repeat("k", 20)}}},
		{"a value of a megabyte", `{"on": ` + strings.Repeat("1", 1<<20) + `}`, []bridge.FieldError{{Code: bridge.CodeRequestValue, Path: "on"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp bridge.Response
			require.NoError(t, json.Unmarshal(b.Orient([]byte(tt.request)), &resp))
			assert.False(t, resp.Ready)
			assert.Equal(t, []bridge.Card{}, resp.Options)
			require.Len(t, resp.Errors, len(tt.want))
			for i, want := range tt.want {
				got := resp.Errors[i]
				assert.Equal(t, want.Code, got.Code)
				assert.Empty(t, got.Field, "a problem of the request, on no field of the form")
				assert.Contains(t, got.Message, want.Message)
				assert.Less(t, len(got.Message), 300, "the message stays short")
				assert.Less(t, len(got.Path)+len(got.Value), 300, "the path and the value stay short")
				assert.Equal(t, want.Path, got.Path)
				if want.Value != "" {
					assert.Equal(t, want.Value, got.Value)
				}
			}
			assert.Equal(t, "Aucun résultat\u00a0: la demande n’a pas pu être lue.", resp.Summary, "no field of the form to correct")
		})
	}
}
