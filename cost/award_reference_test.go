package cost

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// checkAward checks the ceilings and the final grant of a against the
// big.Rat reference for an expense actually incurred of spent.
func checkAward(t testing.TB, a Award, spent Amount) bool {
	t.Helper()
	grant := max(a.Grant.Cents(), 0)
	advance, upTo := big.NewRat(3, 10), big.NewRat(8, 10)
	if a.Guarantee {
		advance = big.NewRat(6, 10)
	}
	if a.Extended && a.Months > 48 { // art. 12 III: raised by the decision, beyond 48 months only
		upTo = big.NewRat(9, 10)
	}
	g := new(big.Rat).SetInt64(grant)
	ok := assert.Zero(t, ratFloor(new(big.Rat).Mul(advance, g)).Cmp(big.NewInt(a.MaxAdvance().Cents())), "MaxAdvance") &&
		assert.Zero(t, ratFloor(new(big.Rat).Mul(upTo, g)).Cmp(big.NewInt(a.MaxBeforeBalance().Cents())), "MaxBeforeBalance") &&
		assert.LessOrEqual(t, a.MaxAdvance().Compare(a.MaxBeforeBalance()), 0, "MaxAdvance ≤ MaxBeforeBalance") &&
		assert.LessOrEqual(t, a.MaxBeforeBalance().Cents(), grant, "MaxBeforeBalance ≤ Grant")
	if !ok {
		return false
	}
	final := a.Final(spent)
	if !assert.LessOrEqual(t, final.Cents(), grant, "Final ≤ Grant") || !assert.False(t, final.IsNegative()) {
		return false
	}
	p := Policy{Rate: a.Rate, Rounding: a.Rounding}
	if !a.Rounding.IsValid() {
		p.Rounding = DownToCent
	}
	want, _ := refGrant(Budget{{Services, "", Cents(max(spent.Cents(), 0))}}, p, rateRat(a.Rate))
	if want.Cents() <= grant {
		return assert.Equal(t, want, final, "Final = Rate × spent rounded, below the grant")
	}
	return assert.Equal(t, Cents(grant), final, "Final is the grant when Rate × spent exceeds it")
}

// TestAwardAgainstReference compares the ceilings and the final grant with
// the big.Rat reference on 20 000 random awards.
func TestAwardAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 2018))
	for range 20_000 {
		a := Award{
			Grant:     Cents(rng.Int64N(1 << 62)),
			Rate:      Rate{rng.Int64N(billion + 1)},
			Rounding:  Rounding(rng.IntN(4)),
			Months:    rng.IntN(100),
			Guarantee: rng.IntN(2) == 0,
			Extended:  rng.IntN(2) == 0,
		}
		if rng.IntN(3) == 0 {
			a.Grant = Cents(rng.Int64N(100_000_000))
		}
		if !checkAward(t, a, Cents(rng.Int64N(1<<62))) {
			return
		}
	}
}
