package relance_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	// general is the rule for a collectivité or a groupement on an
	// investment operation; none binds no owner, on an investment; operating
	// is the zero Limits, for operating costs.
	general   = cost.Limits{OwnShare: cost.Percent(20), PublicCap: cost.Percent(100)}
	chefFile  = cost.Limits{OwnShare: cost.Percent(30), PublicCap: cost.Percent(100)}
	none      = cost.Limits{PublicCap: cost.Percent(100)}
	operating = cost.Limits{}
)

func TestLimitsFor(t *testing.T) {
	tests := []struct {
		name       string
		lead       scheme.Body
		investment bool
		want       cost.Limits
	}{
		{"commune", scheme.Body{Kind: scheme.Commune, DepartementCode: "38"}, true, general},
		{"EPCI", scheme.Body{Kind: scheme.EPCI, DepartementCode: "38"}, true, general},
		{"département", scheme.Body{Kind: scheme.Departement, DepartementCode: "2A"}, true, general},
		{"région, which has no département", scheme.Body{Kind: scheme.Region}, true, general},
		{"collectivité à statut particulier", scheme.Body{Kind: scheme.StatutParticulier, DepartementCode: "75"}, true, general},
		{"syndicat mixte, a groupement", scheme.Body{Kind: scheme.Syndicat, DepartementCode: "33"}, true, general},
		{"partner: the rule binds collectivités and groupements only", scheme.Body{Kind: scheme.Partenaire, DepartementCode: "38"}, true, none},
		{"kind not given: taken as a collectivité", scheme.Body{DepartementCode: "38"}, true, general},
		{"unknown kind: taken as not given", scheme.Body{Kind: "mairie", DepartementCode: "38"}, true, general},
		{"the zero Body, on an investment: the rule binds it", scheme.Body{}, true, general},
		{"the zero Body, on operating costs", scheme.Body{}, false, operating},
		{"Guadeloupe, a commune", scheme.Body{Kind: scheme.Commune, DepartementCode: "971"}, true, none},
		{"Martinique, a collectivité territoriale unique", scheme.Body{Kind: scheme.StatutParticulier, DepartementCode: "972"}, true, none},
		{"Guyane, an EPCI", scheme.Body{Kind: scheme.EPCI, DepartementCode: "973"}, true, none},
		{"La Réunion, a région", scheme.Body{Kind: scheme.Region, DepartementCode: "974"}, true, none},
		{"Saint-Pierre-et-Miquelon", scheme.Body{Kind: scheme.StatutParticulier, DepartementCode: "975"}, true, none},
		{"Mayotte, a département", scheme.Body{Kind: scheme.Departement, DepartementCode: "976"}, true, none},
		{"Saint-Barthélemy", scheme.Body{Kind: scheme.StatutParticulier, DepartementCode: "977"}, true, none},
		{"Saint-Martin, a syndicat", scheme.Body{Kind: scheme.Syndicat, DepartementCode: "978"}, true, none},
		{"overseas, kind not given: exempt whatever it is", scheme.Body{DepartementCode: "971"}, true, none},
		{"97 is no territory's code", scheme.Body{Kind: scheme.Commune, DepartementCode: "97"}, true, general},
		{"Polynésie française, 987, is not in the law's list", scheme.Body{Kind: scheme.Commune, DepartementCode: "987"}, true, general},
		{"Wallis-et-Futuna, 986", scheme.Body{Kind: scheme.Commune, DepartementCode: "986"}, true, general},
		{"979 is no territory's code", scheme.Body{Kind: scheme.Commune, DepartementCode: "979"}, true, general},
		{"a commune's code is not a département's", scheme.Body{Kind: scheme.Commune, DepartementCode: "97101"}, true, general},
		{"codes are compared exactly: a space", scheme.Body{Kind: scheme.Commune, DepartementCode: " 971"}, true, general},
		{"operating costs: a commune", scheme.Body{Kind: scheme.Commune, DepartementCode: "38"}, false, operating},
		{"operating costs: a partner", scheme.Body{Kind: scheme.Partenaire}, false, operating},
		{"operating costs: overseas", scheme.Body{Kind: scheme.Commune, DepartementCode: "974"}, false, operating},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, relance.LimitsFor(tt.lead, tt.investment))
		})
	}
}

