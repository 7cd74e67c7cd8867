package relancetest

import (
	"math"
	"math/big"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
)

// Branch is a branch of a rule of a session: a criterion's, whose codes
// scheme.Session.Branches lists, or a funding rule's, whose codes this
// package defines from a cost.Result ([FundingBranches]).
//
// Branch is a plain value of comparable fields: == compares Branches and a
// Branch may be used as a map key.
type Branch struct {
	Rule string `json:"rule"` // a criterion's code (scheme.CodeAmpleur, …) or a funding rule (RuleExclusions, …)
	Code string `json:"code"` // the branch's stable code: "population-atteinte", "ligne-exclue", …
}

// The funding rules: how cost.Cofinance turns a budget into a grant, each
// with the branches it can take. A case names them in its "branches" beside
// the criteria.
const (
	// RuleExclusions: the lines whose category the policy excludes.
	// Branches: BranchNoExclusion, BranchLineExcluded.
	RuleExclusions = "exclusions"
	// RuleCeiling: the policy's ceiling on the grant, for a policy that has
	// one. Branches: BranchBelowCeiling, BranchCeilingApplied.
	RuleCeiling = "plafond"
	// RuleRounding: the rounding of the exact product Rate × Eligible by the
	// policy's mode, when the ceiling did not set the grant. Branches:
	// BranchExact, or the mode's own (BranchRoundedDownToCent, …).
	RuleRounding = "arrondi"
)

// The branches of the funding rules.
const (
	BranchNoExclusion    = "aucune-exclusion" // RuleExclusions: every line counts
	BranchLineExcluded   = "ligne-exclue"     // RuleExclusions: at least one line is excluded
	BranchBelowCeiling   = "sous-le-plafond"  // RuleCeiling: the grant is at most the ceiling
	BranchCeilingApplied = "plafond-applique" // RuleCeiling: the ceiling lowered the grant (cost.Result.Capped)
	BranchExact          = "montant-exact"    // RuleRounding: the exact product is the grant: rounding changed nothing

	BranchRoundedDownToCent = "arrondi-centime-inferieur"      // RuleRounding, cost.DownToCent: a fraction of a cent dropped
	BranchRoundedHalfUp     = "arrondi-centime-le-plus-proche" // RuleRounding, cost.HalfUpToCent: rounded to the nearest cent
	BranchRoundedHalfEven   = "arrondi-centime-pair"           // RuleRounding, cost.HalfEvenToCent: rounded to the nearest cent, half to even
	BranchRoundedDownToEuro = "arrondi-euro-inferieur"         // RuleRounding, cost.DownToEuro: the cents dropped
)

// isFundingRule reports whether rule is one of the funding rules.
func isFundingRule(rule string) bool {
	return rule == RuleExclusions || rule == RuleCeiling || rule == RuleRounding
}

// roundedBranch returns the branch of RuleRounding in which mode m changed
// the grant.
func roundedBranch(m cost.Rounding) string {
	switch m {
	case cost.HalfUpToCent:
		return BranchRoundedHalfUp
	case cost.HalfEvenToCent:
		return BranchRoundedHalfEven
	case cost.DownToEuro:
		return BranchRoundedDownToEuro
	}
	return BranchRoundedDownToCent
}

