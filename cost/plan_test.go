package cost

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// visible returns want with "~" for U+00A0 and "^" for U+202F, as the
// expected texts write them.
func visible(want string) string {
	return strings.NewReplacer("~", "\u00a0", "^", "\u202f").Replace(want)
}

var (
	cgct       = Limits{OwnShare: Percent(20), PublicCap: Percent(100)}
	chefDeFile = Limits{OwnShare: Percent(30), PublicCap: Percent(100)}
)

func TestPlanZeroValue(t *testing.T) {
	var p Plan
	assert.Equal(t, Amount{}, p.Own())
	c, err := p.Check(Limits{})
	require.NoError(t, err)
	assert.Equal(t, PlanCheck{}, c, "the zero PlanCheck is the check of the zero Plan under the zero Limits")
	assert.True(t, c.Holds())
	c, err = p.Check(cgct)
	require.NoError(t, err)
	assert.True(t, c.Holds(), "a plan of nothing holds any limit")

	var r Resource
	assert.False(t, r.Public, "the zero Resource is private")
}

// TestPlanCheck holds the figures of a check to the rules, each on its
// base: the owner's participation to all the public funding of the whole
// operation (CGCT, art. L1111-10 III: « des financements apportés par des
// personnes publiques à ce projet »), the ceiling to the subsidisable
// expense (décret n° 2018-514, art. 10: « le montant prévisionnel de la
// dépense subventionnable »).
func TestPlanCheck(t *testing.T) {
	tests := []struct {
		name                                                string
		plan                                                Plan
		limits                                              Limits
		own, public, private, aid, minOwn, maxAid, headroom string
		codes                                               []string
	}{
		{"the 20 % rule broken: 12,5 % of the public funding",
			Plan{Expense: Euros(130000), Resources: []Resource{{"DSIL", true, Euros(60000)}, {"Région", true, Euros(45000)}, {"Mécénat", false, Euros(10000)}}}, cgct,
			"15000.00", "120000.00", "10000.00", "105000.00", "24000.00", "130000.00", "0.00", []string{CodeOwnShare}},
		{"the 20 % rule held, with room for more aid",
			Plan{Expense: Euros(150000), Resources: []Resource{{"DSIL", true, Euros(60000)}, {"Région", true, Euros(45000)}, {"Mécénat", false, Euros(10000)}}}, cgct,
			"35000.00", "140000.00", "10000.00", "105000.00", "28000.00", "150000.00", "7000.00", nil},
		{"the 30 % rule of a chef de file",
			Plan{Expense: Euros(100000), Resources: []Resource{{"Région", true, Euros(75000)}}}, chefDeFile,
			"25000.00", "100000.00", "0.00", "75000.00", "30000.00", "100000.00", "0.00", []string{CodeOwnShare}},
		{"a cap of 80 % broken, the owner's share held",
			Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(85000)}}}, Limits{OwnShare: Percent(10), PublicCap: Percent(80)},
			"15000.00", "100000.00", "0.00", "85000.00", "10000.00", "80000.00", "0.00", []string{CodePublicCap}},
		{"both broken, the ceiling first",
			Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(90000)}}}, Limits{OwnShare: Percent(20), PublicCap: Percent(80)},
			"10000.00", "100000.00", "0.00", "90000.00", "20000.00", "80000.00", "0.00", []string{CodePublicCap, CodeOwnShare}},
		{"the cap binds the headroom",
			Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(50000)}}}, Limits{OwnShare: Percent(20), PublicCap: Percent(60)},
			"50000.00", "100000.00", "0.00", "50000.00", "20000.00", "60000.00", "10000.00", nil},
		{"the zero Limits: any plan that adds up holds, the owner's part is the headroom",
			Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(50000)}, {"Mécénat", false, Euros(20000)}}}, Limits{},
			"30000.00", "80000.00", "20000.00", "50000.00", "0.00", "100000.00", "30000.00", nil},
		{"no public aid: the owner is the only public funder",
			Plan{Expense: Euros(100000), Resources: []Resource{{"Fondation", false, Euros(70000)}}}, cgct,
			"30000.00", "30000.00", "70000.00", "0.00", "6000.00", "100000.00", "24000.00", nil},
		{"everything private: no public funding at all",
			Plan{Expense: Euros(100000), Resources: []Resource{{"Fondation", false, Euros(100000)}}}, cgct,
			"0.00", "0.00", "100000.00", "0.00", "0.00", "100000.00", "0.00", nil},
		{"the owner pays everything",
			Plan{Expense: Euros(100000)}, cgct,
			"100000.00", "100000.00", "0.00", "0.00", "20000.00", "100000.00", "80000.00", nil},
		{"a resource of 0 €",
			Plan{Expense: Euros(100), Resources: []Resource{{"Rien", true, Amount{}}}}, cgct,
			"100.00", "100.00", "0.00", "0.00", "20.00", "100.00", "80.00", nil},
		{"the largest expense",
			Plan{Expense: Cents(math.MaxInt64), Resources: []Resource{{"État", true, Cents(math.MaxInt64 / 2)}}}, cgct,
			"46116860184273879.04", "92233720368547758.07", "0.00", "46116860184273879.03", "18446744073709551.62", "92233720368547758.07", "27670116110564327.42", nil},
		{"the README's plan holds: the owner brings 105 000 € of 280 000 €, 37,5 %", readmePlan(), cgct,
			"105000.00", "280000.00", "10000.00", "175000.00", "56000.00", "210000.00", "35000.00", nil},
		{"the same plan on the eligible base alone would break the 20 % rule", Plan{Expense: readmePlan().Expense, Resources: readmePlan().Resources}, cgct,
			"25000.00", "200000.00", "10000.00", "175000.00", "40000.00", "210000.00", "0.00", []string{CodeOwnShare}},
		{"a Cost equal to the expense is the same plan as a zero Cost", Plan{Cost: Euros(210000), Expense: Euros(210000), Resources: readmePlan().Resources}, cgct,
			"25000.00", "200000.00", "10000.00", "175000.00", "40000.00", "210000.00", "0.00", []string{CodeOwnShare}},
		{"the ceiling reads the expense alone: 100 % of 210 000 €, however large the cost",
			Plan{Cost: Euros(400000), Expense: Euros(210000), Resources: []Resource{{"État", true, Euros(105000)}, {"Région", true, Euros(110000)}}}, cgct,
			"185000.00", "400000.00", "0.00", "215000.00", "80000.00", "210000.00", "0.00", []string{CodePublicCap}},
		{"under no ceiling, public aid up to the cost",
			Plan{Cost: Euros(400000), Expense: Euros(210000), Resources: []Resource{{"État", true, Euros(105000)}, {"Région", true, Euros(110000)}}}, Limits{OwnShare: Percent(20)},
			"185000.00", "400000.00", "0.00", "215000.00", "80000.00", "400000.00", "105000.00", nil},
		{"the zero Limits: the owner's part is the headroom, the excluded costs included",
			Plan{Cost: Euros(300000), Expense: Euros(100000), Resources: []Resource{{"Région", true, Euros(150000)}}}, Limits{},
			"150000.00", "300000.00", "0.00", "150000.00", "0.00", "300000.00", "150000.00", nil},
		{"a private share of the whole cost", Plan{Cost: Euros(200000), Expense: Euros(100000), Resources: []Resource{{"Fondation", false, Euros(150000)}}}, cgct,
			"50000.00", "50000.00", "150000.00", "0.00", "10000.00", "100000.00", "40000.00", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.plan.Check(tt.limits)
			require.NoError(t, err)
			msg := c.Explain()
			cost := tt.plan.Cost
			if cost.IsZero() {
				cost = tt.plan.Expense
			}
			assert.Equal(t, cost, c.Cost, "the plan's Cost, its expense when zero\n"+msg)
			assert.Equal(t, tt.plan.Expense, c.Expense, msg)
			assert.Equal(t, MustParseAmount(tt.own), c.Own, msg)
			assert.Equal(t, tt.plan.Own(), c.Own, msg)
			assert.Equal(t, MustParseAmount(tt.public), c.Public, msg)
			assert.Equal(t, MustParseAmount(tt.private), c.Private, msg)
			assert.Equal(t, MustParseAmount(tt.aid), c.Aid, msg)
			assert.Equal(t, MustParseAmount(tt.minOwn), c.MinOwn, msg)
			assert.Equal(t, MustParseAmount(tt.maxAid), c.MaxAid, msg)
			assert.Equal(t, MustParseAmount(tt.headroom), c.Headroom, msg)
			assert.Equal(t, c.Public, c.Own.Add(c.Aid), "Public = Own + Aid")
			assert.Equal(t, c.Cost, c.Public.Add(c.Private), "Public + Private = Cost")
			assert.Equal(t, Ratio{c.Own, c.Public}, c.OwnShare)
			assert.Equal(t, Ratio{c.Aid, c.Expense}, c.AidShare)
			assert.Equal(t, Ratio{c.Private, c.Cost}, c.PrivateShare)
			assert.Equal(t, tt.limits, c.Limits)
			var codes []string
			for _, f := range c.Findings {
				codes = append(codes, f.Code)
				assert.NotEmpty(t, f.Reason)
			}
			assert.Equal(t, tt.codes, codes, msg)
			assert.Equal(t, len(tt.codes) == 0, c.Holds())
		})
	}
}

