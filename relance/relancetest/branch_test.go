package relancetest_test

import (
	"testing"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// b is a Branch, for short tables.
func b(rule, code string) relancetest.Branch { return relancetest.Branch{Rule: rule, Code: code} }

const (
	excl = relancetest.RuleExclusions
	ceil = relancetest.RuleCeiling
	rnd  = relancetest.RuleRounding
)

func TestFundingBranches(t *testing.T) {
	line := func(c cost.Category, amount string) cost.Line {
		return cost.Line{Category: c, Label: string(c), Amount: cost.MustParseAmount(amount)}
	}
	tests := []struct {
		name   string
		budget cost.Budget
		policy cost.Policy
		want   []relancetest.Branch
	}{
		{"every line counts, an exact half", cost.Budget{line(cost.Services, "100.00")}, cost.Policy{Rate: cost.Percent(50)},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "montant-exact")}},
		{"half an odd cent dropped", cost.Budget{line(cost.Services, "0.01")}, cost.Policy{Rate: cost.Percent(50)},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "arrondi-centime-inferieur")}},
		{"a line excluded", cost.Budget{line(cost.Services, "100.00"), line(cost.Personnel, "10.00")}, cost.Policy{Rate: cost.Percent(50), Excluded: []cost.Category{cost.Personnel}},
			[]relancetest.Branch{b(excl, "ligne-exclue"), b(rnd, "montant-exact")}},
		{"a line of 0 € excluded", cost.Budget{line(cost.Personnel, "0.00")}, cost.Policy{Rate: cost.Percent(50), Excluded: []cost.Category{cost.Personnel}},
			[]relancetest.Branch{b(excl, "ligne-exclue"), b(rnd, "montant-exact")}},
		{"below the ceiling", cost.Budget{line(cost.Services, "100.00")}, cost.Policy{Rate: cost.Percent(50), Ceiling: cost.Euros(50)},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(ceil, "sous-le-plafond"), b(rnd, "montant-exact")}},
		{"the ceiling sets the grant: no rounding to speak of", cost.Budget{line(cost.Services, "100.03")}, cost.Policy{Rate: cost.Percent(50), Ceiling: cost.Euros(50)},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(ceil, "plafond-applique")}},
		{"half a cent up", cost.Budget{line(cost.Services, "0.01")}, cost.Policy{Rate: cost.Percent(50), Rounding: cost.HalfUpToCent},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "arrondi-centime-le-plus-proche")}},
		{"half a cent to even", cost.Budget{line(cost.Services, "0.01")}, cost.Policy{Rate: cost.Percent(50), Rounding: cost.HalfEvenToCent},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "arrondi-centime-pair")}},
		{"the cents dropped", cost.Budget{line(cost.Services, "3.00")}, cost.Policy{Rate: cost.Percent(50), Rounding: cost.DownToEuro},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "arrondi-euro-inferieur")}},
		{"whole euros to the euro", cost.Budget{line(cost.Services, "4.00")}, cost.Policy{Rate: cost.Percent(50), Rounding: cost.DownToEuro},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "montant-exact")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := cost.Cofinance(tt.budget, tt.policy)
			require.NoError(t, err)
			assert.Equal(t, tt.want, relancetest.FundingBranches(r))
			for _, br := range relancetest.FundingBranches(r) {
				assert.Contains(t, relancetest.PolicyBranches(tt.policy), br, "what a result takes, its policy can give")
			}
		})
	}
	assert.Equal(t, []relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "montant-exact")}, relancetest.FundingBranches(cost.Result{}),
		"the zero Result: nothing excluded, 0 € exactly")
	assert.Equal(t, b(excl, "ligne-exclue"), relancetest.FundingBranches(cost.Result{Excluded: cost.Euros(1)})[0],
		"an amount excluded, without the lines")
}

