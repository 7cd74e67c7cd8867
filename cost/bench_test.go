package cost

import (
	"slices"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Sinks keep the compiler from removing the work of a benchmark.
var (
	sinkResult    Result
	sinkAmount    Amount
	sinkInt       int64
	sinkShares    []Share
	sinkString    string
	sinkNaive     naiveResult
	sinkRate      Rate
	sinkErr       error
	sinkCheck     PlanCheck
	sinkPlacement Placement
	sinkStatement Statement
)

// benchBudget is the budget of the performance targets: six lines, two of
// them in categories that the policy excludes.
func benchBudget() Budget {
	return Budget{
		{Services, "Développement", MustParseAmount("123456.79")},
		{Consulting, "Assistance à maîtrise d'ouvrage", MustParseAmount("24000.00")},
		{Software, "Licences", MustParseAmount("8999.99")},
		{Hosting, "Hébergement", MustParseAmount("4200.50")},
		{Personnel, "Chef de projet", MustParseAmount("60000.00")},
		{Equipment, "Serveurs", MustParseAmount("20000.00")},
	}
}

func benchPolicy() Policy {
	return Policy{Rate: Percent(50), Excluded: []Category{Personnel, Equipment}}
}

// naiveLine, naiveLineResult and naiveResult are the same figures as Line,
// LineResult and Result, in shopspring decimals.
type naiveLine struct {
	category Category
	amount   decimal.Decimal
}

type naiveLineResult struct {
	category Category
	amount   decimal.Decimal
	counted  bool
}

type naiveResult struct {
	total, excluded, eligible, grant, remainder decimal.Decimal
	lines                                       []naiveLineResult
}

// naiveDecimal computes the figures of Cofinance the straightforward way,
// with shopspring/decimal: the baseline that Cofinance must beat tenfold.
// Like Cofinance, it tells for each line whether it counts. Its inputs are
// decimals already, so that only the computation is timed.
func naiveDecimal(lines []naiveLine, excluded []Category, rate decimal.Decimal) naiveResult {
	r := naiveResult{lines: make([]naiveLineResult, len(lines))}
	for i, l := range lines {
		r.total = r.total.Add(l.amount)
		counted := !slices.Contains(excluded, l.category)
		if !counted {
			r.excluded = r.excluded.Add(l.amount)
		}
		r.lines[i] = naiveLineResult{l.category, l.amount, counted}
	}
	r.eligible = r.total.Sub(r.excluded)
	r.grant = r.eligible.Mul(rate).RoundDown(2)
	r.remainder = r.total.Sub(r.grant)
	return r
}

func naiveInputs(b Budget) []naiveLine {
	lines := make([]naiveLine, len(b))
	for i, l := range b {
		lines[i] = naiveLine{l.Category, l.Amount.Decimal()}
	}
	return lines
}

func TestNaiveDecimalAgrees(t *testing.T) {
	b, p := benchBudget(), benchPolicy()
	res, err := Cofinance(b, p)
	require.NoError(t, err)
	naive := naiveDecimal(naiveInputs(b), p.Excluded, p.Rate.Decimal())
	for _, pair := range []struct {
		got  Amount
		want decimal.Decimal
	}{{res.Total, naive.total}, {res.Excluded, naive.excluded}, {res.Eligible, naive.eligible}, {res.Grant, naive.grant}, {res.Remainder, naive.remainder}} {
		want, err := AmountOf(pair.want)
		require.NoError(t, err)
		assert.Equal(t, want, pair.got)
	}
	require.Len(t, naive.lines, len(res.Lines))
	for i, l := range res.Lines {
		want, err := AmountOf(naive.lines[i].amount)
		require.NoError(t, err)
		assert.Equal(t, naive.lines[i].category, l.Category(), "line %d", i)
		assert.Equal(t, want, l.Amount(), "line %d", i)
		assert.Equal(t, naive.lines[i].counted, l.Counted(), "line %d", i)
	}
}

// TestCofinanceAllocs holds Cofinance to its allocation budget: at most 2
// allocations for the six-line budget (it makes one, the Lines slice).
func TestCofinanceAllocs(t *testing.T) {
	b, p := benchBudget(), benchPolicy()
	allocs := testing.AllocsPerRun(100, func() {
		sinkResult, _ = Cofinance(b, p)
	})
	assert.LessOrEqual(t, allocs, 2.0, "allocations per Cofinance call")
	allocs = testing.AllocsPerRun(100, func() {
		sinkAmount, _ = ParseAmount("123456.79")
	})
	assert.Zero(t, allocs, "allocations per ParseAmount call")
	allocs = testing.AllocsPerRun(100, func() {
		_ = b.Validate()
		_ = p.Validate()
	})
	assert.Zero(t, allocs, "allocations to validate a valid budget and policy")
}

func BenchmarkCofinance(b *testing.B) {
	budget, p := benchBudget(), benchPolicy()
	b.ReportAllocs()
	for b.Loop() {
		sinkResult, _ = Cofinance(budget, p)
	}
}

func BenchmarkCofinanceParallel(b *testing.B) {
	budget, p := benchBudget(), benchPolicy()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var r Result
		for pb.Next() {
			r, _ = Cofinance(budget, p)
		}
		_ = r
	})
}

