package relance_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// optionOf orients p on 1 March 2021 and returns the option of scheme id.
func optionOf(t testing.TB, p scheme.Project, id scheme.ID) relance.Option {
	t.Helper()
	options, err := relance.Orient(p, calendar.MustDate(2021, time.March, 1))
	require.NoError(t, err)
	for _, o := range options {
		if o.Scheme.ID() == id {
			return o
		}
	}
	t.Fatalf("no option for %s", id)
	return relance.Option{}
}

func region(euros int64) cost.Resource {
	return cost.Resource{Funder: "Région", Public: true, Amount: cost.Euros(euros)}
}

func mecenat(euros int64) cost.Resource {
	return cost.Resource{Funder: "Mécénat", Amount: cost.Euros(euros)}
}

func TestOptionPlace(t *testing.T) {
	undetermined := dataProject()
	undetermined.Lead.Kind = ""
	tests := []struct {
		name    string
		project scheme.Project
		others  []cost.Resource
		limits  cost.Limits
		promise relance.Promise
		grant   cost.Amount
		limit   string // the code that bounds a reduced grant
		own     cost.Amount
		holds   bool
	}{
		// The whole operation costs 290 000 €, of which 210 000 € is the
		// subsidisable expense: public aid is at most 210 000 € (décret
		// n° 2018-514, art. 10), and the owner, who pays the 80 000 € the
		// call does not count, brings at least a quarter of the other public
		// funding (20 % of all of it, its own included; CGCT, art.
		// L1111-10 III).
		{"eligible, the grant fits whole", dataProject(), []cost.Resource{region(40000), mecenat(10000)}, general,
			relance.Grant, cost.Euros(105000), "", cost.Euros(135000), true},
		{"the README's plan holds: the owner brings 37.5 % of 280 000 € of public funding", dataProject(), []cost.Resource{region(70000), mecenat(10000)}, general,
			relance.Grant, cost.Euros(105000), "", cost.Euros(105000), true},
		{"much mécénat and the Région take the owner below 20 %: the grant reduced", dataProject(), []cost.Resource{region(100000), mecenat(60000)}, general,
			relance.Grant, cost.Euros(84000), cost.CodeOwnShare, cost.Euros(46000), true},
		{"chef de file: 30 %", dataProject(), []cost.Resource{region(100000), mecenat(60000)}, chefFile,
			relance.Grant, cost.Euros(61000), cost.CodeOwnShare, cost.Euros(69000), true},
		{"overseas: no least participation, the grant whole", dataProject(), []cost.Resource{region(100000), mecenat(60000)}, none,
			relance.Grant, cost.Euros(105000), "", cost.Euros(25000), true},
		{"no limit but the ceiling: the grant takes what the others leave of it", dataProject(), []cost.Resource{region(150000)}, none,
			relance.Grant, cost.Euros(60000), cost.CodePublicCap, cost.Euros(80000), true},
		{"the others already break the rule: no grant fits", dataProject(), []cost.Resource{region(200000), mecenat(80000)}, general,
			relance.Grant, cost.Amount{}, cost.CodeOwnShare, cost.Euros(10000), false},
		{"the others already break the ceiling: no grant fits", dataProject(), []cost.Resource{region(215000)}, general,
			relance.Grant, cost.Amount{}, cost.CodePublicCap, cost.Euros(75000), false},
		{"no other funder", dataProject(), nil, general,
			relance.Grant, cost.Euros(105000), "", cost.Euros(185000), true},
		{"undetermined: the grant is conditional", undetermined, []cost.Resource{region(40000)}, general,
			relance.ConditionalGrant, cost.Euros(105000), "", cost.Euros(145000), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := optionOf(t, tt.project, scheme.Donnees)
			f, err := o.Place(tt.others, tt.limits)
			require.NoError(t, err)
			assert.Equal(t, scheme.Donnees, f.Scheme)
			assert.Equal(t, "session-1", f.Session)
			assert.Equal(t, tt.promise, f.Promise)
			assert.Equal(t, cost.Percent(50), f.Rate)
			assert.Equal(t, cost.DownToCent, f.Rounding)
			pl := f.Placement
			assert.Equal(t, relance.StateFunder, pl.Funder)
			assert.Equal(t, cost.Euros(105000), pl.Asked)
			assert.Equal(t, tt.grant, pl.Grant, f.Explain())
			assert.Equal(t, tt.grant != pl.Asked, pl.Reduced)
			assert.Equal(t, tt.limit, pl.Limit)
			assert.Equal(t, cost.Euros(290000), pl.Plan.Cost, "the plan of the whole operation")
			assert.Equal(t, cost.Euros(210000), pl.Plan.Expense, "its subsidisable expense")
			assert.Equal(t, tt.own, pl.Check.Own, f.Explain())
			assert.Equal(t, tt.holds, pl.Check.Holds(), f.Explain())
			assert.Equal(t, tt.limits, pl.Check.Limits)
			require.Len(t, pl.Plan.Resources, len(tt.others)+1)
			assert.Equal(t, cost.Resource{Funder: relance.StateFunder, Public: true, Amount: tt.grant}, pl.Plan.Resources[len(tt.others)])
		})
	}
}