// TestLimitsForEveryKind runs LimitsFor over every kind of the scheme
// package, so that a kind added there is judged here too.
func TestLimitsForEveryKind(t *testing.T) {
	for _, k := range scheme.Kinds() {
		t.Run(string(k), func(t *testing.T) {
			want := general
			if k == scheme.Partenaire {
				want = none
			}
			assert.Equal(t, want, relance.LimitsFor(scheme.Body{Kind: k}, true))
			assert.Equal(t, operating, relance.LimitsFor(scheme.Body{Kind: k}, false))
		})
	}
}

func TestRuleFor(t *testing.T) {
	commune := scheme.Body{Name: "Rives", Kind: scheme.Commune, DepartementCode: "38"}
	tests := []struct {
		name       string
		lead       scheme.Body
		investment bool
		c          relance.Circumstance
		want       relance.Rule
	}{
		{"ordinary", commune, true, relance.Ordinary,
			relance.Rule{Limits: general, Investment: true}},
		{"chef de file: 30 %", commune, true, relance.ChefDeFile,
			relance.Rule{Limits: chefFile, Investment: true, Circumstance: relance.ChefDeFile}},
		{"chef de file, a convention departs from the 30 %: 20 %", commune, true, relance.ChefDeFileConvention,
			relance.Rule{Limits: general, Investment: true, Circumstance: relance.ChefDeFileConvention}},
		{"a préfet's derogation for a protected monument", commune, true, relance.MonumentDerogation,
			relance.Rule{Limits: none, Investment: true, Circumstance: relance.MonumentDerogation}},
		{"a préfet's derogation after a public calamity", commune, true, relance.CalamityDerogation,
			relance.Rule{Limits: none, Investment: true, Circumstance: relance.CalamityDerogation}},
		{"urban renewal", commune, true, relance.UrbanRenewal,
			relance.Rule{Limits: none, Investment: true, Circumstance: relance.UrbanRenewal}},
		{"a préfet's derogation for unprotected heritage (loi n° 2019-1461)", commune, true, relance.HeritageDerogation,
			relance.Rule{Limits: none, Investment: true, Circumstance: relance.HeritageDerogation}},
		{"a syndicat mixte ouvert élargi, outside the groupements of L5111-1", scheme.Body{Kind: scheme.Syndicat, DepartementCode: "38"}, true, relance.OpenSyndicate,
			relance.Rule{Limits: none, Investment: true, Circumstance: relance.OpenSyndicate}},
		{"chef de file on operating costs: no rule", commune, false, relance.ChefDeFile,
			relance.Rule{Limits: operating, Circumstance: relance.ChefDeFile, Exemption: relance.OperatingCosts}},
		{"chef de file, a partner: no rule", scheme.Body{Kind: scheme.Partenaire}, true, relance.ChefDeFile,
			relance.Rule{Limits: none, Investment: true, Circumstance: relance.ChefDeFile, Exemption: relance.NotLocalAuthority}},
		{"chef de file overseas: the exemption holds", scheme.Body{Kind: scheme.Departement, DepartementCode: "974"}, true, relance.ChefDeFile,
			relance.Rule{Limits: none, Investment: true, Circumstance: relance.ChefDeFile, Exemption: relance.Overseas, Territory: "La Réunion"}},
		{"kind and département not given: both assumed", scheme.Body{}, true, relance.Ordinary,
			relance.Rule{Limits: general, Investment: true, Assumed: []string{"Lead.Kind", "Lead.DepartementCode"}}},
		{"département not given, chef de file", scheme.Body{Kind: scheme.Syndicat}, true, relance.ChefDeFile,
			relance.Rule{Limits: chefFile, Investment: true, Circumstance: relance.ChefDeFile, Assumed: []string{"Lead.DepartementCode"}}},
		{"a région has no département: taken as outside the exempt territories", scheme.Body{Kind: scheme.Region}, true, relance.Ordinary,
			relance.Rule{Limits: general, Investment: true, Assumed: []string{"Lead.DepartementCode"}}},
		{"a derogation depends on no fact of the lead", scheme.Body{}, true, relance.MonumentDerogation,
			relance.Rule{Limits: none, Investment: true, Circumstance: relance.MonumentDerogation}},
		{"operating costs depend on no fact of the lead", scheme.Body{}, false, relance.Ordinary,
			relance.Rule{Exemption: relance.OperatingCosts}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := relance.RuleFor(tt.lead, tt.investment, tt.c)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, !tt.want.Limits.OwnShare.IsZero(), got.Binds())
			limits, err := relance.LimitsWith(tt.lead, tt.investment, tt.c)
			require.NoError(t, err)
			assert.Equal(t, tt.want.Limits, limits)
			if tt.c == relance.Ordinary {
				assert.Equal(t, tt.want.Limits, relance.LimitsFor(tt.lead, tt.investment))
			}
		})
	}
}