// readmePlan is the financing plan of the README: an operation of
// 290 000 €, of which the scheme counts 210 000 € (the owner's staff is
// excluded), funded by the State's 105 000 €, the Région's 70 000 € and
// 10 000 € of mécénat.
func readmePlan() Plan {
	return Plan{Cost: Euros(290000), Expense: Euros(210000), Resources: []Resource{
		{"État — France Relance", true, Euros(105000)},
		{"Région", true, Euros(70000)},
		{"Mécénat", false, Euros(10000)},
	}}
}

// TestPlanCheckREADME checks the share of the owner in the README's plan
// exactly: 105 000 € of 280 000 €, 37,5 %.
func TestPlanCheckREADME(t *testing.T) {
	c, err := readmePlan().Check(cgct)
	require.NoError(t, err)
	assert.Equal(t, 0, c.OwnShare.Cmp(Ratio{Cents(375), Cents(1000)}), "37,5 %% of the public funding: %s", c.OwnShare)
}

// TestPlanCheckBoundaries holds every limit to its exact boundary: on it
// the plan holds with no headroom left, and one cent beyond it breaks.
func TestPlanCheckBoundaries(t *testing.T) {
	tests := []struct {
		name   string
		plan   Plan
		limits Limits
		holds  bool
		code   string
	}{
		{"20 % exactly", Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(80000)}}}, cgct, true, ""},
		{"one cent less than 20 %", Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, MustParseAmount("80000.01")}}}, cgct, false, CodeOwnShare},
		{"20 % of an odd public funding, rounded up to the cent: 6 666,67 € of 33 333,33 €",
			Plan{Expense: MustParseAmount("33333.33"), Resources: []Resource{{"État", true, MustParseAmount("26666.66")}}}, cgct, true, ""},
		{"one cent less: 6 666,66 €, below 20 % of 33 333,33 €",
			Plan{Expense: MustParseAmount("33333.33"), Resources: []Resource{{"État", true, MustParseAmount("26666.67")}}}, cgct, false, CodeOwnShare},
		{"30 % exactly", Plan{Expense: Euros(100000), Resources: []Resource{{"Région", true, Euros(70000)}}}, chefDeFile, true, ""},
		{"one cent less than 30 %", Plan{Expense: Euros(100000), Resources: []Resource{{"Région", true, MustParseAmount("70000.01")}}}, chefDeFile, false, CodeOwnShare},
		{"20 % of the public funding with private funding beside",
			Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(40000)}, {"Mécénat", false, Euros(50000)}}}, cgct, true, ""},
		{"one cent less, with private funding beside",
			Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, MustParseAmount("40000.01")}, {"Mécénat", false, MustParseAmount("49999.99")}}}, cgct, false, CodeOwnShare},
		{"a cap of 80 % exactly", Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(80000)}}}, Limits{PublicCap: Percent(80)}, true, ""},
		{"one cent above a cap of 80 %", Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, MustParseAmount("80000.01")}}}, Limits{PublicCap: Percent(80)}, false, CodePublicCap},
		{"80 % of an odd expense, rounded down: 26 666,66 € of 33 333,33 €",
			Plan{Expense: MustParseAmount("33333.33"), Resources: []Resource{{"État", true, MustParseAmount("26666.66")}}}, Limits{PublicCap: Percent(80)}, true, ""},
		{"one cent above it", Plan{Expense: MustParseAmount("33333.33"), Resources: []Resource{{"État", true, MustParseAmount("26666.67")}}}, Limits{PublicCap: Percent(80)}, false, CodePublicCap},
		{"100 %: the whole expense in public aid", Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(100000)}}}, Limits{}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.plan.Check(tt.limits)
			require.NoError(t, err)
			require.Equal(t, tt.holds, c.Holds(), c.Explain())
			if tt.holds {
				assert.True(t, c.Headroom.IsZero(), "no headroom on the boundary\n%s", c.Explain())
				return
			}
			require.Len(t, c.Findings, 1)
			assert.Equal(t, tt.code, c.Findings[0].Code)
			assert.Equal(t, Amount{}, c.Headroom)
		})
	}
}

