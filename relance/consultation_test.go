package relance

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func consultation(t *testing.T) calendar.Calendar {
	t.Helper()
	s, err := scheme.Get(scheme.Incubateur)
	require.NoError(t, err)
	require.Len(t, s.Sessions(), 1)
	return s.Sessions()[0].CalendarOn(calendar.Date{}) // as first published
}

func day(m time.Month, d int) calendar.Date { return calendar.MustDate(2021, m, d) }

var (
	commune = scheme.Body{ID: "213801855", Name: "Commune", Kind: scheme.Commune}
	dept    = scheme.Body{ID: "223800012", Name: "Département", Kind: scheme.Departement}
	region  = scheme.Body{ID: "200053742", Name: "Région", Kind: scheme.Region}
	outre   = scheme.Body{ID: "200055507", Name: "Collectivité de Corse", Kind: scheme.StatutParticulier}
	epci    = scheme.Body{ID: "200040715", Name: "Métropole", Kind: scheme.EPCI}
	synd    = scheme.Body{ID: "253514491", Name: "Syndicat mixte", Kind: scheme.Syndicat}
	asso    = scheme.Body{ID: "W751234567", Name: "Association", Kind: scheme.Partenaire}
	nokind  = scheme.Body{ID: "000000000", Name: "Sans nature"}
	noid    = scheme.Body{Name: "Sans identifiant", Kind: scheme.Commune}
)

func TestCountSupportsReasons(t *testing.T) {
	cal := consultation(t)
	proposals := []string{"a", "b"}
	tests := []struct {
		name   string
		prior  []Support // accepted before the support under test
		s      Support
		reason string // "" when counted
	}{
		{"a commune on the first day", nil, Support{"a", commune, day(time.March, 15)}, ""},
		{"a département on the last day", nil, Support{"a", dept, day(time.April, 15)}, ""},
		{"a région", nil, Support{"a", region, day(time.April, 1)}, ""},
		{"a collectivité à statut particulier", nil, Support{"a", outre, day(time.April, 1)}, ""},
		{"the same collectivité on another proposal", []Support{{"a", commune, day(time.April, 1)}}, Support{"b", commune, day(time.April, 1)}, ""},
		{"unknown proposal", nil, Support{"z", commune, day(time.April, 1)}, ReasonUnknownProposal},
		{"unknown proposal comes first", nil, Support{"z", asso, calendar.Date{}}, ReasonUnknownProposal},
		{"missing identifier", nil, Support{"a", noid, day(time.April, 1)}, ReasonMissingID},
		{"missing identifier before kind", nil, Support{"a", scheme.Body{Kind: scheme.Partenaire}, day(time.April, 1)}, ReasonMissingID},
		{"an EPCI is a groupement", nil, Support{"a", epci, day(time.April, 1)}, ReasonNotCollectivite},
		{"a syndicat is a groupement", nil, Support{"a", synd, day(time.April, 1)}, ReasonNotCollectivite},
		{"an association", nil, Support{"a", asso, day(time.April, 1)}, ReasonNotCollectivite},
		{"no kind", nil, Support{"a", nokind, day(time.April, 1)}, ReasonNotCollectivite},
		{"kind before period", nil, Support{"a", asso, day(time.June, 1)}, ReasonNotCollectivite},
		{"the day before the vote", nil, Support{"a", commune, day(time.March, 14)}, ReasonOutOfPeriod},
		{"the day after the vote", nil, Support{"a", commune, day(time.April, 16)}, ReasonOutOfPeriod},
		{"no date", nil, Support{"a", commune, calendar.Date{}}, ReasonOutOfPeriod},
		{"twice the same proposal", []Support{{"a", commune, day(time.March, 20)}}, Support{"a", commune, day(time.April, 1)}, ReasonDuplicate},
		{"period before duplicate", []Support{{"a", commune, day(time.March, 20)}}, Support{"a", commune, day(time.May, 1)}, ReasonOutOfPeriod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tally := CountSupports(cal, proposals, append(tt.prior, tt.s))
			if tt.reason == "" {
				assert.Empty(t, tally.Rejected)
				return
			}
			require.Len(t, tally.Rejected, 1)
			assert.Equal(t, Rejection{Support: tt.s, Reason: tt.reason}, tally.Rejected[0])
			assert.NotEmpty(t, tally.Rejected[0].Label())
		})
	}
}