func TestRuleForErrors(t *testing.T) {
	tests := []struct {
		name string
		lead scheme.Body
		c    relance.Circumstance
		is   error
		msg  string
	}{
		{"a circumstance out of range", scheme.Body{Name: "Rives", Kind: scheme.Commune}, relance.Circumstance(9), scheme.ErrUnknownValue,
			`relance: rule for "Rives": circumstance 9: unknown value`},
		{"a negative circumstance", scheme.Body{Name: "Rives"}, relance.Circumstance(-1), scheme.ErrUnknownValue,
			`relance: rule for "Rives": circumstance -1: unknown value`},
		{"an unknown kind", scheme.Body{Name: "Mairie de Rives", Kind: "mairie"}, relance.Ordinary, scheme.ErrUnknownValue,
			`relance: rule for "Mairie de Rives": kind "mairie": unknown value`},
		{"both at once", scheme.Body{Kind: "mairie"}, relance.Circumstance(8), scheme.ErrUnknownValue,
			"relance: rule for \"\": circumstance 8: unknown value\nkind \"mairie\": unknown value"},
		{"a syndicat mixte ouvert élargi that is a commune", scheme.Body{Name: "Rives", Kind: scheme.Commune}, relance.OpenSyndicate, relance.ErrCircumstance,
			"relance: rule for \"Rives\": circumstance syndicat-mixte-ouvert-elargi: circumstance does not fit the lead: the lead is of kind \"commune\", not syndicat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := relance.RuleFor(tt.lead, true, tt.c)
			require.ErrorIs(t, err, tt.is)
			assert.EqualError(t, err, tt.msg)
			assert.Zero(t, got)
			limits, err := relance.LimitsWith(tt.lead, true, tt.c)
			require.ErrorIs(t, err, tt.is)
			assert.Zero(t, limits)
		})
	}
}