func TestPlanCheckReasons(t *testing.T) {
	tests := []struct {
		name   string
		plan   Plan
		limits Limits
		want   string
	}{
		{"the owner's share, as in the issue",
			Plan{Expense: Euros(130000), Resources: []Resource{{"DSIL", true, Euros(60000)}, {"Région", true, Euros(45000)}, {"Mécénat", false, Euros(10000)}}}, cgct,
			"Participation du maître d’ouvrage~: 15^000,00~€ soit 12,5~% des financements publics de l’opération, les siens compris (120^000,00~€)~; minimum légal~: 20~%, soit 24^000,00~€ (CGCT, art. L1111-10 III)"},
		{"the owner's share a cent short of 20 %: 19,99999 % reads 20,00 %, a little less than the minimum",
			Plan{Expense: MustParseAmount("100000.00"), Resources: []Resource{{"État", true, MustParseAmount("80000.01")}}}, cgct,
			"Participation du maître d’ouvrage~: 19^999,99~€ soit 20,00~% des financements publics de l’opération, les siens compris (100^000,00~€), un peu moins que le minimum de 20~%~; minimum légal~: 20~%, soit 20^000,00~€ (CGCT, art. L1111-10 III)"},
		{"a chef de file",
			Plan{Expense: Euros(100000), Resources: []Resource{{"Région", true, Euros(75000)}}}, chefDeFile,
			"Participation du maître d’ouvrage~: 25^000,00~€ soit 25~% des financements publics de l’opération, les siens compris (100^000,00~€)~; minimum légal~: 30~%, soit 30^000,00~€ (CGCT, art. L1111-9 et L1111-10)"},
		{"the ceiling a cent beyond: 80,00001 % reads 80,00 %, a little more than the ceiling",
			Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, MustParseAmount("80000.01")}}}, Limits{PublicCap: Percent(80)},
			"Aides publiques~: 80^000,01~€ soit 80,00~% de la dépense subventionnable (100^000,00~€), un peu plus que le plafond de 80~%~; plafond~: 80~% de la dépense subventionnable, soit 80^000,00~€ (décret n°~2018-514, art. 10)"},
		{"a real grant of 99 357,06 € on 124 196,32 €: 80,00004 %",
			Plan{Expense: MustParseAmount("124196.32"), Resources: []Resource{{"État", true, MustParseAmount("99357.06")}}}, Limits{PublicCap: Percent(80)},
			"Aides publiques~: 99^357,06~€ soit 80,00~% de la dépense subventionnable (124^196,32~€), un peu plus que le plafond de 80~%~; plafond~: 80~% de la dépense subventionnable, soit 99^357,05~€ (décret n°~2018-514, art. 10)"},
		{"the ceiling well beyond, plainly",
			Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, MustParseAmount("83333.33")}}}, Limits{PublicCap: Percent(80)},
			"Aides publiques~: 83^333,33~€ soit 83,33~% de la dépense subventionnable (100^000,00~€)~; plafond~: 80~% de la dépense subventionnable, soit 80^000,00~€ (décret n°~2018-514, art. 10)"},
		{"the owner's share of a whole operation",
			Plan{Cost: Euros(290000), Expense: Euros(210000), Resources: []Resource{{"État", true, Euros(105000)}, {"Région", true, Euros(160000)}}}, cgct,
			"Participation du maître d’ouvrage~: 25^000,00~€ soit 8,62~% des financements publics de l’opération, les siens compris (290^000,00~€)~; minimum légal~: 20~%, soit 58^000,00~€ (CGCT, art. L1111-10 III)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.plan.Check(tt.limits)
			require.NoError(t, err)
			require.NotEmpty(t, c.Findings)
			assert.Equal(t, visible(tt.want), c.Findings[len(c.Findings)-1].Reason)
		})
	}
}

