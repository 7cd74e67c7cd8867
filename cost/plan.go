package cost

import (
	"errors"
	"math"
	"math/bits"
)

// Resource is one funder of a project other than its owner, in a [Plan]:
// who pays, whether it is a public person, and how much.
//
// Resource is a value, comparable with ==. Its zero value is a private
// funder with no name that brings 0 €. In JSON it is an object with
// "funder", "public" and "amount":
// {"funder":"Région","public":true,"amount":"70000.00"}.
type Resource struct {
	Funder string `json:"funder"` // as the plan names it: "Région", "DSIL", "Mécénat"
	Public bool   `json:"public"` // a public person (the State, a collectivité, a European fund…): its funding is public aid
	Amount Amount `json:"amount"` // zero or more
}

// Plan is the financing plan (plan de financement) of an operation: its
// whole cost, the part of it that a grant may subsidise, and the funders
// other than the owner. The owner, the collectivité or groupement that
// carries the operation (maître d'ouvrage), pays the rest: [Plan.Own].
//
// The two amounts are two bases that two rules read (see [Plan.Check]):
// the owner's least participation is a share of all the public funding of
// the whole operation, whose cost is Cost, the owner's own funding
// included, whatever part of it a scheme counts; the ceiling of public aid
// is a share of Expense, the subsidisable expense. A plan whose operation
// is all subsidisable leaves Cost zero: it then reads as Expense.
//
// Plan is a value of plain fields; Resources is a slice, so Plan is not
// comparable with ==. The package reads a Plan and never modifies or keeps
// its slice; a Plan that nobody modifies is safe for concurrent use. The
// zero value is the plan of an operation that costs nothing: valid, and
// within any limits.
//
// In JSON a Plan is an object with "cost" (omitted when zero), "expense"
// and "resources", a list, [] when there is none:
//
//	{"cost":"290000.00","expense":"210000.00","resources":[{"funder":"Région","public":true,"amount":"70000.00"}]}
type Plan struct {
	Cost      Amount     `json:"cost,omitzero"` // the whole cost of the operation, at least Expense; zero: Expense
	Expense   Amount     `json:"expense"`       // the subsidisable expense (the eligible base), zero or more
	Resources []Resource `json:"resources"`     // in the order the plan lists them
}

// cost returns the whole cost of p in cents: Cost, or Expense when Cost is
// zero.
func (p Plan) cost() int64 {
	if p.Cost.cents == 0 {
		return p.Expense.cents
	}
	return p.Cost.cents
}

// Limits are the rules on the stacking of public aid (cumul des aides
// publiques) that a [Plan] is checked against.
//
// Limits is a value, comparable with ==. Its zero value asks for no
// participation of the owner and sets no ceiling on public aid: the zero
// Limits, those of an operation no text limits, check only that the plan
// adds up.
//
// In JSON Limits is an object with "own_share" and "public_cap", each a
// rate: {"own_share":"20%","public_cap":"100%"}. A zero PublicCap, no
// ceiling, is left out, never written "0%", which would read as a ceiling
// of nothing: {"own_share":"0%"} are the zero Limits.
type Limits struct {
	// OwnShare is the least share of all public funding of the operation,
	// the owner's own included, that the owner brings: 20 % for a
	// collectivité or a groupement that carries an investment operation
	// (CGCT, art. L1111-10 III), 30 % under a chef-de-file competence
	// (art. L1111-9); zero: no such rule, as for operating costs, overseas
	// collectivités and a préfet's derogation.
	OwnShare Rate `json:"own_share"`

	// PublicCap is the most public aid, the owner's own funding excluded,
	// as a share of the subsidisable expense: 100 % under décret
	// n° 2018-514, art. 10 (80 % under the décret of 1999 it replaced), for
	// the investments that décret governs. Zero: no ceiling, which no text
	// sets; public aid is then bounded only by the cost of the operation,
	// as the plan adding up requires, and [PlanCheck.Explain] cites no text.
	PublicCap Rate `json:"public_cap,omitzero"`
}

