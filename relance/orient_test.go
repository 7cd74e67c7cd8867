package relance_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dataProject is a syndicat mixte pooling three EPCI (560 000 inhabitants)
// for a data project.
func dataProject() scheme.Project {
	return scheme.Project{
		Title: "Entrepôt de données territorial",
		Lead:  scheme.Body{ID: "253514491", Name: "Syndicat mixte", Kind: scheme.Syndicat},
		Members: []scheme.Body{
			{Name: "EPCI A", Kind: scheme.EPCI, Population: 350000},
			{Name: "EPCI B", Kind: scheme.EPCI, Population: 120000},
			{Name: "EPCI C", Kind: scheme.EPCI, Population: 90000},
		},
		Departement: scheme.No,
		SharedNeed:  scheme.Yes,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
		Practices:   []scheme.Practice{scheme.CodeOuvert},
		Start:       calendar.MustDate(2021, time.April, 1),
		Results:     calendar.MustDate(2022, time.June, 30),
		Budget: cost.Budget{
			{Category: cost.Services, Label: "Développement", Amount: cost.Euros(180000)},
			{Category: cost.Consulting, Label: "Accompagnement", Amount: cost.Euros(30000)},
			{Category: cost.Personnel, Label: "Chef de projet", Amount: cost.Euros(60000)},
			{Category: cost.Equipment, Label: "Serveurs", Amount: cost.Euros(20000)},
		},
	}
}

// laterProject is dataProject starting on 1 February 2022, after every
// intake of the catalogue: orientated on any date of 2021, its commencement
// follows the request, whatever the session (décret n° 2018-514, art. 5, II).
func laterProject() scheme.Project {
	p := dataProject()
	p.Start = calendar.MustDate(2022, time.February, 1)
	p.Results = calendar.MustDate(2023, time.June, 30)
	return p
}

func byScheme(options []relance.Option) map[scheme.ID]relance.Option {
	m := make(map[scheme.ID]relance.Option, len(options))
	for _, o := range options {
		m[o.Scheme.ID()] = o
	}
	return m
}

func ids(options []relance.Option) []scheme.ID {
	var out []scheme.ID
	for _, o := range options {
		out = append(out, o.Scheme.ID())
	}
	return out
}

