package relancetest

import (
	"slices"

	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// This file tells which branches of its option's rules a case reached: the
// branches that the figures it states check.

// branchOf returns the branch that rule took in option o, and whether it
// took one: a criterion the session judged, a funding rule of its funding.
func branchOf(o relance.Option, rule string) (string, bool) {
	if !isFundingRule(rule) {
		c, ok := criterionOf(o, rule)
		return c.Branch(), ok
	}
	if o.Funding == nil {
		return "", false
	}
	for _, b := range FundingBranches(*o.Funding) {
		if b.Rule == rule {
			return b.Code, true
		}
	}
	return "", false
}

// reached returns the branches of option o that e checks: the branch of
// each criterion it states (its outcome, its branch or its facts), and the
// branches of the funding rules that the figures it states depend on
// ([expectation.fundingChecks]).
func (e expectation) reached(o relance.Option) []Reached {
	var out []Reached
	id, session := o.Scheme.ID(), o.Session.ID()
	stated := func(rule string) bool {
		return slices.ContainsFunc(e.Criteria, func(c strictjson.Pair[scheme.Outcome]) bool { return c.Key == rule }) ||
			slices.ContainsFunc(e.Branches, func(b strictjson.Pair[string]) bool { return b.Key == rule }) ||
			slices.ContainsFunc(e.facts, func(f factExpectation) bool { return f.criterion == rule })
	}
	for _, c := range o.Eligibility.Criteria {
		if code := c.Code.String(); stated(code) {
			out = append(out, Reached{id, session, Branch{code, c.Branch()}})
		}
	}
	if o.Funding == nil {
		return out
	}
	checks := e.fundingChecks(o)
	for _, b := range FundingBranches(*o.Funding) {
		if checks[b.Rule] {
			out = append(out, Reached{id, session, b})
		}
	}
	return out
}

// fundingChecks returns the funding rules whose branch in option o, which
// has a funding, what e states depends on:
//
//   - a funding rule's branch, stated: that rule;
//   - the eligible base: the exclusions, which alone decide it;
//   - the grant, or the remainder, when it is compared with the grant the
//     policy computes (the option promises one, or the file is of
//     Format1): the rules that set that grant — the exclusions, the
//     ceiling and the rounding, or the ceiling alone when it set the
//     grant, whatever the lines and the rounding.
//
// A grant of null, a remainder that is the whole budget because no grant
// is promised, and a promise depend on no funding rule.
func (e expectation) fundingChecks(o relance.Option) map[string]bool {
	checks := make(map[string]bool, 3)
	for _, b := range e.Branches {
		if isFundingRule(b.Key) {
			checks[b.Key] = true
		}
	}
	if e.Eligible != nil {
		checks[RuleExclusions] = true
	}
	policy := e.computed || o.Promise().Pays()
	if policy && (e.Grant.amount != nil || e.Remainder != nil) {
		checks[RuleCeiling] = true
		if !o.Funding.Capped {
			checks[RuleExclusions], checks[RuleRounding] = true, true
		}
	}
	return checks
}

// criterionOf returns the criterion of option o whose code is the slug
// code, and whether o's session judged one.
func criterionOf(o relance.Option, code string) (scheme.Criterion, bool) {
	c, err := scheme.ParseCriterionCode(code)
	if err != nil {
		return scheme.Criterion{}, false
	}
	return o.Eligibility.Criterion(c)
}