func BenchmarkNaiveDecimal(b *testing.B) {
	budget, p := benchBudget(), benchPolicy()
	lines, rate := naiveInputs(budget), p.Rate.Decimal()
	b.ReportAllocs()
	for b.Loop() {
		sinkNaive = naiveDecimal(lines, p.Excluded, rate)
	}
}

// BenchmarkInt64Floor is the floor: the same sums and product on plain int64
// cents, with no validation, no exactness beyond int64 and no result lines.
func BenchmarkInt64Floor(b *testing.B) {
	budget := benchBudget()
	cents := make([]int64, len(budget))
	excluded := make([]bool, len(budget))
	for i, l := range budget {
		cents[i] = l.Amount.Cents()
		excluded[i] = l.Category == Personnel || l.Category == Equipment
	}
	b.ReportAllocs()
	for b.Loop() {
		var total, excl int64
		for i, c := range cents {
			total += c
			if excluded[i] {
				excl += c
			}
		}
		grant := (total - excl) * 50 / 100
		sinkInt = total - grant
	}
}

func BenchmarkParseAmount(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkAmount, _ = ParseAmount("123456.79")
	}
}

func BenchmarkSplit(b *testing.B) {
	parties := []string{"Syndicat mixte", "Communauté d'agglomération", "Communauté de communes A", "Communauté de communes B"}
	weights := []int64{48250, 287430, 126875, 57640}
	total := MustParseAmount("130000.00")
	b.ReportAllocs()
	for b.Loop() {
		sinkShares, _ = Split(total, parties, weights)
	}
}

func BenchmarkExplain(b *testing.B) {
	res, err := Cofinance(benchBudget(), benchPolicy())
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		sinkString = res.Explain()
	}
}

// benchPlan is the plan of the performance targets: an operation of
// 460 000 €, 400 000 € of it subsidisable, six funders, public and private,
// under the 20 % rule, which it holds.
func benchPlan() Plan {
	return Plan{Cost: Euros(460000), Expense: Euros(400000), Resources: []Resource{
		{"État — France Relance", true, Euros(120000)},
		{"DSIL", true, Euros(60000)},
		{"Région", true, Euros(45000)},
		{"Département", true, Euros(30000)},
		{"FEDER", true, Euros(40000)},
		{"Fondation d’entreprise", false, Euros(15000)},
	}}
}

// benchPlanBroken is benchPlan with a Région that brings too much: the
// owner falls below 20 % of the public funding, one finding.
func benchPlanBroken() Plan {
	p := benchPlan()
	p.Resources[2].Amount = Euros(150000)
	return p
}

// TestPlanCheckAllocs holds Plan.Check to its allocation budget: none for a
// plan that holds, two for one that breaks a limit (the Findings and the
// text of the reason).
func TestPlanCheckAllocs(t *testing.T) {
	l := Limits{OwnShare: Percent(20)}
	for _, tt := range []struct {
		name string
		plan Plan
		most float64
	}{{"holds", benchPlan(), 0}, {"breaks", benchPlanBroken(), 2}} {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.plan.Check(l)
			require.NoError(t, err)
			require.Equal(t, tt.name == "holds", c.Holds(), c.Explain())
			allocs := testing.AllocsPerRun(100, func() {
				sinkCheck, _ = tt.plan.Check(l)
			})
			assert.LessOrEqual(t, allocs, tt.most, "allocations per Plan.Check call")
		})
	}
}

func BenchmarkPlanCheck(b *testing.B) {
	p, l := benchPlan(), Limits{OwnShare: Percent(20)}
	b.ReportAllocs()
	for b.Loop() {
		sinkCheck, _ = p.Check(l)
	}
}

func BenchmarkPlanCheckBroken(b *testing.B) {
	p, l := benchPlanBroken(), Limits{OwnShare: Percent(20)}
	b.ReportAllocs()
	for b.Loop() {
		sinkCheck, _ = p.Check(l)
	}
}

func BenchmarkPlanPlace(b *testing.B) {
	p, l := benchPlan(), Limits{OwnShare: Percent(20)}
	p.Resources = p.Resources[1:]
	b.ReportAllocs()
	for b.Loop() {
		sinkPlacement, _ = p.Place("État — France Relance", Euros(200000), l)
	}
}

func BenchmarkSettle(b *testing.B) {
	a := Award{Grant: Euros(120000), Rate: Percent(50), Months: 24}
	payments := []Payment{{Advance, Euros(36000)}, {Instalment, Euros(30000)}, {Instalment, Euros(30000)}}
	b.ReportAllocs()
	for b.Loop() {
		sinkStatement, _ = a.Settle(payments, Euros(230000))
	}
}

func BenchmarkPlanCheckExplain(b *testing.B) {
	c, err := benchPlanBroken().Check(Limits{OwnShare: Percent(20)})
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		sinkString = c.Explain()
	}
}