func TestOrient(t *testing.T) {
	type want struct {
		verdict scheme.Verdict
		status  calendar.Status
		session string
		phase   string // "" when no step is open
		grant   cost.Amount
		next    string // the next session's ID, "" for none
	}
	tests := []struct {
		name  string
		on    calendar.Date
		order []scheme.ID
		want  map[scheme.ID]want
	}{
		{
			name:  "inside the first session",
			on:    calendar.MustDate(2021, time.March, 1),
			order: []scheme.ID{scheme.Incubateur, scheme.Donnees, scheme.ServicesUsagers, scheme.Cooperation},
			want: map[scheme.ID]want{
				scheme.Incubateur:      {scheme.Eligible, calendar.Open, "consultation-2021", "recueil", cost.Euros(145000), ""},
				scheme.Donnees:         {scheme.Eligible, calendar.Open, "session-1", "candidatures", cost.Euros(105000), ""},
				scheme.ServicesUsagers: {scheme.Ineligible, calendar.Open, "session-1", "candidatures", cost.Euros(115000), ""},
				scheme.Cooperation:     {scheme.Ineligible, calendar.Open, "session-1", "candidatures", cost.Euros(105000), ""},
			},
		},
		{
			name:  "shared boundary day of the consultation",
			on:    calendar.MustDate(2021, time.March, 15),
			order: []scheme.ID{scheme.Incubateur, scheme.Donnees, scheme.ServicesUsagers, scheme.Cooperation},
			want: map[scheme.ID]want{
				scheme.Incubateur: {scheme.Eligible, calendar.Open, "consultation-2021", "vote", cost.Euros(145000), ""},
				scheme.Donnees:    {scheme.Eligible, calendar.Open, "session-1", "candidatures", cost.Euros(105000), ""},
			},
		},
		{
			name:  "last day of the first session",
			on:    calendar.MustDate(2021, time.May, 28),
			order: []scheme.ID{scheme.Donnees, scheme.Incubateur, scheme.ServicesUsagers, scheme.Cooperation},
			want: map[scheme.ID]want{
				scheme.Donnees: {scheme.Eligible, calendar.Open, "session-1", "candidatures", cost.Euros(105000), ""},
			},
		},
		{
			name:  "between the sessions: closed, the next one announced",
			on:    calendar.MustDate(2021, time.July, 1),
			order: []scheme.ID{scheme.Incubateur, scheme.Donnees, scheme.ServicesUsagers, scheme.Cooperation},
			want: map[scheme.ID]want{
				scheme.Incubateur: {scheme.Eligible, calendar.Closed, "consultation-2021", "", cost.Euros(145000), ""}, // 1 July: between two steps of the revised calendar
				scheme.Donnees:    {scheme.Eligible, calendar.Closed, "session-1", "", cost.Euros(105000), "session-2"},
			},
		},
		{
			name:  "inside the second session: 75 %",
			on:    calendar.MustDate(2021, time.October, 8),
			order: []scheme.ID{scheme.Donnees, scheme.Incubateur, scheme.ServicesUsagers, scheme.Cooperation},
			want: map[scheme.ID]want{
				scheme.Donnees:         {scheme.Eligible, calendar.Open, "session-2", "candidatures", cost.Euros(157500), ""},
				scheme.ServicesUsagers: {scheme.Ineligible, calendar.Open, "session-2", "candidatures", cost.Euros(172500), ""},
			},
		},
		{
			name:  "after every call: closed, nothing next",
			on:    calendar.MustDate(2022, time.January, 10),
			order: []scheme.ID{scheme.Incubateur, scheme.Donnees, scheme.ServicesUsagers, scheme.Cooperation},
			want: map[scheme.ID]want{
				scheme.Incubateur: {scheme.Eligible, calendar.Closed, "consultation-2021", "deploiement", cost.Euros(145000), ""},
				scheme.Donnees:    {scheme.Eligible, calendar.Closed, "session-2", "", cost.Euros(157500), ""},
			},
		},
		{
			name:  "before everything: upcoming",
			on:    calendar.MustDate(2021, time.January, 4),
			order: []scheme.ID{scheme.Incubateur, scheme.Donnees, scheme.ServicesUsagers, scheme.Cooperation},
			want: map[scheme.ID]want{
				scheme.Incubateur: {scheme.Eligible, calendar.Upcoming, "consultation-2021", "", cost.Euros(145000), ""},
				scheme.Donnees:    {scheme.Eligible, calendar.Upcoming, "session-1", "", cost.Euros(105000), ""},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			options, err := relance.Orient(laterProject(), tt.on)
			require.NoError(t, err)
			require.Len(t, options, 4)
			assert.Equal(t, tt.order, ids(options))
			got := byScheme(options)
			for id, w := range tt.want {
				o := got[id]
				assert.Equal(t, w.verdict, o.Eligibility.Verdict, "%s verdict", id)
				assert.Equal(t, w.status, o.Status, "%s status", id)
				assert.Equal(t, w.session, o.Session.ID(), "%s session", id)
				assert.Equal(t, id, o.Scheme.ID(), "%s scheme", id)
				assert.Equal(t, o.Session, o.Scheme.SessionOn(tt.on), "%s session handle", id)
				assert.Equal(t, o.Session.ID(), o.Eligibility.Session, "%s eligibility", id)
				assert.Equal(t, tt.on, o.On, "%s date", id)
				if w.phase == "" {
					assert.Nil(t, o.Phase, "%s phase", id)
				} else if assert.NotNil(t, o.Phase, "%s phase", id) {
					assert.Equal(t, w.phase, o.Phase.ID, "%s phase", id)
				}
				if assert.NotNil(t, o.Funding, "%s funding", id) {
					assert.Equal(t, w.grant, o.Funding.Grant, "%s grant\n%s", id, o.Funding.Explain())
				}
				assert.Equal(t, w.next, o.Next.ID(), "%s next", id)
				assert.Equal(t, w.next == "", o.Next.IsZero(), "%s next", id)
			}
		})
	}
}

