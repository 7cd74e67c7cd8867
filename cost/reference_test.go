package cost

import (
	"math"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refGrant computes the grant of policy p for budget b slowly and obviously,
// with math/big: the eligible cents add up in a big.Int, the product by rate
// is a big.Rat, and it is rounded as a big.Rat. It is the reference that
// Cofinance must match to the cent. b and p must be valid, and rate must be
// the value of p.Rate, built apart from it (a fraction written by hand, or
// rateRat) so that a wrong Rate is not copied into the reference.
func refGrant(b Budget, p Policy, rate *big.Rat) (grant Amount, capped bool) {
	eligible := new(big.Int)
	for _, l := range b {
		if !p.Excludes(l.Category) {
			eligible.Add(eligible, big.NewInt(l.Amount.Cents()))
		}
	}
	cents := new(big.Rat).SetInt(eligible)
	cents.Mul(cents, rate) // ≥ 0

	floor := func(x *big.Rat) *big.Int { return new(big.Int).Quo(x.Num(), x.Denom()) }
	half := big.NewRat(1, 2)
	var rounded *big.Int
	switch p.Rounding {
	case DownToCent:
		rounded = floor(cents)
	case HalfUpToCent:
		rounded = floor(new(big.Rat).Add(cents, half))
	case HalfEvenToCent:
		rounded = floor(cents)
		frac := new(big.Rat).Sub(cents, new(big.Rat).SetInt(rounded))
		if c := frac.Cmp(half); c > 0 || c == 0 && rounded.Bit(0) == 1 {
			rounded.Add(rounded, big.NewInt(1))
		}
	case DownToEuro:
		rounded = floor(new(big.Rat).Quo(cents, big.NewRat(100, 1)))
		rounded.Mul(rounded, big.NewInt(100))
	default:
		panic("bad rounding")
	}
	if !rounded.IsInt64() {
		panic("grant out of range")
	}
	grant = Cents(rounded.Int64())
	if !p.Ceiling.IsZero() && grant.Compare(p.Ceiling) > 0 {
		return p.Ceiling, true
	}
	return grant, false
}

// checkResult checks the invariants of a Result of Cofinance(b, p), and that
// its grant is the reference's, returning false on the first failure.
func checkResult(t testing.TB, b Budget, p Policy, res Result) bool {
	t.Helper()
	msg := res.Explain()
	ok := assert.Equal(t, b.Total(), res.Total, msg) &&
		assert.Equal(t, res.Total, res.Eligible.Add(res.Excluded), "Eligible + Excluded = Total\n"+msg) &&
		assert.Equal(t, res.Total, res.Grant.Add(res.Remainder), "Grant + Remainder = Total\n"+msg) &&
		assert.False(t, res.Grant.IsNegative(), "0 ≤ Grant\n"+msg) &&
		assert.False(t, res.Eligible.IsNegative(), "0 ≤ Eligible\n"+msg) &&
		assert.Len(t, res.Lines, len(b))
	if !ok {
		return false
	}
	for i, l := range res.Lines {
		if !assert.Equal(t, b[i].Category, l.Category(), "line %d", i) ||
			!assert.Equal(t, b[i].Amount, l.Amount(), "line %d", i) ||
			!assert.Equal(t, !p.Excludes(b[i].Category), l.Counted(), "line %d", i) {
			return false
		}
	}
	if p.Rounding == DownToCent || p.Rounding == DownToEuro {
		// Grant ≤ Rate × Eligible, checked in integers: grant × 10⁹ ≤ rate × eligible.
		gh, gl := bits.Mul64(uint64(res.Grant.cents), billion)
		eh, el := bits.Mul64(uint64(res.Eligible.cents), uint64(p.Rate.n))
		if !assert.True(t, gh < eh || gh == eh && gl <= el, "Grant ≤ Rate × Eligible\n"+msg) {
			return false
		}
	}
	if !p.Ceiling.IsZero() && !assert.LessOrEqual(t, res.Grant.Compare(p.Ceiling), 0, "Grant ≤ Ceiling\n"+msg) {
		return false
	}
	want, capped := refGrant(b, p, rateRat(p.Rate))
	return assert.Equal(t, want, res.Grant, "the big.Rat reference\n"+msg) &&
		assert.Equal(t, capped, res.Capped, msg)
}

// rateRat returns r as a big.Rat read from its count of billionths, not
// through Rate.Decimal or the parser: the way checkResult gives refGrant
// the rate of random policies, whose Rate is built from that count.
func rateRat(r Rate) *big.Rat { return big.NewRat(r.n, billion) }

// refRate is a Rate with its value written by hand as a fraction, for the
// reference.
type refRate struct {
	name string
	rate Rate
	want *big.Rat
}

// referenceRates returns the rates of the schemes that
// TestCofinanceExactAtScale cycles through.
func referenceRates() []refRate {
	return []refRate{
		{"Percent(50)", Percent(50), big.NewRat(1, 2)},
		{"Percent(75)", Percent(75), big.NewRat(3, 4)},
		{`ParseRate("33.33%")`, MustParseRate("33.33%"), big.NewRat(3333, 10000)},
	}
}

// TestReferenceRates checks the Rate values of TestCofinanceExactAtScale
// against the fractions that its reference uses, so that a wrong Percent or
// ParseRate fails here rather than agreeing with itself.
func TestReferenceRates(t *testing.T) {
	for _, tt := range referenceRates() {
		t.Run(tt.name, func(t *testing.T) {
			assert.Zero(t, rateRat(tt.rate).Cmp(tt.want), "%v is %v, want %v", tt.rate, rateRat(tt.rate), tt.want)
			assert.Zero(t, tt.rate.Decimal().Rat().Cmp(tt.want), "%v.Decimal() = %v, want %v", tt.rate, tt.rate.Decimal(), tt.want)
		})
	}
}

// randomBudget returns a valid budget of 1 to 8 lines whose amounts span
// every magnitude, and whose total stays in range.
func randomBudget(rng *rand.Rand) Budget {
	cats := Categories()
	b := make(Budget, 1+rng.IntN(8))
	for i := range b {
		var cents int64
		switch rng.IntN(4) {
		case 0:
			cents = rng.Int64N(100) // a few cents: rounding at its finest
		case 1:
			cents = rng.Int64N(100_000_000) // up to a million euros
		case 2:
			cents = rng.Int64N(1 << 40)
		default:
			cents = rng.Int64N(math.MaxInt64 / 8) // near the limit, in total
		}
		b[i] = Line{cats[rng.IntN(len(cats))], "ligne", Cents(cents)}
	}
	return b
}

// randomExclusions returns a random set of categories.
func randomExclusions(rng *rand.Rand) []Category {
	var ex []Category
	for _, c := range Categories() {
		if rng.IntN(3) == 0 {
			ex = append(ex, c)
		}
	}
	return ex
}

// TestCofinanceExactAtScale compares Cofinance with the big.Rat reference on
// 200 000 random budgets, cycling through the rates of the schemes and every
// rounding mode so that each budget meets one combination and every
// combination meets 16 666 budgets or more.
func TestCofinanceExactAtScale(t *testing.T) {
	n := 200_000
	if testing.Short() {
		n = 20_000
	}
	rates := referenceRates()
	modes := []Rounding{DownToCent, HalfUpToCent, HalfEvenToCent, DownToEuro}
	rng := rand.New(rand.NewPCG(2021, 1))
	mismatches := 0
	for i := range n {
		b := randomBudget(rng)
		r := rates[i%len(rates)]
		p := Policy{
			Rate:     r.rate,
			Rounding: modes[i/len(rates)%len(modes)],
			Excluded: randomExclusions(rng),
		}
		if rng.IntN(10) == 0 {
			p.Ceiling = Cents(1 + rng.Int64N(1<<40))
		}
		res, err := Cofinance(b, p)
		require.NoError(t, err)
		want, capped := refGrant(b, p, r.want)
		if res.Grant != want || res.Capped != capped {
			mismatches++
			if mismatches <= 3 {
				checkResult(t, b, p, res)
			}
		}
	}
	assert.Zero(t, mismatches, "mismatches with the big.Rat reference out of %d budgets", n)
}

// TestCofinanceInvariants runs every check of checkResult on fewer random
// budgets.
func TestCofinanceInvariants(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := randomBudget(rng)
		p := Policy{
			Rate:     Rate{rng.Int64N(billion + 1)},
			Rounding: Rounding(rng.IntN(4)),
			Excluded: randomExclusions(rng),
		}
		if rng.IntN(4) == 0 {
			p.Ceiling = Cents(rng.Int64N(1 << 50))
		}
		res, err := Cofinance(b, p)
		require.NoError(t, err)
		if !checkResult(t, b, p, res) {
			return
		}
	}
}
