package cost

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ratFloor and ratCeil return ⌊x⌋ and ⌈x⌉.
func ratFloor(x *big.Rat) *big.Int {
	q, _ := new(big.Int).DivMod(x.Num(), x.Denom(), new(big.Int)) // Euclidean, over a positive denominator: the floor
	return q
}

func ratCeil(x *big.Rat) *big.Int {
	q := ratFloor(x)
	if !x.IsInt() {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// refPlan is the check of a plan computed slowly and obviously, with
// math/big: the reference that Plan.Check must match to the cent.
type refPlan struct {
	own, public, private, aid *big.Int
	minOwn, maxAid, headroom  *big.Int
	ownOK, aidOK              bool
}

// refCheckPlan computes refPlan for a valid plan p under l, with the rates
// read from their billionths as big.Rats: the owner's part is the whole
// cost (Cost, or Expense when it is zero) less every resource, its least
// share is a share of all public funding, its own included, and the
// ceiling of public aid a share of the subsidisable expense, or the cost
// itself under a zero PublicCap.
func refCheckPlan(p Plan, l Limits) refPlan {
	cost := p.Cost.Cents()
	if cost == 0 {
		cost = p.Expense.Cents()
	}
	r := refPlan{own: big.NewInt(cost), private: new(big.Int), aid: new(big.Int)}
	for _, res := range p.Resources {
		a := big.NewInt(res.Amount.Cents())
		r.own.Sub(r.own, a)
		if res.Public {
			r.aid.Add(r.aid, a)
		} else {
			r.private.Add(r.private, a)
		}
	}
	r.public = new(big.Int).Add(r.own, r.aid)
	share := rateRat(l.OwnShare)
	least := new(big.Rat).Mul(share, new(big.Rat).SetInt(r.public))                                    // s × public
	most := new(big.Rat).Mul(rateRat(l.PublicCap), new(big.Rat).SetInt(big.NewInt(p.Expense.Cents()))) // cap × E
	if l.PublicCap.IsZero() {
		most = new(big.Rat).SetInt64(cost) // no ceiling but the cost
	}
	r.minOwn, r.maxAid = ratCeil(least), ratFloor(most)
	r.ownOK = new(big.Rat).SetInt(r.own).Cmp(least) >= 0
	r.aidOK = new(big.Rat).SetInt(r.aid).Cmp(most) <= 0
	r.headroom = new(big.Int)
	if r.ownOK && r.aidOK {
		byOwn := ratFloor(new(big.Rat).Sub(new(big.Rat).SetInt(r.own), least))
		byAid := ratFloor(new(big.Rat).Sub(most, new(big.Rat).SetInt(r.aid)))
		r.headroom = byOwn
		if byAid.Cmp(byOwn) < 0 {
			r.headroom = byAid
		}
	}
	return r
}

// checkPlan checks c, the check of the valid plan p under l, against the
// reference, and the headroom by adding it, and one cent more, to p. It
// returns false on the first failure.
func checkPlan(t testing.TB, p Plan, l Limits, c PlanCheck) bool {
	t.Helper()
	ref := refCheckPlan(p, l)
	msg := c.Explain()
	sum := new(big.Int).Set(big.NewInt(c.Own.Cents()))
	for _, r := range p.Resources {
		sum.Add(sum, big.NewInt(r.Amount.Cents()))
	}
	cost := p.Cost
	if cost.IsZero() {
		cost = p.Expense
	}
	ok := assert.Equal(t, cost, c.Cost, "Cost\n"+msg) && assert.Equal(t, p.Expense, c.Expense, "Expense\n"+msg) &&
		assert.Zero(t, sum.Cmp(big.NewInt(c.Cost.Cents())), "Own + Σ resources = Cost\n"+msg) &&
		assert.Zero(t, ref.own.Cmp(big.NewInt(c.Own.Cents())), "Own\n"+msg) &&
		assert.Zero(t, ref.public.Cmp(big.NewInt(c.Public.Cents())), "Public\n"+msg) &&
		assert.Zero(t, ref.private.Cmp(big.NewInt(c.Private.Cents())), "Private\n"+msg) &&
		assert.Zero(t, ref.aid.Cmp(big.NewInt(c.Aid.Cents())), "Aid\n"+msg) &&
		assert.Zero(t, ref.minOwn.Cmp(big.NewInt(c.MinOwn.Cents())), "MinOwn\n"+msg) &&
		assert.Zero(t, ref.maxAid.Cmp(big.NewInt(c.MaxAid.Cents())), "MaxAid\n"+msg) &&
		assert.Zero(t, ref.headroom.Cmp(big.NewInt(c.Headroom.Cents())), "Headroom: want %s\n%s", ref.headroom, msg) &&
		assert.Equal(t, ref.ownOK && ref.aidOK, c.Holds(), msg)
	if !ok {
		return false
	}
	var codes []string
	if !ref.aidOK {
		codes = append(codes, CodePublicCap)
	}
	if !ref.ownOK {
		codes = append(codes, CodeOwnShare)
	}
	var got []string
	for _, f := range c.Findings {
		got = append(got, f.Code)
	}
	if !assert.Equal(t, codes, got, msg) || !c.Holds() {
		return ok
	}
	// The headroom never breaks a limit, and one cent more always would.
	more := Plan{Cost: p.Cost, Expense: p.Expense, Resources: append(append([]Resource(nil), p.Resources...), Resource{"Autre", true, c.Headroom})}
	with, err := more.Check(l)
	if !assert.NoError(t, err) || !assert.True(t, with.Holds(), "the headroom keeps the plan within its limits\n"+with.Explain()) {
		return false
	}
	more.Resources[len(more.Resources)-1].Amount = c.Headroom.Add(Cents(1))
	with, err = more.Check(l)
	return assert.True(t, err != nil || !with.Holds(), "one cent more than the headroom breaks the plan\n"+msg)
}

// randomPlan returns a valid plan of up to six resources, of every
// magnitude, its cost zero (the expense) or above the expense, with limits
// drawn from the law's and from anywhere.
func randomPlan(rng *rand.Rand) (Plan, Limits) {
	var p Plan
	switch rng.IntN(3) {
	case 0:
		p.Expense = Cents(rng.Int64N(10_000))
	case 1:
		p.Expense = Cents(rng.Int64N(1 << 40))
	default:
		p.Expense = Cents(rng.Int64N(1 << 62))
	}
	left := p.Expense.Cents()
	switch rng.IntN(3) {
	case 0: // a cost of the expense and a little more
		p.Cost = p.Expense.Add(Cents(rng.Int64N(p.Expense.Cents()/4 + 1)))
		left = p.Cost.Cents()
	case 1: // the expense, said again
		p.Cost = p.Expense
	}
	for range rng.IntN(7) {
		a := int64(0)
		if left > 0 {
			a = rng.Int64N(left/2 + 1)
		}
		left -= a
		p.Resources = append(p.Resources, Resource{"financeur", rng.IntN(4) != 0, Cents(a)})
	}
	rates := []Rate{{}, Percent(20), Percent(30), Percent(80), Percent(100), MustParseRate("33.33%")}
	l := Limits{OwnShare: rates[rng.IntN(len(rates))], PublicCap: rates[rng.IntN(len(rates))]}
	if rng.IntN(4) == 0 {
		l.OwnShare, l.PublicCap = Rate{rng.Int64N(billion + 1)}, Rate{rng.Int64N(billion + 1)}
	}
	return p, l
}

// TestPlanCheckAgainstReference compares Plan.Check with the big.Rat
// reference on 20 000 random plans.
func TestPlanCheckAgainstReference(t *testing.T) {
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	rng := rand.New(rand.NewPCG(2018, 514))
	for range n {
		p, l := randomPlan(rng)
		c, err := p.Check(l)
		require.NoError(t, err)
		if !checkPlan(t, p, l, c) {
			return
		}
	}
}