// TestOptionPlaceBoundary places the grant on the exact boundary of the
// 20 % rule, then one cent beyond it.
func TestOptionPlaceBoundary(t *testing.T) {
	o := optionOf(t, dataProject(), scheme.Donnees)
	// 290 000 € of cost, 60 000 € of mécénat: with the grant whole, the
	// Région may bring 79 000 €, so that the owner brings 46 000 €, 20 % of
	// the 230 000 € of public funding.
	t.Run("20 % exactly: the grant whole", func(t *testing.T) {
		f, err := o.Place([]cost.Resource{region(79000), mecenat(60000)}, general)
		require.NoError(t, err)
		assert.False(t, f.Placement.Reduced)
		assert.Equal(t, cost.Euros(46000), f.Placement.Check.Own)
		assert.Equal(t, cost.Euros(46000), f.Placement.Check.MinOwn)
		assert.True(t, f.Placement.Check.Holds())
		assert.Equal(t, cost.Amount{}, f.Placement.Check.Headroom)
	})
	t.Run("one cent more from the Région: the grant one cent less", func(t *testing.T) {
		r := cost.Resource{Funder: "Région", Public: true, Amount: cost.MustParseAmount("79000.01")}
		f, err := o.Place([]cost.Resource{r, mecenat(60000)}, general)
		require.NoError(t, err)
		assert.True(t, f.Placement.Reduced)
		assert.Equal(t, cost.MustParseAmount("104999.99"), f.Placement.Grant)
		assert.Equal(t, cost.CodeOwnShare, f.Placement.Limit)
		assert.True(t, f.Placement.Check.Holds())
	})
}

func TestOptionPlaceErrors(t *testing.T) {
	noBudget := dataProject()
	noBudget.Budget = nil
	tests := []struct {
		name   string
		option func(t *testing.T) relance.Option
		others []cost.Resource
		errs   []error
		msg    string
	}{
		{"ineligible: no grant to place", func(t *testing.T) relance.Option { return optionOf(t, dataProject(), scheme.ServicesUsagers) }, nil,
			[]error{relance.ErrNoGrant}, `relance: place the grant of "services-usagers": no grant: the project is not eligible`},
		{"no budget", func(t *testing.T) relance.Option { return optionOf(t, noBudget, scheme.Donnees) }, nil,
			[]error{relance.ErrNoGrant}, `relance: place the grant of "donnees": no grant: no budget`},
		{"the zero Option", func(*testing.T) relance.Option { return relance.Option{} }, nil,
			[]error{relance.ErrNoGrant}, `relance: place the grant of "": no grant: no budget`},
		{"a negative funder", func(t *testing.T) relance.Option { return optionOf(t, dataProject(), scheme.Donnees) }, []cost.Resource{region(-5)},
			[]error{cost.ErrNegativeAmount}, `relance: place the grant of "donnees": cost: plan: resource 1 ("Région"): negative amount -5.00`},
		{"funders above the cost", func(t *testing.T) relance.Option { return optionOf(t, dataProject(), scheme.Donnees) }, []cost.Resource{region(200000), mecenat(100000)},
			[]error{cost.ErrOverfunded}, `relance: place the grant of "donnees": cost: plan: resource 2 ("Mécénat"): resources above the cost (300000.00 for a cost of 290000.00)`},
		{"ineligible and a negative funder: both at once", func(t *testing.T) relance.Option { return optionOf(t, dataProject(), scheme.Cooperation) }, []cost.Resource{region(-5)},
			[]error{relance.ErrNoGrant, cost.ErrNegativeAmount}, "relance: place the grant of \"cooperation\": no grant: the project is not eligible\ncost: plan: resource 1 (\"Région\"): negative amount -5.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := tt.option(t).Place(tt.others, general)
			for _, e := range tt.errs {
				require.ErrorIs(t, err, e)
			}
			assert.EqualError(t, err, tt.msg)
			assert.Zero(t, f)
		})
	}
}

