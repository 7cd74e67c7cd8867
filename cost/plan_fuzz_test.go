package cost

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzPlan checks Plan.Check on any plan of up to six resources: it fails
// only on what is not a plan, with the package's sentinels; otherwise its
// figures are the big.Rat reference's, own + Σ resources = cost exactly,
// the headroom never breaks a limit and one cent more always would, and
// the check encodes. Place keeps the grant within the same headroom.
func FuzzPlan(f *testing.F) {
	f.Add(int64(0), int64(13000000), uint8(3), int64(6000000), int64(4500000), int64(1000000), int64(0), int64(0), int64(0), uint8(0b011), uint32(200000000), uint32(0), int64(6000000))
	f.Add(int64(29000000), int64(21000000), uint8(3), int64(10500000), int64(7000000), int64(1000000), int64(0), int64(0), int64(0), uint8(0b011), uint32(200000000), uint32(billion), int64(1))
	f.Add(int64(0), int64(10000000), uint8(1), int64(8000000), int64(0), int64(0), int64(0), int64(0), int64(0), uint8(1), uint32(200000000), uint32(800000000), int64(1))
	f.Add(int64(0), int64(3333333), uint8(1), int64(2666667), int64(0), int64(0), int64(0), int64(0), int64(0), uint8(1), uint32(200000000), uint32(800000000), int64(0))
	f.Add(int64(12419632), int64(12419632), uint8(1), int64(9935706), int64(0), int64(0), int64(0), int64(0), int64(0), uint8(1), uint32(0), uint32(800000000), int64(0))
	f.Add(int64(10000000), int64(12000000), uint8(0), int64(0), int64(0), int64(0), int64(0), int64(0), int64(0), uint8(0), uint32(0), uint32(0), int64(0))
	f.Add(int64(math.MaxInt64), int64(math.MaxInt64), uint8(6), int64(math.MaxInt64), int64(1), int64(-1), int64(5), int64(0), int64(0), uint8(0xff), uint32(300000000), uint32(0), int64(-1))
	f.Add(int64(-1), int64(-1), uint8(2), int64(-1), int64(-2), int64(0), int64(0), int64(0), int64(0), uint8(0), uint32(0), uint32(0), int64(0))
	f.Fuzz(func(t *testing.T, cost, expense int64, n uint8, a0, a1, a2, a3, a4, a5 int64, public uint8, own, ceiling uint32, grant int64) {
		amounts := []int64{a0, a1, a2, a3, a4, a5}
		p := Plan{Cost: Cents(cost), Expense: Cents(expense)}
		for i := range int(n) % 7 {
			p.Resources = append(p.Resources, Resource{"financeur", public&(1<<i) != 0, Cents(amounts[i])})
		}
		l := Limits{OwnShare: Rate{int64(own % (billion + 1))}, PublicCap: Rate{int64(ceiling % (billion + 1))}}
		c, err := p.Check(l)
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.Equal(t, PlanCheck{}, c)
			require.True(t, p.Expense.IsNegative() || p.Cost.IsNegative() || cost != 0 && cost < expense || p.Own().IsNegative() || hasNegative(p),
				"Check refuses only what is not a plan: %v", err)
			if cost > 0 && expense >= 0 && cost < expense {
				require.ErrorIs(t, err, ErrCostBelowExpense)
			}
			return
		}
		require.False(t, p.Own().IsNegative())
		require.True(t, checkPlan(t, p, l, c))
		data, err := json.Marshal(c)
		require.NoError(t, err, "a PlanCheck encodes")
		var back PlanCheck
		require.NoError(t, json.Unmarshal(data, &back))
		require.Equal(t, c, back, "a PlanCheck round-trips")
		for _, f := range c.Findings {
			require.NotContains(t, f.Reason, "%!", "the reason is whole")
		}

		pl, err := p.Place("État", Cents(grant), l)
		if grant < 0 {
			require.ErrorIs(t, err, ErrNegativeAmount)
			return
		}
		require.NoError(t, err)
		require.Equal(t, min(Cents(grant).Cents(), c.Headroom.Cents()), pl.Grant.Cents(), "the grant kept is the least of the grant and the headroom")
		require.Equal(t, c.Holds(), pl.Check.Holds(), "a grant within the headroom keeps a plan that holds, and mends none")
		require.Equal(t, c.Cost, pl.Check.Cost, "the grant is placed in the same operation")
		_, err = json.Marshal(pl)
		require.NoError(t, err, "a Placement encodes")
	})
}

// hasNegative reports whether a resource of p is negative.
func hasNegative(p Plan) bool {
	for _, r := range p.Resources {
		if r.Amount.IsNegative() {
			return true
		}
	}
	return false
}