func TestPlanCheckErrors(t *testing.T) {
	tests := []struct {
		name string
		plan Plan
		want []error
		msg  string
	}{
		{"a negative expense", Plan{Expense: Cents(-1)}, []error{ErrNegativeAmount}, "cost: plan: expense: negative amount -0.01"},
		{"a negative expense, resources not compared with it", Plan{Expense: Cents(-1), Resources: []Resource{{"A", true, Euros(1)}}}, []error{ErrNegativeAmount}, "cost: plan: expense: negative amount -0.01"},
		{"every negative resource", Plan{Expense: Euros(10), Resources: []Resource{{"A", true, Cents(-1)}, {"B", false, Euros(1)}, {"C", true, Cents(-2)}}}, []error{ErrNegativeAmount},
			`cost: plan: resource 1 ("A"): negative amount -0.01
cost: plan: resource 3 ("C"): negative amount -0.02`},
		{"resources above the expense, at the resource that takes them past it",
			Plan{Expense: Euros(120000), Resources: []Resource{{"Région", true, Euros(100000)}, {"Département", true, Euros(10000)}, {"Mécénat", false, Euros(20000)}, {"FEDER", true, Euros(5000)}}},
			[]error{ErrOverfunded}, `cost: plan: resource 3 ("Mécénat"): resources above the cost (130000.00 for a cost of 120000.00)`},
		{"resources above the cost of the whole operation",
			Plan{Cost: Euros(150000), Expense: Euros(120000), Resources: []Resource{{"Région", true, Euros(100000)}, {"Mécénat", false, Euros(50001)}}},
			[]error{ErrOverfunded}, `cost: plan: resource 2 ("Mécénat"): resources above the cost (150001.00 for a cost of 150000.00)`},
		{"a cost below the expense", Plan{Cost: Euros(100000), Expense: Euros(120000)}, []error{ErrCostBelowExpense},
			`cost: plan: cost of the operation: cost below the expense: 100000.00 for an expense of 120000.00`},
		{"a cost below the expense, and resources above the cost",
			Plan{Cost: Euros(100), Expense: Euros(120), Resources: []Resource{{"Région", true, Euros(110)}}}, []error{ErrCostBelowExpense, ErrOverfunded},
			`cost: plan: cost of the operation: cost below the expense: 100.00 for an expense of 120.00
cost: plan: resource 1 ("Région"): resources above the cost (110.00 for a cost of 100.00)`},
		{"a negative cost, not said to be below the expense", Plan{Cost: Cents(-1), Expense: Euros(1), Resources: []Resource{{"Région", true, Euros(5)}}}, []error{ErrNegativeAmount},
			`cost: plan: cost of the operation: negative amount -0.01`},
		{"a cost above a negative expense", Plan{Cost: Euros(1), Expense: Cents(-1), Resources: []Resource{{"Région", true, Euros(5)}}}, []error{ErrNegativeAmount, ErrOverfunded},
			`cost: plan: expense: negative amount -0.01
cost: plan: resource 1 ("Région"): resources above the cost (5.00 for a cost of 1.00)`},
		{"resources beyond the range of Amount, once",
			Plan{Expense: Cents(math.MaxInt64), Resources: []Resource{{"A", true, Cents(math.MaxInt64)}, {"B", true, Cents(1)}, {"C", true, Cents(1)}}},
			[]error{ErrOverflow}, `cost: plan: resource 2 ("B"): amount out of range: the resources exceed 92233720368547758.07`},
		{"every problem at once",
			Plan{Expense: Cents(-5), Resources: []Resource{{"A", true, Cents(-1)}, {"B", true, Cents(math.MaxInt64)}, {"C", true, Cents(1)}}},
			[]error{ErrNegativeAmount, ErrOverflow}, `cost: plan: expense: negative amount -0.05
cost: plan: resource 1 ("A"): negative amount -0.01
cost: plan: resource 3 ("C"): amount out of range: the resources exceed 92233720368547758.07`},
		{"a long funder quoted short", Plan{Expense: Euros(1), Resources: []Resource{{strings.Repeat("x", 1000), true, Cents(-1)}}}, []error{ErrNegativeAmount},
			`cost: plan: resource 1 ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (1000 bytes)): negative amount -0.01`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.plan.Check(cgct)
			for _, want := range tt.want {
				require.ErrorIs(t, err, want)
			}
			assert.EqualError(t, err, tt.msg)
			assert.Equal(t, PlanCheck{}, c)
		})
	}
	_, err := Plan{Expense: Euros(10), Resources: []Resource{{"A", true, Euros(1)}, {"Région", true, Cents(-500)}}}.Check(cgct)
	var re *ResourceError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 1, re.Index, "Index counts from 0: Resources[1] is resource 2")
	assert.Equal(t, "Région", re.Funder)
	assert.ErrorIs(t, re, ErrNegativeAmount)
	assert.True(t, errors.Is(err, ErrNegativeAmount))
}