func TestRuleExplain(t *testing.T) {
	const (
		investment = "\nPlafond des aides publiques : 100 % de la dépense subventionnable (décret n° 2018-514, art. 10)"
		operating  = "\nPlafond des aides publiques : aucun, le décret n° 2018-514 ne régissant que les subventions d’investissement (art. 1) ; au plus le coût de l’opération"
		head       = "Participation minimale du maître d’ouvrage : "
	)
	commune := scheme.Body{Kind: scheme.Commune, DepartementCode: "38"}
	tests := []struct {
		name       string
		lead       scheme.Body
		investment bool
		c          relance.Circumstance
		want       string
	}{
		{"ordinary", commune, true, relance.Ordinary,
			head + "20 % des financements publics, opération d’investissement d’une collectivité ou d’un groupement (CGCT, art. L1111-10 III)" + investment},
		{"chef de file", commune, true, relance.ChefDeFile,
			head + "30 % des financements publics, compétence à chef de file (CGCT, art. L1111-9 et L1111-10)" + investment},
		{"chef de file, convention", commune, true, relance.ChefDeFileConvention,
			head + "20 % des financements publics, la convention territoriale d’exercice concerté dérogeant aux 30 % du chef de file (CGCT, art. L1111-9 et L1111-10)" + investment},
		{"monument", commune, true, relance.MonumentDerogation,
			head + "aucune, le préfet ayant accordé une dérogation pour la rénovation d’un monument protégé (CGCT, art. L1111-10 III)" + investment},
		{"calamity", commune, true, relance.CalamityDerogation,
			head + "aucune, le préfet ayant accordé une dérogation pour réparer les dégâts d’une calamité publique (CGCT, art. L1111-10 III)" + investment},
		{"urban renewal", commune, true, relance.UrbanRenewal,
			head + "aucune, opération de rénovation urbaine (CGCT, art. L1111-10 III ; loi n° 2003-710 du 1er août 2003, art. 9)" + investment},
		{"unprotected heritage", commune, true, relance.HeritageDerogation,
			head + "aucune, le préfet ayant accordé une dérogation pour une opération sur le patrimoine non protégé, justifiée par l’urgence, la nécessité publique ou une participation disproportionnée à la capacité financière du maître d’ouvrage (CGCT, art. L1111-10 III, complété par la loi n° 2019-1461 du 27 décembre 2019)" + investment},
		{"syndicat mixte ouvert élargi", scheme.Body{Kind: scheme.Syndicat, DepartementCode: "38"}, true, relance.OpenSyndicate,
			head + "aucune, le porteur, syndicat mixte ouvert élargi, n’étant pas un groupement de collectivités territoriales au sens de l’article L5111-1, lecture de la lettre des textes, choix de la bibliothèque (CGCT, art. L1111-10 et L5111-1)" + investment},
		{"operating costs", commune, false, relance.Ordinary,
			head + "aucune, la règle ne visant que les opérations d’investissement (CGCT, art. L1111-10 III)" + operating},
		{"partner", scheme.Body{Kind: scheme.Partenaire}, true, relance.Ordinary,
			head + "aucune, le porteur n’étant ni une collectivité territoriale ni un groupement de collectivités (CGCT, art. L1111-10 III)" + investment},
		{"overseas", scheme.Body{Kind: scheme.Commune, DepartementCode: "977"}, true, relance.Ordinary,
			head + "aucune, la loi en exemptant les collectivités et groupements de Saint-Barthélemy (CGCT, art. L1111-10 III)" + investment},
		{"facts assumed", scheme.Body{}, true, relance.Ordinary,
			head + "20 % des financements publics, opération d’investissement d’une collectivité ou d’un groupement (CGCT, art. L1111-10 III)" + investment +
				"\nNature du porteur non renseignée : la règle lui est appliquée comme à une collectivité" +
				"\nDépartement du porteur non renseigné : la règle lui est appliquée comme hors des territoires d’outre-mer exemptés"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := relance.RuleFor(tt.lead, tt.investment, tt.c)
			require.NoError(t, err)
			assert.Equal(t, nbspLines(tt.want), r.Explain())
		})
	}
	t.Run("the zero Rule", func(t *testing.T) {
		assert.Equal(t, nbspLines(head+"aucune"+operating), relance.Rule{}.Explain())
	})
	t.Run("a rule built by hand: a share with a derogation, and a fact it does not know", func(t *testing.T) {
		r := relance.Rule{Limits: cost.Limits{OwnShare: cost.Percent(10)}, Circumstance: relance.MonumentDerogation, Assumed: []string{"Lead.Population"}}
		assert.Equal(t, nbspLines(head+"10 % des financements publics (CGCT, art. L1111-10 III)"+operating), r.Explain())
	})
	t.Run("a rule built by hand: an invalid circumstance cites no text", func(t *testing.T) {
		r := relance.Rule{Limits: cost.Limits{OwnShare: cost.Percent(25)}, Circumstance: relance.Circumstance(9)}
		assert.Equal(t, nbspLines(head+"25 % des financements publics"+operating), r.Explain())
	})
}

// nbspLines is nbsp, line by line, for explanations of several lines; it
// also writes a no-break space after « n° », as in « décret n° 2018-514 ».
func nbspLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.ReplaceAll(nbsp(line), "n° ", "n°"+french.NoBreak)
	}
	return strings.Join(lines, "\n")
}

