package cost

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Sinks keep the compiler from removing the work of a benchmark.
var (
	sinkResult Result
	sinkAmount Amount
	sinkInt    int64
	sinkShares []Share
	sinkString string
	sinkNaive  naiveResult
	sinkRate   Rate
	sinkErr    error
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

// hugeSizes are the lengths, in bytes of decimal text, of the huge decimals
// of BenchmarkAmountOfHuge and BenchmarkRateOfHuge.
var hugeSizes = []struct {
	name string
	n    int
}{{"1KB", 1 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}}

// hugeCases returns, for a text of n bytes, the decimals whose text is
// lead, "." and zeros (a valid value); the same and a final 1 (too fine);
// and "1" and zeros (too big).
func hugeCases(lead int64, point int32, n int) []struct {
	name string
	d    decimal.Decimal
} {
	zeros := n - 2
	one := big.NewInt(1)
	return []struct {
		name string
		d    decimal.Decimal
	}{
		{"zeros", zerosDecimal(big.NewInt(lead), point, zeros)},
		{"zeros-and-1", decimal.NewFromBigInt(pow(10, int64(zeros)+1, big.NewInt(lead), one), point-int32(zeros)-1)},
		{"too-big", decimal.NewFromBigInt(pow(10, int64(zeros)+1, one, new(big.Int)), 0)},
	}
}

// BenchmarkAmountOfHuge shows the growth of AmountOf with the length of
// the decimal: "1." and zeros, the same ending in 1, and "1" and zeros, of
// 1 KB, 100 KB and 1 MB of text.
func BenchmarkAmountOfHuge(b *testing.B) {
	for _, size := range hugeSizes {
		for _, c := range hugeCases(1, 0, size.n) {
			b.Run(c.name+"/"+size.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkAmount, sinkErr = AmountOf(c.d)
				}
			})
		}
	}
}

// BenchmarkRateOfHuge is BenchmarkAmountOfHuge for RateOf, from "0.5".
func BenchmarkRateOfHuge(b *testing.B) {
	for _, size := range hugeSizes {
		for _, c := range hugeCases(5, -1, size.n) {
			b.Run(c.name+"/"+size.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkRate, sinkErr = RateOf(c.d)
				}
			})
		}
	}
}

// BenchmarkParseAmountHuge parses the text of BenchmarkAmountOfHuge's
// "zeros" cases, for comparison.
func BenchmarkParseAmountHuge(b *testing.B) {
	for _, size := range hugeSizes {
		text := "1." + strings.Repeat("0", size.n-2)
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkAmount, sinkErr = ParseAmount(text)
			}
		})
	}
}

// hostileBudget returns a budget of n lines that are each wrong twice: a
// category that is no category and a negative amount, under a label of a
// kilobyte.
func hostileBudget(n int) Budget {
	label := strings.Repeat("Ligne piégée ", 80)
	b := make(Budget, n)
	for i := range b {
		b[i] = Line{Category("catégorie inconnue"), label, Cents(-int64(i) - 1)}
	}
	return b
}

// BenchmarkHostileBudget shows the growth of Cofinance and Budget.Validate
// with the number of lines of a budget whose every line is wrong twice:
// every problem is reported, in time linear in the lines.
func BenchmarkHostileBudget(b *testing.B) {
	for _, n := range []int{10, 10_000, 1_000_000} {
		budget := hostileBudget(n)
		name := strconv.Itoa(n)
		b.Run("Cofinance/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkResult, sinkErr = Cofinance(budget, benchPolicy())
			}
		})
		b.Run("Validate/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkErr = budget.Validate()
			}
		})
	}
}
