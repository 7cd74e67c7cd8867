package cost

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sentinels are the package's sentinel errors.
var sentinels = []error{ErrInvalidAmount, ErrSubCent, ErrOverflow, ErrNegativeAmount,
	ErrInvalidRate, ErrUnknownCategory, ErrInvalidRounding, ErrInvalidSplit,
	ErrOverfunded, ErrCostBelowExpense, ErrInvalidAward, ErrUnknownPayment}

func TestSentinelsAreBare(t *testing.T) {
	for _, s := range sentinels {
		t.Run(s.Error(), func(t *testing.T) {
			assert.False(t, strings.HasPrefix(s.Error(), "cost: "), "a sentinel's text has no package name") // "resources above the cost" names a cost, not the package
			assert.NotContains(t, s.Error(), ":")
		})
	}
}

// TestErrorsNameThePackageOnce checks that every message the package
// writes, one line for each problem, starts with "cost: " and names the
// package nowhere else, and that the error wraps a sentinel.
func TestErrorsNameThePackageOnce(t *testing.T) {
	long := strings.Repeat("Serveurs ", 100)
	tests := []struct {
		name string
		err  error
	}{
		{"ParseAmount", errorOf(ParseAmount("1,5"))},
		{"ParseRate", errorOf(ParseRate("150%"))},
		{"ParseCategory", errorOf(ParseCategory("xyz"))},
		{"ParseRounding", errorOf(ParseRounding("up"))},
		{"AmountOf", errorOf(AmountOf(decimal.New(1234, -3)))},
		{"RateOf", errorOf(RateOf(decimal.New(-5, -1)))},
		{"Category.MarshalText", errorOf(Category("xyz").MarshalText())},
		{"Rounding.MarshalText", errorOf(Rounding(9).MarshalText())},
		{"Budget.Validate", Budget{{"xyz", long, Cents(-1)}, {Services, "a", Cents(math.MaxInt64)}, {Services, "b", Cents(1)}}.Validate()},
		{"Policy.Validate", Policy{Excluded: []Category{"xyz"}, Ceiling: Cents(-1), Rounding: 9}.Validate()},
		{"Cofinance", errorOf(Cofinance(Budget{{Services, "a", Cents(-1)}}, Policy{Rounding: 9}))},
		{"Split", errorOf(Split(Cents(-1), []string{"a", "b"}, []int64{-1, -2, 0}))},
		{"ParseFrench", errorOf(ParseFrench("12 €€"))},
		{"ParsePaymentKind", errorOf(ParsePaymentKind("solde"))},
		{"Plan.Check", errorOf(Plan{Cost: Euros(1), Expense: Euros(2), Resources: []Resource{{"A", true, Cents(-1)}, {"B", true, Euros(5)}}}.Check(Limits{}))},
		{"Plan.Check of a negative cost", errorOf(Plan{Cost: Cents(-1)}.Check(Limits{}))},
		{"Plan.Place", errorOf(Plan{}.Place("État", Cents(-1), Limits{}))},
		{"Award.Validate", Award{Grant: Cents(-1), Months: 12, Extended: true, Rounding: 9}.Validate()},
		{"Award.Settle", errorOf(Award{}.Settle([]Payment{{PaymentKind(7), Cents(-1)}}, Cents(-1)))},
		{"Amount.UnmarshalJSON", new(Amount).UnmarshalJSON([]byte("1e3"))},
		{"Amount.UnmarshalJSON out of range", new(Amount).UnmarshalJSON([]byte("1" + strings.Repeat("0", 30)))},
		{"Rate.UnmarshalJSON", new(Rate).UnmarshalJSON([]byte("0.5"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Error(t, tt.err)
			for line := range strings.SplitSeq(tt.err.Error(), "\n") {
				assert.True(t, strings.HasPrefix(line, "cost: "), "%q starts with the package name", line)
				assert.Equal(t, 1, strings.Count(line, "cost:"), "%q names the package once", line)
			}
			found := false
			for _, s := range sentinels {
				found = found || errors.Is(tt.err, s)
			}
			assert.True(t, found, "%q wraps a sentinel", tt.err)
		})
	}
}

// TestErrorsQuoteLongInputShort checks that user text in a message is cut
// to a readable length, with its length said, however long it is.
func TestErrorsQuoteLongInputShort(t *testing.T) {
	long := strings.Repeat("x", 1_000_000)
	tests := []struct {
		name string
		err  error
	}{
		{"ParseAmount", errorOf(ParseAmount("1." + strings.Repeat("0", 1_000_000) + "1"))},
		{"ParseRate", errorOf(ParseRate(long))},
		{"ParseCategory", errorOf(ParseCategory(long))},
		{"ParseRounding", errorOf(ParseRounding(long))},
		{"ParseFrench", errorOf(ParseFrench(long))},
		{"ParseFrench with two euro signs", errorOf(ParseFrench(long + " €€"))},
		{"ParsePaymentKind", errorOf(ParsePaymentKind(long))},
		{"a plan's funder", errorOf(Plan{Resources: []Resource{{long, true, Euros(1)}}}.Check(Limits{}))},
		{"Category.MarshalText", errorOf(Category(long).MarshalText())},
		{"a budget line's label and category", Budget{{Category(long), long, Euros(1)}}.Validate()},
		{"a policy's category", Policy{Excluded: []Category{Category(long)}}.Validate()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Error(t, tt.err)
			assert.Less(t, len(tt.err.Error()), 400, "%.400s", tt.err)
		})
	}
	_, err := ParseAmount("1." + strings.Repeat("0", 1_000_000) + "1")
	assert.EqualError(t, err, `cost: parse amount "1.00000000000000000000000000000000000000000000000000000000000000…" (1000003 bytes): fraction of a cent`)
}