func TestOrientOrder(t *testing.T) {
	// An EPCI of 400 000 inhabitants with a user-services project, on a date
	// of the second session: at scale for it (300 000) but not in the first.
	p := scheme.Project{
		Lead:        scheme.Body{Kind: scheme.EPCI, Population: 400000},
		Departement: scheme.No,
		SharedNeed:  scheme.No,
		Themes:      []scheme.Theme{scheme.ThemeServices},
		Practices:   []scheme.Practice{scheme.Accessibilite, scheme.LangageSimple, scheme.Mobile},
		Start:       calendar.MustDate(2021, time.November, 1),
		Results:     calendar.MustDate(2022, time.December, 31),
	}
	options, err := relance.Orient(p, calendar.MustDate(2021, time.November, 2))
	require.NoError(t, err)
	// services-usagers is eligible; the others ineligible: donnees and
	// cooperation (wrong theme) are open, the incubateur (no shared need)
	// took projects until 15 March 2021 only.
	assert.Equal(t, []scheme.ID{scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation, scheme.Incubateur}, ids(options))
	for _, o := range options {
		assert.Nil(t, o.Funding, "no budget, no funding")
	}

	// The same project in the first session is not at scale (500 000).
	options, err = relance.Orient(p, calendar.MustDate(2021, time.April, 2))
	require.NoError(t, err)
	assert.Equal(t, scheme.Ineligible, byScheme(options)[scheme.ServicesUsagers].Eligibility.Verdict)
}

func TestOrientUndetermined(t *testing.T) {
	options, err := relance.Orient(scheme.Project{}, calendar.MustDate(2021, time.March, 1))
	require.NoError(t, err)
	require.Len(t, options, 4)
	for _, o := range options {
		assert.Equal(t, scheme.Undetermined, o.Eligibility.Verdict, "the zero project is never ineligible: %s", o.Scheme.ID())
		assert.NotEmpty(t, o.Eligibility.Missing)
		assert.Nil(t, o.Funding)
	}
	assert.Equal(t, []scheme.ID{scheme.Incubateur, scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation}, ids(options))
}

