package relance_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/jsoncheck"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// styleRules are where the package's JSON may hold what jsoncheck reports:
// the "invalid" object of a refusal, keyed by JSON Pointers, and the place
// that an invalid theme of a refused contribution keeps in its list, ""
// (Refusal.MarshalJSON).
var styleRules = jsoncheck.Rules{
	Free:  []string{"invalid"},
	Empty: []string{"item.themes[]"},
}

// styleOptions are the options of the README's project and of projects
// that put every promise in play: a grant, a conditional grant, none for
// an ineligible project or one without a budget, a closed intake with and
// without a next session; and an option of a what-if scheme, which carries
// its definition.
func styleOptions(t *testing.T) []relance.Option {
	undetermined := dataProject()
	undetermined.SharedNeed = scheme.Unanswered
	undetermined.Members = append(undetermined.Members, scheme.Body{Kind: scheme.Commune})
	noBudget := dataProject()
	noBudget.Budget = nil
	var options []relance.Option
	for _, p := range []scheme.Project{dataProject(), laterProject(), undetermined, noBudget, {}} {
		for _, on := range []calendar.Date{
			calendar.MustDate(2021, time.March, 1), calendar.MustDate(2021, time.June, 15), calendar.MustDate(2022, time.June, 1),
		} {
			got, err := relance.Orient(p, on)
			require.NoError(t, err)
			options = append(options, got...)
		}
	}
	d := mustGet(t, scheme.Donnees).Definition()
	d.ID, d.Name, d.Examples, d.Support = "fonds-regional", "Fonds régional", nil, nil
	d.Sessions = d.Sessions[:1]
	d.Sessions[0].Rules.Practices = nil
	whatIf, err := scheme.New(d)
	require.NoError(t, err)
	got, err := relance.OrientAmong([]scheme.Scheme{whatIf}, dataProject(), calendar.MustDate(2021, time.March, 1))
	require.NoError(t, err)
	return append(options, got...)
}

// mustGet returns the catalogue's scheme id.
func mustGet(t *testing.T, id scheme.ID) scheme.Scheme {
	t.Helper()
	s, err := scheme.Get(id)
	require.NoError(t, err)
	return s
}

// TestJSONStyle walks the JSON of every result of the package that the
// README's examples show — the options of every promise, the questions,
// the rules and the financings placed with their awards, the strand, the
// consultation's tallies and screenings with refusals of invalid values —
// and fails on a null, a sentinel for "none" or a key that is not
// snake_case (internal/jsoncheck).
func TestJSONStyle(t *testing.T) {
	values := map[string]any{"Volet": relance.Volet(), "no question": relance.NextQuestions(nil)}
	promises := map[relance.Promise]bool{}
	nextPromises := map[relance.Promise]bool{}
	options := styleOptions(t)
	for i, o := range options {
		values[fmt.Sprintf("option %d, %s on %s", i, o.Scheme.ID(), o.On)] = o
		promises[o.Promise()] = true
		if !o.Next.IsZero() {
			nextPromises[o.NextPromise()] = true
		}
		f, err := o.Place([]cost.Resource{region(100000), mecenat(60000)}, general)
		if err == nil {
			values[fmt.Sprintf("financing %d", i)] = f
			values[fmt.Sprintf("award %d", i)] = f.Award(60, true)
		}
	}
	for _, p := range []relance.Promise{relance.NoGrant, relance.Grant, relance.ConditionalGrant, relance.ClosedIntake} {
		assert.True(t, promises[p], "no option promises %s", p)
	}
	assert.NotEmpty(t, nextPromises, "no option with a next session")
	for i := 0; i < len(options); i += 4 {
		questions := relance.NextQuestions(options[i:min(i+4, len(options))])
		values[fmt.Sprintf("questions %d", i)] = questions
		for _, q := range questions {
			values["question "+q.Fact] = q
		}
	}
	for _, lead := range []scheme.Body{{}, {Kind: scheme.Commune, DepartementCode: "971"}, {Kind: scheme.Partenaire}, {Kind: scheme.Syndicat, DepartementCode: "38"}} {
		for _, investment := range []bool{true, false} {
			r, err := relance.RuleFor(lead, investment, relance.ChefDeFile)
			require.NoError(t, err)
			values[fmt.Sprintf("rule %q %q %v", lead.Kind, lead.DepartementCode, investment)] = r
		}
	}
	for name, v := range consultationResults(t) {
		values[name] = v
	}
	for name, v := range values {
		t.Run(name, func(t *testing.T) {
			problems, err := jsoncheck.Marshal(v, styleRules)
			require.NoError(t, err)
			assert.Empty(t, problems)
		})
	}
}

// consultationResults are the results of the consultation's three steps,
// with items accepted and refused, invalid values among them.
func consultationResults(t *testing.T) map[string]any {
	session := mustGet(t, scheme.Incubateur).Sessions()[0]
	commune := scheme.Body{ID: "213801855", Name: "Grenoble", Kind: scheme.Commune}
	mairie := scheme.Body{ID: "1", Kind: "mairie"}
	epci := scheme.Body{ID: "200040715", Kind: scheme.EPCI}
	april, may, feb := calendar.MustDate(2021, time.April, 1), calendar.MustDate(2021, time.May, 3), calendar.MustDate(2021, time.February, 1)
	return map[string]any{
		"tally": relance.CountSupportsIn(session, []string{"a", "b"}, []relance.Support{
			{Proposal: "a", By: commune, On: april}, {Proposal: "a", By: mairie, On: april}, {Proposal: "z", By: epci, On: april}, {},
		}),
		"empty tally": relance.CountSupportsIn(session, nil, nil),
		"referents": relance.ReferentsIn(session, []string{"s"}, []relance.Declaration{
			{Service: "s", By: commune, On: may}, {Service: "s", By: epci, On: may}, {Service: "s", By: mairie, On: may}, {},
		}),
		"contributions": relance.ContributionsIn(session, []relance.Contribution{
			{Title: "Réservation", Kind: relance.Need, By: commune, On: feb},
			{Title: "Signature", Kind: relance.ExistingService, By: epci, On: feb, Themes: []scheme.Theme{scheme.ThemeServices}},
			{Title: "Fibre", Kind: "projet", By: mairie, On: feb, Themes: []scheme.Theme{scheme.ThemeServices, "fibre"}},
			{},
		}),
		"no contribution": relance.ContributionsIn(session, nil),
	}
}