func TestOptionPlaceKeepsOthers(t *testing.T) {
	o := optionOf(t, dataProject(), scheme.Donnees)
	others := []cost.Resource{region(70000), mecenat(10000)}
	f, err := o.Place(others, general)
	require.NoError(t, err)
	assert.Equal(t, []cost.Resource{region(70000), mecenat(10000)}, others, "Place does not modify others")
	f.Placement.Plan.Resources[0].Amount = cost.Euros(1)
	assert.Equal(t, region(70000), others[0], "nor keeps them")
}

func TestFinancingAward(t *testing.T) {
	o := optionOf(t, dataProject(), scheme.Donnees)
	f, err := o.Place([]cost.Resource{region(100000), mecenat(60000)}, general)
	require.NoError(t, err)
	a := f.Award(15, false)
	assert.Equal(t, cost.Award{Grant: cost.Euros(84000), Rate: cost.Percent(50), Months: 15}, a)
	assert.Equal(t, cost.MustParseAmount("25200.00"), a.MaxAdvance())
	assert.Equal(t, cost.MustParseAmount("67200.00"), a.MaxBeforeBalance())
	assert.Equal(t, cost.Euros(80000), a.Final(cost.Euros(160000)))
	assert.Equal(t, cost.Euros(84000), a.Final(cost.Euros(200000)), "never above the grant kept")
	g := f.Award(60, true)
	assert.Equal(t, cost.MustParseAmount("50400.00"), g.MaxAdvance(), "60 % with a guarantee")
	assert.Equal(t, cost.MustParseAmount("67200.00"), g.MaxBeforeBalance(), "80 %: 60 months do not raise the cap by themselves")
	g.Extended = true
	assert.Equal(t, cost.MustParseAmount("75600.00"), g.MaxBeforeBalance(), "90 % when the award decision raises it")
	assert.Equal(t, cost.Award{}, relance.Financing{}.Award(0, false), "the zero Financing pays nothing")
}

func TestFinancingExplain(t *testing.T) {
	o := optionOf(t, dataProject(), scheme.Donnees)
	f, err := o.Place([]cost.Resource{region(100000), mecenat(60000)}, general)
	require.NoError(t, err)
	assert.Equal(t, f.Placement.Explain(), f.Explain())
	assert.True(t, strings.HasPrefix(f.Explain(), nbsp("Subvention «\u00a0État — France Relance\u00a0» : 105 000,00 € ; ramenée à 84 000,00 €, le plus que permet la participation minimale")), f.Explain())

	p := dataProject()
	p.Lead.Kind = ""
	u, err := optionOf(t, p, scheme.Donnees).Place(nil, general)
	require.NoError(t, err)
	want := nbsp("Subvention si les critères à préciser sont remplis : ce plan ne vaut que sous cette condition") + "\n"
	assert.Equal(t, want+u.Placement.Explain(), u.Explain())
}

// TestFinancingCitesTheTextsThatApply checks that a plan placed under the
// limits of an investment cites the décret's ceiling, and that one placed
// under those of operating costs, which no text limits, cites neither it
// nor the CGCT.
func TestFinancingCitesTheTextsThatApply(t *testing.T) {
	o := optionOf(t, dataProject(), scheme.Donnees)
	lead := dataProject().Lead
	investment, err := o.Place([]cost.Resource{region(20000)}, relance.LimitsFor(lead, true))
	require.NoError(t, err)
	assert.Contains(t, investment.Explain(), "(décret n°\u00a02018-514, art. 10)")
	assert.Contains(t, investment.Explain(), "(CGCT, art. L1111-10 III)")

	operating, err := o.Place([]cost.Resource{region(20000)}, relance.LimitsFor(lead, false))
	require.NoError(t, err)
	assert.NotContains(t, operating.Explain(), "2018-514")
	assert.NotContains(t, operating.Explain(), "CGCT")
	assert.Contains(t, operating.Explain(), nbsp("plafond : aucun texte n’en fixe, au plus le coût de l’opération (290 000,00 €)"))
	assert.Contains(t, operating.Explain(), "aucune participation minimale requise")
}

func TestFinancingJSON(t *testing.T) {
	o := optionOf(t, dataProject(), scheme.Donnees)
	f, err := o.Place([]cost.Resource{region(70000), mecenat(10000)}, general)
	require.NoError(t, err)
	data, err := json.Marshal(f)
	require.NoError(t, err)
	var back relance.Financing
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, f, back, string(data))
	var keys map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &keys))
	for _, k := range []string{"scheme", "session", "promise", "rate", "rounding", "placement"} {
		assert.Contains(t, keys, k)
	}
	assert.JSONEq(t, `"grant"`, string(keys["promise"]))
}