func TestOrientErrors(t *testing.T) {
	bad := dataProject()
	bad.Lead.Kind = "mairie"
	bad.Budget[3].Amount = cost.Euros(-1)
	tests := []struct {
		name  string
		p     scheme.Project
		on    calendar.Date
		is    []error
		quote string
	}{
		{"zero date", dataProject(), calendar.Date{}, []error{relance.ErrNoDate}, `"Entrepôt de données territorial"`},
		{"invalid project, every fact", bad, calendar.MustDate(2021, time.March, 1), []error{scheme.ErrInvalidProject, cost.ErrNegativeAmount}, `"mairie"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			options, err := relance.Orient(tt.p, tt.on)
			require.Error(t, err)
			assert.Nil(t, options)
			for _, target := range tt.is {
				assert.ErrorIs(t, err, target)
			}
			assert.Contains(t, err.Error(), "relance: orient")
			assert.Contains(t, err.Error(), tt.quote)
		})
	}
}

func TestOrientOwnsItsData(t *testing.T) {
	on := calendar.MustDate(2021, time.July, 1)
	snapshot := func() string {
		data, err := json.Marshal(scheme.All())
		require.NoError(t, err)
		options, err := relance.Orient(dataProject(), on)
		require.NoError(t, err)
		return string(data) + relance.Explain(options)
	}
	before := snapshot()
	first, err := relance.Orient(dataProject(), on)
	require.NoError(t, err)
	for i := range first {
		o := &first[i]
		o.Scheme.Sessions()[0].Calendar().Phases[0].Name = "changé"
		if f := o.Session.Funding(); len(f.Excluded) > 0 {
			f.Excluded[0] = cost.Other
		}
		o.Session.Rules().Applicants[0] = scheme.Partenaire
		if o.Phase != nil {
			o.Phase.Name = "changé"
		}
		if o.Funding != nil {
			o.Funding.Lines[0] = cost.LineResult{}
			o.Funding.Grant = cost.Euros(1)
		}
		o.Eligibility.Criteria[0] = scheme.Criterion{}
		if f := o.Eligibility.Criteria[1].Facts(); len(f.Themes) > 0 {
			f.Themes[0] = scheme.ThemeFormation
		}
		o.Next = scheme.Session{}
	}
	assert.Equal(t, before, snapshot(), "nothing an Option holds reaches the catalogue")
	for i, o := range first[1:] {
		assert.NotSame(t, first[i].Funding, o.Funding, "each option owns its funding")
	}
}

func TestOptionJSON(t *testing.T) {
	options, err := relance.Orient(laterProject(), calendar.MustDate(2021, time.July, 1))
	require.NoError(t, err)
	data, err := json.Marshal(options)
	require.NoError(t, err)
	var back []relance.Option
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, relance.Explain(options), relance.Explain(back), "a decoded option says the same")
	for i, o := range back {
		assert.Equal(t, options[i].Scheme, o.Scheme, "found in the catalogue")
		assert.Equal(t, options[i].Session, o.Session)
		assert.Equal(t, options[i].Next, o.Next)
		assert.Equal(t, options[i].Funding, o.Funding)
		assert.Equal(t, options[i].Phase, o.Phase)
	}
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(again))
	var objects []map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &objects))
	first := objects[0]
	for _, key := range []string{"scheme", "session", "eligibility", "on", "status", "verdict", "promise", "funding"} {
		assert.Contains(t, first, key)
	}
	assert.JSONEq(t, `"eligible"`, string(first["verdict"]))
	assert.JSONEq(t, `"closed"`, string(first["promise"]), "the consultation took projects until 15 March 2021")
	second := objects[1]
	assert.Contains(t, second, "next_eligibility")
	assert.JSONEq(t, `"closed"`, string(second["promise"]))
	assert.JSONEq(t, `"grant"`, string(second["next_promise"]))
	assert.Contains(t, string(second["next_funding"]), `"grant":"157500.00"`)
	assert.NotContains(t, first, "next_eligibility")
	assert.NotContains(t, first, "next_funding")
	assert.JSONEq(t, `{"id":"incubateur-territoires","name":"Consultation nationale de l’Incubateur des Territoires"}`, string(first["scheme"]))
	assert.JSONEq(t, `{"id":"consultation-2021","name":"Consultation nationale 2021"}`, string(first["session"]))
	assert.Contains(t, string(data), `"next":{"id":"session-2","name":"2e session"}`)

	var zero relance.Option
	data, err = json.Marshal(zero)
	require.NoError(t, err)
	assert.JSONEq(t, `{"eligibility":{"verdict":"undetermined","criteria":[],"missing":[]},"status":"upcoming","verdict":"undetermined","promise":"none"}`, string(data))
	require.NoError(t, json.Unmarshal([]byte("null"), &zero))
	require.Error(t, json.Unmarshal([]byte(`{"on":"hier"}`), &zero))
}

func TestExplain(t *testing.T) {
	options, err := relance.Orient(laterProject(), calendar.MustDate(2021, time.July, 1))
	require.NoError(t, err)
	text := relance.Explain(options)
	for _, want := range []string{
		"Meilleur usage des données",
		"clos depuis le 29 mai 2021",
		"ouvre le 8 octobre 2021",
		"taux 75 % au lieu de 50 %",
		"seuil 300 000 habitants au lieu de 500 000 habitants",
		"sous ses règles : Éligible",
		"Calendrier révisé le 19 mars 2021 (source : calendrier de la consultation sur le site de l’Incubateur des Territoires, 19 mars 2021",
	} {
		assert.Contains(t, text, nbsp(want))
	}
	assert.Equal(t, options[0].Explain()+"\n"+options[1].Explain()+"\n"+options[2].Explain()+"\n"+options[3].Explain(), text)

	undetermined, err := relance.Orient(scheme.Project{}, calendar.MustDate(2021, time.July, 1))
	require.NoError(t, err)
	assert.Contains(t, undetermined[0].Explain(), nbsp("Informations manquantes : la nature du porteur"))
	assert.Contains(t, byScheme(undetermined)[scheme.Incubateur].Explain(), "clos depuis le 16 mars 2021", "the intake of the consultation")
}

// TestExplainCalendar checks the calendar line of the consultation, whose
// intake is its first step and whose calendar was revised on 19 March 2021.
func TestExplainCalendar(t *testing.T) {
	tests := []struct {
		on   calendar.Date
		want string
	}{
		{calendar.MustDate(2021, time.January, 4), "Calendrier : ouvre le 25 janvier 2021"},
		{calendar.MustDate(2021, time.March, 1), "Calendrier : ouvert jusqu’au 15 mars 2021 ; étape en cours : Recueil des besoins et des services existants"},
		{calendar.MustDate(2021, time.March, 15), "Calendrier : ouvert jusqu’au 15 mars 2021 ; étape en cours : Vote pour les propositions"},
		{calendar.MustDate(2021, time.March, 16), "Calendrier : consultation nationale 2021 en cours, étape 2 : Vote pour les propositions ; dépôt des projets clos depuis le 16 mars 2021"},
		{calendar.MustDate(2021, time.March, 25), "Calendrier : clos depuis le 16 mars 2021\n  Calendrier révisé le 19 mars 2021"},
		{calendar.MustDate(2021, time.April, 20), "Calendrier : consultation nationale 2021 en cours, étape 2 : Soutien aux projets par les collectivités territoriales ; dépôt des projets clos depuis le 16 mars 2021"},
		{calendar.MustDate(2021, time.June, 15), "étape 3 : Lancement des groupes de travail et des territoires référents"},
		{calendar.MustDate(2030, time.January, 1), "étape 4 : Sélection des services numériques lauréats, puis développement ; dépôt des projets clos depuis le 16 mars 2021"},
	}
	for _, tt := range tests {
		t.Run(tt.on.String(), func(t *testing.T) {
			options, err := relance.Orient(dataProject(), tt.on)
			require.NoError(t, err)
			assert.Contains(t, byScheme(options)[scheme.Incubateur].Explain(), nbsp(tt.want))
		})
	}
}

// TestExplainMoney checks that a person is told of a grant only as the
// verdict allows, while Funding keeps what the policy would pay.
func TestExplainMoney(t *testing.T) {
	on := calendar.MustDate(2021, time.March, 1)
	eligible := dataProject()
	undetermined := dataProject()
	undetermined.Departement = scheme.Unanswered
	undetermined.Members[0].Population = 0
	tests := []struct {
		name    string
		p       scheme.Project
		promise relance.Promise
		want    string
	}{
		{"eligible: a grant", eligible, relance.Grant, "  Subvention : 50 % × 210 000,00 € = 105 000,00 € ; reste à charge : 185 000,00 €"},
		{"undetermined: a grant on condition", undetermined, relance.ConditionalGrant,
			"  Subvention si les critères à préciser sont remplis : 50 % × 210 000,00 € = 105 000,00 € ; reste à charge : 185 000,00 €"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			options, err := relance.Orient(tt.p, on)
			require.NoError(t, err)
			o := byScheme(options)[scheme.Donnees]
			assert.Equal(t, tt.promise, o.Promise())
			assert.Contains(t, o.Explain(), nbsp(tt.want))
		})
	}
	options, err := relance.Orient(eligible, on)
	require.NoError(t, err)
	ineligible := byScheme(options)[scheme.ServicesUsagers]
	require.Equal(t, scheme.Ineligible, ineligible.Eligibility.Verdict)
	assert.Equal(t, relance.NoGrant, ineligible.Promise())
	assert.NotContains(t, ineligible.Explain(), "Subvention")
	assert.NotContains(t, ineligible.Explain(), "Dépenses retenues")
	require.NotNil(t, ineligible.Funding, "what the policy would pay stays for programs")
	assert.Equal(t, cost.Euros(115000), ineligible.Funding.Grant)

	p := eligible
	p.Budget = nil
	options, err = relance.Orient(p, on)
	require.NoError(t, err)
	assert.Equal(t, relance.NoGrant, options[0].Promise(), "no budget, no grant")
}

// TestExplainNextSession checks that the next session's line says every
// rule that changes for the project, and its verdict under them.
func TestExplainNextSession(t *testing.T) {
	outreMer := scheme.Project{
		Lead:        scheme.Body{Name: "Collectivité d’outre-mer", Kind: scheme.StatutParticulier, Population: 320000},
		Departement: scheme.No,
		Themes:      []scheme.Theme{scheme.ThemeServices},
		Practices:   []scheme.Practice{scheme.Accessibilite, scheme.LangageSimple, scheme.Mobile},
		Start:       calendar.MustDate(2021, time.October, 15),
		Results:     calendar.MustDate(2022, time.December, 31),
	}
	options, err := relance.Orient(outreMer, calendar.MustDate(2021, time.July, 1))
	require.NoError(t, err)
	o := byScheme(options)[scheme.ServicesUsagers]
	require.Equal(t, scheme.Ineligible, o.Eligibility.Verdict)
	require.NotNil(t, o.NextEligibility)
	assert.Equal(t, scheme.Eligible, o.NextEligibility.Verdict)
	assert.Contains(t, o.Explain(), nbsp("  Prochaine session : 2e session, ouvre le 8 octobre 2021, session annoncée le 21 septembre 2021, après cette date — votre collectivité y sera admise, "+
		"taux 75 % au lieu de 50 %, seuil 300 000 habitants au lieu de 500 000 habitants ; sous ses règles : Éligible"))
	assert.Nil(t, byScheme(options)[scheme.Incubateur].NextEligibility, "no session after the consultation")
}

func TestIntakeText(t *testing.T) {
	donnees, err := scheme.Get(scheme.Donnees)
	require.NoError(t, err)
	first := donnees.Sessions()[0]
	tests := []struct {
		on   calendar.Date
		want string
	}{
		{calendar.MustDate(2021, time.January, 1), "ouvre le 25 janvier 2021"},
		{calendar.MustDate(2021, time.March, 1), "ouvert jusqu’au 28 mai 2021"},
		{calendar.MustDate(2021, time.May, 29), "clos depuis le 29 mai 2021"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, relance.IntakeText(first, tt.on), tt.on.String())
	}
	second := donnees.Sessions()[1]
	for _, tt := range []struct {
		on   calendar.Date
		want string
	}{
		{calendar.MustDate(2021, time.July, 1), "ouvre le 8 octobre 2021, session annoncée le 21 septembre 2021, après cette date"},
		{calendar.MustDate(2021, time.September, 21), "ouvre le 8 octobre 2021"},
	} {
		assert.Equal(t, tt.want, relance.IntakeText(second, tt.on), "a session known from its announcement, %s", tt.on)
	}
	assert.Equal(t, "sans calendrier", relance.IntakeText(scheme.Session{}, calendar.MustDate(2021, time.March, 1)), "the zero Session")
	options, err := relance.Orient(dataProject(), calendar.MustDate(2021, time.April, 20))
	require.NoError(t, err)
	for _, o := range options {
		assert.Contains(t, o.Explain(), "Calendrier"+french.Colon+o.CalendarText()+"\n")
	}
}

// TestOrientAmongOrdersAnyNumberOfSchemes checks the order of the options
// for a few schemes, which an insertion sort orders, and for many, which a
// merge sort does: by verdict, then by status, then in the order given.
func TestOrientAmongOrdersAnyNumberOfSchemes(t *testing.T) {
	verdicts := map[scheme.Verdict]int{scheme.Eligible: 0, scheme.Undetermined: 1, scheme.Ineligible: 2}
	statuses := map[calendar.Status]int{calendar.Open: 0, calendar.Upcoming: 1, calendar.Closed: 2}
	undetermined := dataProject()
	undetermined.Lead.Kind = ""
	for _, copies := range []int{1, 2, 10} {
		// The catalogue, copies times, each copy's schemes with IDs of their own.
		var schemes []scheme.Scheme
		for c := range copies {
			for _, s := range scheme.All() {
				d := s.Definition()
				d.ID = scheme.ID(fmt.Sprintf("%s-%d", d.ID, c))
				schemes = append(schemes, scheme.MustNew(d))
			}
		}
		for _, p := range []scheme.Project{dataProject(), undetermined, {}} {
			for _, on := range []calendar.Date{calendar.MustDate(2021, time.March, 1), calendar.MustDate(2021, time.October, 15)} {
				options, err := relance.OrientAmong(schemes, p, on)
				require.NoError(t, err)
				want := slices.Clone(schemes)
				slices.SortStableFunc(want, func(a, b scheme.Scheme) int {
					rank := func(s scheme.Scheme) int {
						se := s.SessionOn(on)
						return 3*verdicts[se.CheckOn(p, on).Verdict] + statuses[se.Status(on)]
					}
					return rank(a) - rank(b)
				})
				require.Len(t, options, len(want))
				for k, o := range options {
					assert.Equal(t, want[k].ID(), o.Scheme.ID(), "%d schemes on %s, option %d", len(schemes), on, k)
				}
			}
		}
	}
}

// TestOrientBeforeTheIntakeOpens orients a project on 10 January 2021,
// before the axis-2 calls take requests (25 January): its request cannot be
// received before then, so a start on 20 January is a commencement before
// it, and nothing is promised; a start on 1 February is not.
func TestOrientBeforeTheIntakeOpens(t *testing.T) {
	on := calendar.MustDate(2021, time.January, 10)
	for _, tt := range []struct {
		name    string
		start   calendar.Date
		verdict scheme.Verdict
		promise relance.Promise
	}{
		{"a start before the opening", calendar.MustDate(2021, time.January, 20), scheme.Ineligible, relance.NoGrant},
		{"a start after it", calendar.MustDate(2021, time.February, 1), scheme.Eligible, relance.Grant},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := dataProject()
			p.Start = tt.start
			options, err := relance.Orient(p, on)
			require.NoError(t, err)
			i := slices.IndexFunc(options, func(o relance.Option) bool { return o.Scheme.ID() == scheme.Donnees })
			require.GreaterOrEqual(t, i, 0)
			o := options[i]
			require.Equal(t, calendar.Upcoming, o.Status)
			assert.Equal(t, tt.verdict, o.Eligibility.Verdict)
			assert.Equal(t, tt.promise, o.Promise())
			c, ok := o.Eligibility.Criterion(scheme.CodeCommencement)
			require.True(t, ok)
			assert.Equal(t, calendar.MustDate(2021, time.January, 25), c.Facts().Requested)
			assert.Contains(t, c.Reason(), "25 janvier 2021, ouverture du dépôt des demandes")
		})
	}
}

// TestExplainNextReasons orients on 1 September 2021, between the sessions,
// a project that starts on 1 October, before the 2e session opens: under
// the next session's rules it is ineligible, and Explain says why, with the
// day taken for its request labelled as the library's choice.
func TestExplainNextReasons(t *testing.T) {
	p := dataProject()
	p.Start, p.Results = calendar.MustDate(2021, time.October, 1), calendar.MustDate(2022, time.December, 31)
	options, err := relance.Orient(p, calendar.MustDate(2021, time.September, 1))
	require.NoError(t, err)
	i := slices.IndexFunc(options, func(o relance.Option) bool { return o.Scheme.ID() == scheme.Donnees })
	require.GreaterOrEqual(t, i, 0)
	o := options[i]
	require.NotNil(t, o.NextEligibility)
	require.Equal(t, scheme.Ineligible, o.NextEligibility.Verdict)
	assert.Contains(t, o.Explain(), "sous ses règles\u00a0: Non éligible\n"+
		"    ✗ Début du projet le 1er octobre 2021, avant le 8 octobre 2021, ouverture du dépôt des demandes, premier jour où la demande de subvention peut être reçue (choix de la bibliothèque)\u00a0; ")
}
