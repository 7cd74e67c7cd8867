package cost

import (
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

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