// FundingBranches returns the branches of the funding rules that r took, in
// the order of the rules:
//
//   - RuleExclusions, always: BranchLineExcluded when a line of r does not
//     count (or r excludes an amount), BranchNoExclusion otherwise;
//   - RuleCeiling, when r has a ceiling: BranchCeilingApplied when r is
//     Capped, BranchBelowCeiling otherwise;
//   - RuleRounding, unless the ceiling set the grant: BranchExact when the
//     grant is exactly Rate × Eligible, computed as a fraction (math/big),
//     the branch of r's rounding mode otherwise (BranchRoundedDownToCent
//     for cost.DownToCent, and so on) — the mode changed at least a cent.
//
// It reads only r's figures, as cost.Cofinance made them: a case that
// states the grant and the branches checks the one against the other.
func FundingBranches(r cost.Result) []Branch {
	out := make([]Branch, 0, 3)
	excluded := !r.Excluded.IsZero()
	for _, l := range r.Lines {
		excluded = excluded || !l.Counted()
	}
	if excluded {
		out = append(out, Branch{RuleExclusions, BranchLineExcluded})
	} else {
		out = append(out, Branch{RuleExclusions, BranchNoExclusion})
	}
	if r.Ceiling.Cents() > 0 {
		if r.Capped {
			out = append(out, Branch{RuleCeiling, BranchCeilingApplied})
		} else {
			out = append(out, Branch{RuleCeiling, BranchBelowCeiling})
		}
	}
	if !r.Capped {
		exact := new(big.Rat).Mul(r.Rate.Decimal().Rat(), r.Eligible.Decimal().Rat())
		if exact.Cmp(r.Grant.Decimal().Rat()) == 0 {
			out = append(out, Branch{RuleRounding, BranchExact})
		} else {
			out = append(out, Branch{RuleRounding, roundedBranch(r.Rounding)})
		}
	}
	return out
}

// PolicyBranches returns every branch of the funding rules that some budget
// can take under policy p, in the order of [FundingBranches]. A branch that
// no budget can reach is left out:
//
//   - BranchNoExclusion when p excludes every category, BranchLineExcluded
//     when it excludes none;
//   - both branches of RuleCeiling when p has no ceiling, and
//     BranchCeilingApplied when even the largest budget's grant stays at
//     or below it;
//   - the rounding mode's branch when no eligible base can give a product
//     that is not a whole number of cents (of euros, for cost.DownToEuro):
//     at a rate of 0 % (or 100 %, rounding to the cent), or when every
//     category is excluded.
func PolicyBranches(p cost.Policy) []Branch {
	var out []Branch
	counted, excluded := false, false
	for _, c := range cost.Categories() {
		counted = counted || !p.Excludes(c)
		excluded = excluded || p.Excludes(c)
	}
	if counted {
		out = append(out, Branch{RuleExclusions, BranchNoExclusion})
	}
	if excluded {
		out = append(out, Branch{RuleExclusions, BranchLineExcluded})
	}
	if c := p.Ceiling.Cents(); c > 0 {
		out = append(out, Branch{RuleCeiling, BranchBelowCeiling})
		if counted && largestGrant(p) > c {
			out = append(out, Branch{RuleCeiling, BranchCeilingApplied})
		}
	}
	out = append(out, Branch{RuleRounding, BranchExact})
	rate := p.Rate.Decimal()
	canRound := rate.IsPositive() && (p.Rounding == cost.DownToEuro || rate.LessThan(cost.Percent(100).Decimal()))
	if counted && canRound {
		out = append(out, Branch{RuleRounding, roundedBranch(p.Rounding)})
	}
	return out
}

// largestGrant returns, in cents, the grant that p's rate and rounding give
// for the largest eligible base, math.MaxInt64 cents, before any ceiling.
func largestGrant(p cost.Policy) int64 {
	unit := int64(1)
	if p.Rounding == cost.DownToEuro {
		unit = 100
	}
	exact := new(big.Rat).Mul(p.Rate.Decimal().Rat(), big.NewRat(math.MaxInt64, unit)) // in units
	q, m := new(big.Int).QuoRem(exact.Num(), exact.Denom(), new(big.Int))
	if p.Rounding == cost.HalfUpToCent || p.Rounding == cost.HalfEvenToCent {
		switch new(big.Int).Lsh(m, 1).Cmp(exact.Denom()) {
		case 1:
			q.Add(q, big.NewInt(1))
		case 0:
			if p.Rounding == cost.HalfUpToCent || q.Bit(0) == 1 {
				q.Add(q, big.NewInt(1))
			}
		}
	}
	return q.Int64() * unit
}

// SessionBranches returns every branch that session s can give: those of
// its criteria (scheme.Session.Branches), then those of its funding policy
// ([PolicyBranches]). The slice is new on every call.
func SessionBranches(s scheme.Session) []Branch {
	criteria := s.Branches()
	out := make([]Branch, 0, len(criteria)+6)
	for _, b := range criteria {
		out = append(out, Branch{b.Criterion.String(), b.Code})
	}
	return append(out, PolicyBranches(s.Funding())...)
}