func TestPlanOwn(t *testing.T) {
	tests := []struct {
		name string
		plan Plan
		want Amount
	}{
		{"what the others leave", Plan{Expense: Euros(100), Resources: []Resource{{"A", true, Euros(30)}, {"B", false, Euros(20)}}}, Euros(50)},
		{"what the others leave of the whole cost", Plan{Cost: Euros(150), Expense: Euros(100), Resources: []Resource{{"A", true, Euros(30)}, {"B", false, Euros(20)}}}, Euros(100)},
		{"negative when they bring too much", Plan{Expense: Euros(100), Resources: []Resource{{"A", true, Euros(130)}}}, Euros(-30)},
		{"exact whatever the order", Plan{Expense: Cents(math.MaxInt64), Resources: []Resource{{"A", true, Cents(-5)}, {"B", true, Cents(3)}}}, Cents(math.MaxInt64)},
		{"clamped above", Plan{Expense: Cents(math.MaxInt64), Resources: []Resource{{"A", true, Cents(-5)}}}, Cents(math.MaxInt64)},
		{"clamped below", Plan{Expense: Cents(math.MinInt64), Resources: []Resource{{"A", true, Cents(5)}}}, Cents(math.MinInt64)},
		{"below zero but in range", Plan{Expense: Cents(math.MinInt64 + 10), Resources: []Resource{{"A", true, Cents(5)}}}, Cents(math.MinInt64 + 5)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.plan.Own())
		})
	}
}