func TestExemptTerritory(t *testing.T) {
	want := map[string]string{
		"971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion",
		"975": "Saint-Pierre-et-Miquelon", "976": "Mayotte", "977": "Saint-Barthélemy", "978": "Saint-Martin",
	}
	for code, name := range want {
		got, ok := relance.ExemptTerritory(code)
		assert.True(t, ok, code)
		assert.Equal(t, name, got, code)
	}
	for _, code := range []string{"", "97", "970", "979", "984", "986", "987", "988", "989", "9710", "38", "2A", "971 "} {
		got, ok := relance.ExemptTerritory(code)
		assert.False(t, ok, code)
		assert.Empty(t, got, code)
	}
}

func TestCircumstanceText(t *testing.T) {
	all := relance.Circumstances()
	require.Len(t, all, 8)
	for _, c := range all {
		require.True(t, c.IsValid())
		got, err := relance.ParseCircumstance(c.String())
		require.NoError(t, err)
		assert.Equal(t, c, got)
		text, err := c.MarshalText()
		require.NoError(t, err)
		var back relance.Circumstance
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, c, back)
		assert.NotEmpty(t, c.Label())
		assert.Contains(t, c.Article(), "CGCT")
	}
	assert.Equal(t, "chef-de-file", relance.ChefDeFile.String())
	assert.Equal(t, "Compétence à chef de file", relance.ChefDeFile.Label())
	assert.Equal(t, "CGCT, art. L1111-9 et L1111-10", relance.ChefDeFile.Article())
	assert.Equal(t, "relance.ChefDeFile", fmt.Sprintf("%#v", relance.ChefDeFile))

	bad := relance.Circumstance(9)
	assert.False(t, bad.IsValid())
	assert.Equal(t, "%!Circumstance(9)", bad.String())
	assert.Equal(t, "%!Circumstance(9)", bad.Label())
	assert.Empty(t, bad.Article())
	assert.Empty(t, relance.Circumstance(-1).Article())
	assert.Equal(t, "relance.Circumstance(9)", bad.GoString())
	_, err := bad.MarshalText()
	require.ErrorIs(t, err, scheme.ErrUnknownValue)

	c := relance.ChefDeFile
	err = c.UnmarshalText([]byte("dsil"))
	require.ErrorIs(t, err, scheme.ErrUnknownValue)
	assert.Equal(t, relance.ChefDeFile, c, "unchanged on error")
	_, err = relance.ParseCircumstance("dsil")
	assert.EqualError(t, err, `relance: parse circumstance "dsil": unknown value: want ordinaire, chef-de-file, chef-de-file-convention, derogation-monument, derogation-calamite, renovation-urbaine, derogation-patrimoine or syndicat-mixte-ouvert-elargi`)
}

func TestExemptionText(t *testing.T) {
	for _, e := range []relance.Exemption{relance.NotExempt, relance.OperatingCosts, relance.NotLocalAuthority, relance.Overseas} {
		require.True(t, e.IsValid())
		got, err := relance.ParseExemption(e.String())
		require.NoError(t, err)
		assert.Equal(t, e, got)
		text, err := e.MarshalText()
		require.NoError(t, err)
		var back relance.Exemption
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, e, back)
		assert.NotEmpty(t, e.Label())
	}
	assert.Equal(t, "outre-mer", relance.Overseas.String())
	assert.Equal(t, "Collectivité d’outre-mer exemptée", relance.Overseas.Label())
	assert.Equal(t, "relance.Overseas", relance.Overseas.GoString())

	bad := relance.Exemption(9)
	assert.False(t, bad.IsValid())
	assert.Equal(t, "%!Exemption(9)", bad.String())
	assert.Equal(t, "%!Exemption(9)", bad.Label())
	assert.Equal(t, "relance.Exemption(9)", bad.GoString())
	_, err := bad.MarshalText()
	require.ErrorIs(t, err, scheme.ErrUnknownValue)
	e := relance.Overseas
	require.ErrorIs(t, e.UnmarshalText([]byte("corse")), scheme.ErrUnknownValue)
	assert.Equal(t, relance.Overseas, e, "unchanged on error")
	_, err = relance.ParseExemption("corse")
	require.ErrorIs(t, err, scheme.ErrUnknownValue)
}