func TestCountSupportsRanking(t *testing.T) {
	cal := consultation(t)
	on := day(time.April, 1)
	c2 := scheme.Body{ID: "2", Kind: scheme.Commune}
	c3 := scheme.Body{ID: "3", Kind: scheme.Commune}
	tally := CountSupports(cal, []string{"zeta", "alpha", "beta", "gamma", "alpha"}, []Support{
		{"beta", commune, on}, {"beta", c2, on},
		{"zeta", commune, on}, {"zeta", c2, on},
		{"gamma", c3, on},
		{"gamma", epci, on}, // refused: a groupement does not vote
		{"zeta", c2, on},    // refused: once per proposal
	})
	assert.Equal(t, []Count{
		{Proposal: "beta", Supports: 2},
		{Proposal: "zeta", Supports: 2},
		{Proposal: "gamma", Supports: 1},
		{Proposal: "alpha", Supports: 0},
	}, tally.Counts, "most supported first, ties by ID; a repeated proposal counts once")
	require.Len(t, tally.Rejected, 2)
	assert.Equal(t, ReasonNotCollectivite, tally.Rejected[0].Reason)
	assert.Equal(t, ReasonDuplicate, tally.Rejected[1].Reason)
}

func TestCountSupportsWithoutVotePhase(t *testing.T) {
	cal := calendar.Calendar{Phases: []calendar.Phase{{ID: "recueil", Name: "Recueil", Window: calendar.MustBetween(day(time.January, 25), day(time.March, 15))}}}
	tally := CountSupports(cal, []string{"a"}, []Support{{"a", commune, day(time.March, 1)}})
	require.Len(t, tally.Rejected, 1)
	assert.Equal(t, ReasonOutOfPeriod, tally.Rejected[0].Reason)
	assert.Equal(t, []Count{{Proposal: "a"}}, tally.Counts)

	empty := CountSupports(calendar.Calendar{}, nil, nil)
	assert.Empty(t, empty.Counts)
	assert.Empty(t, empty.Rejected)
}

func TestReferents(t *testing.T) {
	cal := consultation(t)
	on := day(time.May, 3)
	tests := []struct {
		name   string
		prior  []Declaration
		d      Declaration
		reason string
	}{
		{"a commune", nil, Declaration{"s", commune, on}, ""},
		{"a département, first day", nil, Declaration{"s", dept, day(time.April, 15)}, ""},
		{"a région, last day", nil, Declaration{"s", region, day(time.May, 31)}, ""},
		{"the same commune for another service", []Declaration{{"s", commune, on}}, Declaration{"t", commune, on}, ""},
		{"not a retained service", nil, Declaration{"x", commune, on}, ReasonUnknownProposal},
		{"missing identifier", nil, Declaration{"s", noid, on}, ReasonMissingID},
		{"an EPCI joins working groups", nil, Declaration{"s", epci, on}, ReasonGroupement},
		{"a syndicat joins working groups", nil, Declaration{"s", synd, on}, ReasonGroupement},
		{"a partner", nil, Declaration{"s", asso, on}, ReasonNotCollectivite},
		{"no kind", nil, Declaration{"s", nokind, on}, ReasonNotCollectivite},
		{"during the vote", nil, Declaration{"s", commune, day(time.April, 14)}, ReasonOutOfPeriod},
		{"after the step", nil, Declaration{"s", commune, day(time.June, 1)}, ReasonOutOfPeriod},
		{"twice for the same service", []Declaration{{"s", commune, on}}, Declaration{"s", commune, day(time.May, 4)}, ReasonDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Referents(cal, []string{"s", "t"}, append(tt.prior, tt.d))
			if tt.reason == "" {
				assert.Empty(t, got.Refused)
				assert.Equal(t, append(tt.prior, tt.d), got.Accepted)
				return
			}
			require.Len(t, got.Refused, 1)
			assert.Equal(t, Refusal[Declaration]{Item: tt.d, Reason: tt.reason}, got.Refused[0])
			assert.Equal(t, append([]Declaration{}, tt.prior...), got.Accepted)
		})
	}
	groupement := Referents(cal, []string{"s"}, []Declaration{{"s", epci, on}})
	assert.Contains(t, groupement.Refused[0].Label(), "groupes de travail")
}