func TestPlanCheckDoesNotModifyOrKeep(t *testing.T) {
	p := Plan{Expense: Euros(100), Resources: []Resource{{"A", true, Euros(90)}}}
	c, err := p.Check(cgct)
	require.NoError(t, err)
	c.Findings[0].Reason = "changed"
	assert.Equal(t, Plan{Expense: Euros(100), Resources: []Resource{{"A", true, Euros(90)}}}, p)
	again, err := p.Check(cgct)
	require.NoError(t, err)
	assert.NotEqual(t, "changed", again.Findings[0].Reason)
}

func TestPlanCheckExplain(t *testing.T) {
	tests := []struct {
		name   string
		plan   Plan
		limits Limits
		want   string
	}{
		{"a plan that holds", Plan{Expense: Euros(150000), Resources: []Resource{{"DSIL", true, Euros(60000)}, {"Région", true, Euros(45000)}, {"Mécénat", false, Euros(10000)}}}, cgct, `
Coût total de l’opération~: 150^000,00~€
Dépense subventionnable~: 150^000,00~€
Aides publiques~: 105^000,00~€ soit 70~% de la dépense subventionnable (150^000,00~€)~; plafond~: 100~% de la dépense subventionnable, soit 150^000,00~€ (décret n°~2018-514, art. 10) — respecté
Financements privés~: 10^000,00~€ soit 6,67~% du coût total de l’opération
Participation du maître d’ouvrage~: 35^000,00~€ soit 25~% des financements publics de l’opération, les siens compris (140^000,00~€)~; minimum légal~: 20~%, soit 28^000,00~€ (CGCT, art. L1111-10 III) — respecté
Aides publiques supplémentaires possibles~: 7^000,00~€`},
		{"the README's plan, whose owner pays the costs the scheme excludes", readmePlan(), cgct, `
Coût total de l’opération~: 290^000,00~€
Dépense subventionnable~: 210^000,00~€
Aides publiques~: 175^000,00~€ soit 83,33~% de la dépense subventionnable (210^000,00~€)~; plafond~: 100~% de la dépense subventionnable, soit 210^000,00~€ (décret n°~2018-514, art. 10) — respecté
Financements privés~: 10^000,00~€ soit 3,45~% du coût total de l’opération
Participation du maître d’ouvrage~: 105^000,00~€ soit 37,5~% des financements publics de l’opération, les siens compris (280^000,00~€)~; minimum légal~: 20~%, soit 56^000,00~€ (CGCT, art. L1111-10 III) — respecté
Aides publiques supplémentaires possibles~: 35^000,00~€`},
		{"a plan that breaks both limits", Plan{Expense: Euros(100000), Resources: []Resource{{"État", true, Euros(90000)}}}, Limits{OwnShare: Percent(20), PublicCap: Percent(80)}, `
Coût total de l’opération~: 100^000,00~€
Dépense subventionnable~: 100^000,00~€
Aides publiques~: 90^000,00~€ soit 90~% de la dépense subventionnable (100^000,00~€)~; plafond~: 80~% de la dépense subventionnable, soit 80^000,00~€ (décret n°~2018-514, art. 10) — dépassé de 10^000,00~€
Financements privés~: 0,00~€ soit 0~% du coût total de l’opération
Participation du maître d’ouvrage~: 10^000,00~€ soit 10~% des financements publics de l’opération, les siens compris (100^000,00~€)~; minimum légal~: 20~%, soit 20^000,00~€ (CGCT, art. L1111-10 III) — non respecté~: il manque 10^000,00~€
Aides publiques supplémentaires possibles~: aucune, le plan ne respectant pas les règles de cumul`},
		{"a breach by less than the rounding shows", Plan{Expense: MustParseAmount("124196.32"), Resources: []Resource{{"État", true, MustParseAmount("99357.06")}}}, Limits{PublicCap: Percent(80)}, `
Coût total de l’opération~: 124^196,32~€
Dépense subventionnable~: 124^196,32~€
Aides publiques~: 99^357,06~€ soit 80,00~% de la dépense subventionnable (124^196,32~€), un peu plus que le plafond de 80~%~; plafond~: 80~% de la dépense subventionnable, soit 99^357,05~€ (décret n°~2018-514, art. 10) — dépassé de 0,01~€
Financements privés~: 0,00~€ soit 0~% du coût total de l’opération
Participation du maître d’ouvrage~: 24^839,26~€ soit 20~% des financements publics de l’opération, les siens compris (124^196,32~€)~; aucune participation minimale requise
Aides publiques supplémentaires possibles~: aucune, le plan ne respectant pas les règles de cumul`},
		{"no rule of participation, no public funding", Plan{Expense: Euros(1000), Resources: []Resource{{"Fondation", false, Euros(1000)}}}, Limits{}, `
Coût total de l’opération~: 1^000,00~€
Dépense subventionnable~: 1^000,00~€
Aides publiques~: 0,00~€ soit 0~% de la dépense subventionnable (1^000,00~€)~; plafond~: aucun texte n’en fixe, au plus le coût de l’opération (1^000,00~€) — respecté
Financements privés~: 1^000,00~€ soit 100~% du coût total de l’opération
Participation du maître d’ouvrage~: 0,00~€ (aucun financement public)~; aucune participation minimale requise
Aides publiques supplémentaires possibles~: 0,00~€`},
		{"the zero plan", Plan{}, Limits{}, `
Coût total de l’opération~: 0,00~€
Dépense subventionnable~: 0,00~€
Aides publiques~: 0,00~€~; plafond~: aucun texte n’en fixe, au plus le coût de l’opération (0,00~€) — respecté
Financements privés~: 0,00~€
Participation du maître d’ouvrage~: 0,00~€ (aucun financement public)~; aucune participation minimale requise
Aides publiques supplémentaires possibles~: 0,00~€`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.plan.Check(tt.limits)
			require.NoError(t, err)
			assert.Equal(t, visible(tt.want[1:]), c.Explain())
		})
	}
}