func TestPolicyBranches(t *testing.T) {
	all := cost.Categories()
	tests := []struct {
		name   string
		policy cost.Policy
		want   []relancetest.Branch
	}{
		{"the zero policy: 0 % of everything", cost.Policy{},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "montant-exact")}},
		{"50 % hors personnel", cost.Policy{Rate: cost.Percent(50), Excluded: []cost.Category{cost.Personnel}},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(excl, "ligne-exclue"), b(rnd, "montant-exact"), b(rnd, "arrondi-centime-inferieur")}},
		{"every category excluded: nothing counts, nothing to round", cost.Policy{Rate: cost.Percent(50), Excluded: all, Ceiling: cost.Euros(1)},
			[]relancetest.Branch{b(excl, "ligne-exclue"), b(ceil, "sous-le-plafond"), b(rnd, "montant-exact")}},
		{"100 % to the cent: every product is whole cents", cost.Policy{Rate: cost.Percent(100), Rounding: cost.HalfEvenToCent},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "montant-exact")}},
		{"100 % to the euro: the cents drop", cost.Policy{Rate: cost.Percent(100), Rounding: cost.DownToEuro},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(rnd, "montant-exact"), b(rnd, "arrondi-euro-inferieur")}},
		{"a ceiling that 0 % never reaches", cost.Policy{Ceiling: cost.Euros(10)},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(ceil, "sous-le-plafond"), b(rnd, "montant-exact")}},
		{"a ceiling at the largest grant, 9 223 372 036 cents", cost.Policy{Rate: cost.MustParseRate("0.000000001"), Ceiling: cost.Cents(9223372036)},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(ceil, "sous-le-plafond"), b(rnd, "montant-exact"), b(rnd, "arrondi-centime-inferieur")}},
		{"a ceiling a cent below the largest grant", cost.Policy{Rate: cost.MustParseRate("0.000000001"), Ceiling: cost.Cents(9223372035)},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(ceil, "sous-le-plafond"), b(ceil, "plafond-applique"), b(rnd, "montant-exact"), b(rnd, "arrondi-centime-inferieur")}},
		{"half up reaches a cent more", cost.Policy{Rate: cost.MustParseRate("0.000000001"), Ceiling: cost.Cents(9223372036), Rounding: cost.HalfUpToCent},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(ceil, "sous-le-plafond"), b(ceil, "plafond-applique"), b(rnd, "montant-exact"), b(rnd, "arrondi-centime-le-plus-proche")}},
		{"to the euro, the largest grant is whole euros", cost.Policy{Rate: cost.MustParseRate("0.000000001"), Ceiling: cost.Cents(9223372000), Rounding: cost.DownToEuro},
			[]relancetest.Branch{b(excl, "aucune-exclusion"), b(ceil, "sous-le-plafond"), b(rnd, "montant-exact"), b(rnd, "arrondi-euro-inferieur")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, relancetest.PolicyBranches(tt.policy))
		})
	}
}

// TestLargestGrantTies checks the ceiling's reach at an exact half cent:
// 50 % of the largest budget, 92 233 720 368 547 758,07 €, is
// 46 116 860 184 273 879,035 €, which half up rounds to …879,04 €, and half
// even too (…903,5 cents, 903 being odd); down to the cent gives …879,03 €.
func TestLargestGrantTies(t *testing.T) {
	for _, m := range []cost.Rounding{cost.HalfUpToCent, cost.HalfEvenToCent} {
		at := cost.Policy{Rate: cost.Percent(50), Rounding: m, Ceiling: cost.Cents(4611686018427387904)}
		below := cost.Policy{Rate: cost.Percent(50), Rounding: m, Ceiling: cost.Cents(4611686018427387903)}
		assert.NotContains(t, relancetest.PolicyBranches(at), b(ceil, "plafond-applique"), m)
		assert.Contains(t, relancetest.PolicyBranches(below), b(ceil, "plafond-applique"), m)
	}
	down := cost.Policy{Rate: cost.Percent(50), Ceiling: cost.Cents(4611686018427387903)}
	assert.NotContains(t, relancetest.PolicyBranches(down), b(ceil, "plafond-applique"), "down to the cent: …903 cents at most")
}

func TestSessionBranches(t *testing.T) {
	donnees, err := scheme.Get(scheme.Donnees)
	require.NoError(t, err)
	se := donnees.Sessions()[1]
	got := relancetest.SessionBranches(se)
	require.Len(t, got, len(se.Branches())+4)
	for i, sb := range se.Branches() {
		assert.Equal(t, b(sb.Criterion.String(), sb.Code), got[i])
	}
	assert.Equal(t, relancetest.PolicyBranches(se.Funding()), got[len(se.Branches()):])
	assert.Equal(t, []relancetest.Branch{b("demandeur", "nature-a-preciser"), b("demandeur", "non-admis"), b("demandeur", "donnee-invalide"),
		b(excl, "aucune-exclusion"), b(rnd, "montant-exact")}, relancetest.SessionBranches(scheme.Session{}), "the zero Session")
}