func TestContributions(t *testing.T) {
	cal := consultation(t)
	on := day(time.February, 10)
	services := []scheme.Theme{scheme.ThemeServices}
	tests := []struct {
		name   string
		prior  []Contribution
		c      Contribution
		reason string
	}{
		{"a need from a commune", nil, Contribution{"Réservation", Need, commune, on, services}, ""},
		{"a service from a syndicat", nil, Contribution{"Signature", ExistingService, synd, on, nil}, ""},
		{"a need from a partner, first day", nil, Contribution{"Aide", Need, asso, day(time.January, 25), services}, ""},
		{"an EPCI on the last day", nil, Contribution{"Archivage", Need, epci, day(time.March, 15), nil}, ""},
		{"same title by another body", []Contribution{{"Réservation", Need, commune, on, nil}}, Contribution{"Réservation", Need, dept, on, nil}, ""},
		{"no title", nil, Contribution{"", Need, commune, on, nil}, ReasonNoTitle},
		{"neither need nor service", nil, Contribution{"X", "projet", commune, on, nil}, ReasonInvalidKind},
		{"missing identifier", nil, Contribution{"X", Need, noid, on, nil}, ReasonMissingID},
		{"scope before identifier", nil, Contribution{"Fibre", Need, noid, on, []scheme.Theme{scheme.ThemeInfrastructure}}, ReasonOutOfScope},
		{"no kind", nil, Contribution{"X", Need, nokind, on, nil}, ReasonUnknownKind},
		{"unknown kind", nil, Contribution{"X", Need, scheme.Body{ID: "1", Kind: "mairie"}, on, nil}, ReasonUnknownKind},
		{"infrastructure", nil, Contribution{"Fibre", Need, commune, on, []scheme.Theme{scheme.ThemeServices, scheme.ThemeInfrastructure}}, ReasonOutOfScope},
		{"scope before period", nil, Contribution{"Wifi", Need, commune, day(time.June, 1), []scheme.Theme{scheme.ThemeInfrastructure}}, ReasonOutOfScope},
		{"an unknown theme", nil, Contribution{"Fibre", Need, commune, on, []scheme.Theme{scheme.ThemeServices, "fibre"}}, ReasonUnknownTheme},
		{"the empty theme", nil, Contribution{"X", Need, commune, on, []scheme.Theme{""}}, ReasonUnknownTheme},
		{"scope before unknown theme", nil, Contribution{"Fibre", Need, commune, on, []scheme.Theme{"fibre", scheme.ThemeInfrastructure}}, ReasonOutOfScope},
		{"kind before unknown theme", nil, Contribution{"X", "projet", commune, on, []scheme.Theme{"fibre"}}, ReasonInvalidKind},
		{"unknown theme before identifier", nil, Contribution{"X", Need, noid, on, []scheme.Theme{"fibre"}}, ReasonUnknownTheme},
		{"unknown theme before period", nil, Contribution{"X", Need, commune, day(time.June, 1), []scheme.Theme{"fibre"}}, ReasonUnknownTheme},
		{"before the step", nil, Contribution{"X", Need, commune, day(time.January, 24), nil}, ReasonOutOfPeriod},
		{"after the step", nil, Contribution{"X", Need, commune, day(time.March, 16), nil}, ReasonOutOfPeriod},
		{"twice the same", []Contribution{{"X", Need, commune, on, nil}}, Contribution{"X", ExistingService, commune, on, nil}, ReasonDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Contributions(cal, append(tt.prior, tt.c))
			if tt.reason == "" {
				assert.Empty(t, got.Refused)
				assert.Equal(t, append(tt.prior, tt.c), got.Accepted)
				return
			}
			require.Len(t, got.Refused, 1)
			assert.Equal(t, tt.reason, got.Refused[0].Reason)
			assert.Equal(t, tt.c, got.Refused[0].Item)
		})
	}
	outOfScope := Contributions(cal, []Contribution{{"Fibre", Need, commune, on, []scheme.Theme{scheme.ThemeInfrastructure}}})
	assert.Contains(t, outOfScope.Refused[0].Label(), "préfecture", "the label points to the right door")
}

func TestReasonLabel(t *testing.T) {
	for _, code := range []string{
		ReasonUnknownProposal, ReasonMissingID, ReasonNotCollectivite,
		ReasonGroupement, ReasonUnknownKind, ReasonOutOfPeriod,
		ReasonDuplicate, ReasonOutOfScope, ReasonNoTitle, ReasonInvalidKind,
		ReasonUnknownTheme,
	} {
		assert.NotEmpty(t, ReasonLabel(code), code)
	}
	assert.Empty(t, ReasonLabel("inconnu"))
}

func TestContributionKind(t *testing.T) {
	tests := []struct {
		name                  string
		k                     ContributionKind
		text, label, goString string
	}{
		{"a need", Need, "besoin", "Besoin", "relance.Need"},
		{"an existing service", ExistingService, "service-existant", "Service existant", "relance.ExistingService"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, tt.k.IsValid())
			assert.Equal(t, tt.text, tt.k.String())
			assert.Equal(t, tt.label, tt.k.Label())
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.k))
			text, err := tt.k.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.k.String(), string(text), "MarshalText == String")
			var back ContributionKind
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, tt.k, back)
			parsed, err := ParseContributionKind(tt.k.String())
			require.NoError(t, err)
			assert.Equal(t, tt.k, parsed, "Parse(String(k)) == k")
			require.NoError(t, json.Unmarshal([]byte(`"`+tt.text+`"`), &back))
			assert.Equal(t, tt.k, back)
		})
	}
}