func TestPlanJSON(t *testing.T) {
	p := Plan{Expense: Euros(130000), Resources: []Resource{{"DSIL", true, Euros(60000)}, {"Mécénat", false, Euros(10000)}}}
	data, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"expense":"130000.00","resources":[
		{"funder":"DSIL","public":true,"amount":"60000.00"},
		{"funder":"Mécénat","public":false,"amount":"10000.00"}]}`, string(data), "a zero cost is omitted")
	var back Plan
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, p, back)

	whole := readmePlan()
	data, err = json.Marshal(whole)
	require.NoError(t, err)
	assert.JSONEq(t, `{"cost":"290000.00","expense":"210000.00","resources":[
		{"funder":"État — France Relance","public":true,"amount":"105000.00"},
		{"funder":"Région","public":true,"amount":"70000.00"},
		{"funder":"Mécénat","public":false,"amount":"10000.00"}]}`, string(data))
	back = Plan{}
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, whole, back)

	data, err = json.Marshal(Plan{Expense: Euros(1)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"expense":"1.00","resources":[]}`, string(data), "no resource: []")

	c, err := p.Check(Limits{OwnShare: Percent(20), PublicCap: Percent(80)})
	require.NoError(t, err)
	data, err = json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"cost":"130000.00","expense":"130000.00","own":"60000.00","public":"120000.00","private":"10000.00","aid":"60000.00",
		"own_share":{"num":"60000.00","den":"120000.00"},"aid_share":{"num":"60000.00","den":"130000.00"},
		"private_share":{"num":"10000.00","den":"130000.00"},"min_own":"24000.00","max_aid":"104000.00","headroom":"36000.00",
		"limits":{"own_share":"20%","public_cap":"80%"},"findings":[]}`, string(data))
	var checked PlanCheck
	require.NoError(t, json.Unmarshal(data, &checked))
	assert.Equal(t, c, checked)
	assert.Nil(t, checked.Findings, "[] decodes as none, as Check gives it")

	broken, err := Plan{Expense: readmePlan().Expense, Resources: readmePlan().Resources}.Check(cgct)
	require.NoError(t, err)
	require.False(t, broken.Holds())
	data, err = json.Marshal(broken)
	require.NoError(t, err)
	checked = PlanCheck{}
	require.NoError(t, json.Unmarshal(data, &checked))
	assert.Equal(t, broken, checked)
}