// Own returns what the owner pays: the whole cost (Cost, or Expense when
// Cost is zero) less every resource, the costs that no scheme counts
// included. For a valid plan (see [Plan.Check]) it is exact, zero or more;
// otherwise the difference is still exact, and clamped to the range of
// [Amount].
func (p Plan) Own() Amount {
	hi, lo := sum128(p.Resources)
	// cost − (hi, lo), on 128 bits.
	e := p.cost()
	dl, borrow := bits.Sub64(uint64(e), lo, 0)
	dh := e>>63 - hi - int64(borrow)
	switch {
	case dh == 0 && dl <= math.MaxInt64, dh == -1 && dl > math.MaxInt64:
		return Amount{int64(dl)}
	case dh < 0:
		return Amount{math.MinInt64}
	}
	return Amount{math.MaxInt64}
}

// sum128 adds the amounts of rs on 128 bits, where no slice that fits in
// memory can overflow: the high word signed, the low word.
func sum128(rs []Resource) (hi int64, lo uint64) {
	for _, r := range rs {
		a := r.Amount.cents
		var carry uint64
		lo, carry = bits.Add64(lo, uint64(a), 0)
		hi += a>>63 + int64(carry)
	}
	return hi, lo
}

// Check checks p against the limits l, exactly to the cent, and returns
// every figure of the check in a [PlanCheck]: the owner's part, the public
// and the private funding, each share as an exact [Ratio], the limits in
// euros, the headroom left for more public aid, and a [Finding] for each
// limit that p breaks. The rules, for an operation of cost C whose
// subsidisable expense is E, public aid A (the public resources), private
// funding P and the owner's part O = C − A − P:
//
//	participation-minimale   O ≥ OwnShare × (O + A)   (CGCT, art. L1111-10 III)
//	plafond-aides-publiques  A ≤ PublicCap × E        (décret n° 2018-514, art. 10)
//
// The first reads the whole operation: O + A is all the public funding of
// it, the owner's own included, and O includes what the owner pays for
// the costs that a scheme does not count. The second reads the
// subsidisable expense alone. Under a zero PublicCap, no ceiling: A ≤ C.
//
// Both are computed in integers, with no rounding but that of the limits
// in euros: the least participation is rounded up to the cent and the most
// aid down, so that a plan holds exactly when its figures meet those
// amounts. A plan holds on the boundary: 20 % exactly meets the 20 % rule.
//
// Check fails only on input that is not a plan, and then reports every
// problem at once, joined with [errors.Join], each problem of a resource
// as a [*ResourceError]: a negative cost, expense or resource
// ([ErrNegativeAmount]), a cost below the expense ([ErrCostBelowExpense]),
// resources that add up beyond the range of Amount ([ErrOverflow]) or
// beyond the cost ([ErrOverfunded], at the resource that takes them past
// it):
//
//	cost: plan: resource 3 ("Mécénat"): resources above the cost (130000.00 for a cost of 120000.00)
//
// Check neither modifies nor keeps p. For a plan that holds it does not
// allocate; for one that breaks a limit, it allocates the Findings and the
// text of their reasons.
func (p Plan) Check(l Limits) (PlanCheck, error) {
	aid, private, ok := p.sums()
	if !ok {
		return PlanCheck{}, p.validate()
	}
	cost := p.cost()
	own := cost - aid - private // ≥ 0: the resources are at most the cost
	public := own + aid
	c := PlanCheck{
		Cost:         Amount{cost},
		Expense:      p.Expense,
		Own:          Amount{own},
		Public:       Amount{public},
		Private:      Amount{private},
		Aid:          Amount{aid},
		OwnShare:     Ratio{Amount{own}, Amount{public}},
		AidShare:     Ratio{Amount{aid}, p.Expense},
		PrivateShare: Ratio{Amount{private}, Amount{cost}},
		MinOwn:       Amount{ceilRate(public, l.OwnShare)},
		MaxAid:       Amount{cost},
		Limits:       l,
	}
	if !l.PublicCap.IsZero() {
		c.MaxAid.cents = floorRate(p.Expense.cents, l.PublicCap)
	}
	ownOK, aidOK := own >= c.MinOwn.cents, aid <= c.MaxAid.cents
	if ownOK && aidOK {
		c.Headroom = Amount{min(own-c.MinOwn.cents, c.MaxAid.cents-aid)}
		return c, nil
	}
	n := 2
	if ownOK || aidOK {
		n = 1
	}
	c.Findings = make([]Finding, 0, n)
	if !aidOK {
		c.Findings = append(c.Findings, Finding{CodePublicCap, c.publicCapReason()})
	}
	if !ownOK {
		c.Findings = append(c.Findings, Finding{CodeOwnShare, c.ownShareReason()})
	}
	return c, nil
}