func TestContributionKindErrors(t *testing.T) {
	tests := []struct {
		name                  string
		k                     ContributionKind
		text, goString, marsh string
	}{
		{"unknown kind", "projet", `%!ContributionKind("projet")`, `relance.ContributionKind("projet")`,
			`relance: marshal contribution kind "projet": unknown value: want besoin or service-existant`},
		{"the zero kind, no kind", "", `%!ContributionKind("")`, `relance.ContributionKind("")`,
			`relance: marshal contribution kind "": unknown value: want besoin or service-existant`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, tt.k.IsValid())
			assert.Equal(t, tt.text, tt.k.String())
			assert.Equal(t, tt.text, tt.k.Label(), "an invalid kind labels as it prints")
			assert.Equal(t, tt.text, fmt.Sprint(tt.k))
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.k))
			_, err := tt.k.MarshalText()
			require.ErrorIs(t, err, scheme.ErrUnknownValue)
			assert.EqualError(t, err, tt.marsh)
			back := Need
			require.ErrorIs(t, back.UnmarshalText([]byte(tt.k)), scheme.ErrUnknownValue)
			assert.Equal(t, Need, back, "unchanged on error")
		})
	}
	_, err := ParseContributionKind("projet")
	require.ErrorIs(t, err, scheme.ErrUnknownValue)
	assert.EqualError(t, err, `relance: parse contribution kind "projet": unknown value: want besoin or service-existant`)
}

// TestContributionKindNull checks that a JSON null is refused where a kind
// is expected: encoding/json would leave the zero kind, which cannot be
// written back.
func TestContributionKindNull(t *testing.T) {
	var c Contribution
	err := json.Unmarshal([]byte(`{"title":"Guichet","kind":null}`), &c)
	var typeErr *json.UnmarshalTypeError
	require.ErrorAs(t, err, &typeErr)
	assert.EqualError(t, err, "json: cannot unmarshal null into Go struct field Contribution.kind of type relance.ContributionKind")

	var kinds []ContributionKind
	err = json.Unmarshal([]byte(`["besoin",null]`), &kinds)
	assert.EqualError(t, err, "json: cannot unmarshal null into Go value of type relance.ContributionKind")
	err = json.Unmarshal([]byte(`["projet"]`), &kinds)
	require.ErrorIs(t, err, scheme.ErrUnknownValue)
}

func TestConsultationJSONArrays(t *testing.T) {
	cal := consultation(t)
	for name, v := range map[string]any{
		"tally":         CountSupports(cal, nil, nil),
		"referents":     Referents(cal, nil, nil),
		"contributions": Contributions(cal, nil),
	} {
		data, err := json.Marshal(v)
		require.NoError(t, err)
		assert.NotContains(t, string(data), "null", "%s encodes its lists as arrays: %s", name, data)
	}
}

// TestContributionsOwnTheirThemes checks that a result never shares the
// caller's Themes: writing into it changes neither the input nor a second
// run, of either form. A nil list stays nil, an empty one empty.
func TestContributionsOwnTheirThemes(t *testing.T) {
	cal := consultation(t)
	on := day(time.February, 10)
	input := func() []Contribution {
		return []Contribution{
			{"Guichet", Need, commune, on, []scheme.Theme{scheme.ThemeServices, scheme.ThemeDonnees}},
			{"Fibre", Need, commune, on, []scheme.Theme{scheme.ThemeInfrastructure}},
			{"Sans thème", Need, dept, on, []scheme.Theme{}},
			{"Rien", Need, region, on, nil},
		}
	}
	for name, screen := range map[string]func([]Contribution) Screened[Contribution]{
		"Contributions":   func(c []Contribution) Screened[Contribution] { return Contributions(cal, c) },
		"ContributionsIn": func(c []Contribution) Screened[Contribution] { return ContributionsIn(incubateur(t), c) },
	} {
		t.Run(name, func(t *testing.T) {
			in := input()
			first := screen(in)
			want := screen(input())
			require.Len(t, first.Accepted, 3)
			require.Len(t, first.Refused, 1)
			assert.Equal(t, []scheme.Theme{}, first.Accepted[1].Themes, "an empty list stays empty")
			assert.Nil(t, first.Accepted[2].Themes, "a nil list stays nil")

			first.Accepted[0].Themes[0] = scheme.ThemeFormation
			first.Accepted[0].Themes = append(first.Accepted[0].Themes[:1], scheme.ThemeCooperation)
			first.Refused[0].Item.Themes[0] = scheme.ThemeFormation
			assert.Equal(t, input(), in, "the input is unchanged")
			assert.Equal(t, want, screen(in), "a second run gives the same answer")
		})
	}
}