func TestRuleJSON(t *testing.T) {
	for _, lead := range []scheme.Body{{}, {Kind: scheme.Commune, DepartementCode: "971"}, {Kind: scheme.Partenaire}} {
		r, err := relance.RuleFor(lead, true, relance.ChefDeFile)
		require.NoError(t, err)
		data, err := json.Marshal(r)
		require.NoError(t, err)
		var back relance.Rule
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, r, back, string(data))
	}
	r, _ := relance.RuleFor(scheme.Body{Kind: scheme.Commune, DepartementCode: "971"}, true, relance.ChefDeFile)
	data, _ := json.Marshal(r)
	assert.JSONEq(t, `{"limits":{"own_share":"0%","public_cap":"100%"},"investment":true,"circumstance":"chef-de-file","exemption":"outre-mer","territory":"Guadeloupe","assumed":[]}`, string(data))

	kept := r
	require.NoError(t, json.Unmarshal([]byte(`null`), &r))
	assert.Equal(t, kept, r, "null leaves a Rule unchanged")
	require.Error(t, json.Unmarshal([]byte(`{"assumed":"Lead.Kind"}`), &r))
	assert.Equal(t, kept, r, "unchanged on error")
}

// TestRuleForInvariants runs RuleFor over every kind, a sample of codes,
// every circumstance and both kinds of operation, and checks what holds
// for all of them: the exemptions come first, in their order, then the
// circumstance sets the share; the ceiling is 100 % on every investment.
func TestRuleForInvariants(t *testing.T) {
	share := map[relance.Circumstance]cost.Rate{
		relance.Ordinary: cost.Percent(20), relance.ChefDeFile: cost.Percent(30), relance.ChefDeFileConvention: cost.Percent(20),
	}
	kinds := append(scheme.Kinds(), "")
	codes := []string{"", "38", "2A", "97", "971", "972", "973", "974", "975", "976", "977", "978", "984", "987"}
	for _, k := range kinds {
		for _, code := range codes {
			for _, c := range relance.Circumstances() {
				for _, investment := range []bool{true, false} {
					lead := scheme.Body{Kind: k, DepartementCode: code}
					name := fmt.Sprintf("%q %q %s %v", k, code, c, investment)
					r, err := relance.RuleFor(lead, investment, c)
					if c == relance.OpenSyndicate && k != "" && k != scheme.Syndicat {
						require.ErrorIs(t, err, relance.ErrCircumstance, name)
						continue
					}
					require.NoError(t, err, name)
					if c == relance.Ordinary {
						assert.Equal(t, r.Limits, relance.LimitsFor(lead, investment), name)
					}
					_, exempt := relance.ExemptTerritory(code)
					switch {
					case !investment:
						assert.Equal(t, relance.OperatingCosts, r.Exemption, name)
						assert.Equal(t, cost.Limits{}, r.Limits, name)
					case k == scheme.Partenaire:
						assert.Equal(t, relance.NotLocalAuthority, r.Exemption, name)
					case exempt:
						assert.Equal(t, relance.Overseas, r.Exemption, name)
						assert.NotEmpty(t, r.Territory, name)
					default:
						assert.Equal(t, relance.NotExempt, r.Exemption, name)
						assert.Equal(t, share[c], r.Limits.OwnShare, name)
					}
					if r.Exemption != relance.NotExempt {
						assert.True(t, r.Limits.OwnShare.IsZero(), name)
						assert.Empty(t, r.Assumed, name)
					}
					assert.Equal(t, c, r.Circumstance, name)
					assert.Equal(t, investment, r.Investment, name)
					assert.Equal(t, investment, r.Limits.PublicCap == cost.Percent(100), name)
					assert.Equal(t, !r.Limits.OwnShare.IsZero(), r.Binds(), name)
					assert.Equal(t, r.Binds(), r.Exemption == relance.NotExempt && share[c] != cost.Rate{}, name)
				}
			}
		}
	}
}