// sums returns the public and the private resources of p, and whether p is
// valid: no negative amount, a cost of at least the expense, and resources
// that add up to at most the cost. It is the allocation-free pass of
// Check.
func (p Plan) sums() (aid, private int64, ok bool) {
	left := p.cost() // what the resources may still bring
	if p.Expense.cents < 0 || left < p.Expense.cents {
		return 0, 0, false
	}
	for i := range p.Resources {
		a := p.Resources[i].Amount.cents
		if a < 0 || a > left {
			return 0, 0, false
		}
		left -= a
		if p.Resources[i].Public {
			aid += a
		} else {
			private += a
		}
	}
	return aid, private, true
}

// validate returns every problem of p, joined: the slow path of Check.
func (p Plan) validate() error {
	var errs []error
	if p.Cost.IsNegative() {
		errs = append(errs, newError("cost: plan: cost of the operation: negative amount "+p.Cost.String(), ErrNegativeAmount))
	}
	if p.Expense.IsNegative() {
		errs = append(errs, newError("cost: plan: expense: negative amount "+p.Expense.String(), ErrNegativeAmount))
	}
	if p.Cost.cents > 0 && !p.Expense.IsNegative() && p.Cost.cents < p.Expense.cents {
		errs = append(errs, newError("cost: plan: cost of the operation: "+ErrCostBelowExpense.Error()+": "+p.Cost.String()+" for an expense of "+p.Expense.String(), ErrCostBelowExpense))
	}
	cost := p.cost()
	var total int64
	done := false // the overflow or the excess is reported
	for i, r := range p.Resources {
		if r.Amount.IsNegative() {
			errs = append(errs, &ResourceError{i, r.Funder, newError("negative amount "+r.Amount.String(), ErrNegativeAmount)})
			continue
		}
		if done {
			continue
		}
		sum, ok := addCents(total, r.Amount.cents)
		switch {
		case !ok:
			done = true
			errs = append(errs, &ResourceError{i, r.Funder, newError("amount out of range: the resources exceed "+Amount{math.MaxInt64}.String(), ErrOverflow)})
		case cost >= 0 && sum > cost:
			done = true
			errs = append(errs, &ResourceError{i, r.Funder, newError(ErrOverfunded.Error()+" ("+Amount{sum}.String()+" for a cost of "+Amount{cost}.String()+")", ErrOverfunded)})
		}
		total = sum
	}
	return errors.Join(errs...)
}

// floorRate returns ⌊r × a⌋ cents, for a ≥ 0.
func floorRate(a int64, r Rate) int64 {
	q, _ := product(uint64(a), r)
	return int64(q)
}

// ceilRate returns ⌈r × a⌉ cents, for a ≥ 0.
func ceilRate(a int64, r Rate) int64 {
	q, rem := product(uint64(a), r)
	if rem != 0 {
		q++
	}
	return int64(q)
}
