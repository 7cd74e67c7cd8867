package relancetest

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/scheme"
)

// rules are the rules of a scheme, over all its sessions: the criteria and
// the funding rules, in the order of the sessions' branches, with the
// branches each can give and, for a criterion's branch, its outcome; and
// the IDs of the sessions. They are found once for each scheme of a file,
// however many cases expect something of it.
type rules struct {
	sessions []string                             // the IDs of the sessions, in order
	session  map[string]bool                      // the same, as a set
	names    []string                             // every rule, criteria first
	criteria []string                             // the criteria
	codes    map[string][]string                  // the branch codes of each rule
	outcomes map[string]map[string]scheme.Outcome // the outcome of each criterion's branch
}

// rulesOf returns the rules of every session of s.
func rulesOf(s scheme.Scheme) rules {
	r := rules{session: make(map[string]bool), codes: make(map[string][]string), outcomes: make(map[string]map[string]scheme.Outcome)}
	for _, se := range s.Sessions() {
		r.sessions = append(r.sessions, se.ID())
		r.session[se.ID()] = true
		for _, b := range se.Branches() {
			code := b.Criterion.String()
			if r.outcomes[code] == nil {
				r.outcomes[code] = make(map[string]scheme.Outcome)
				r.criteria = append(r.criteria, code)
			}
			r.outcomes[code][b.Code] = b.Outcome
		}
		for _, b := range SessionBranches(se) {
			if _, ok := r.codes[b.Rule]; !ok {
				r.names = append(r.names, b.Rule)
			}
			if !slices.Contains(r.codes[b.Rule], b.Code) {
				r.codes[b.Rule] = append(r.codes[b.Rule], b.Code)
			}
		}
	}
	slices.SortStableFunc(r.names, func(a, b string) int { return ruleRank(a) - ruleRank(b) })
	return r
}

// ruleRank orders the criteria before the funding rules.
func ruleRank(rule string) int {
	if isFundingRule(rule) {
		return 1
	}
	return 0
}

// expectations decodes and checks what a case expects, at path, of the
// schemes it is oriented among, scheme by scheme.
func (p *parser) expectations(raw json.RawMessage, path string, ch *choice) []expectation {
	var list strictjson.Pairs[json.RawMessage]
	if raw != nil {
		p.report(strictjson.Decode(raw, &list, strictjson.Options{Path: path}))
	}
	if len(list) == 0 {
		p.fail(path, "", fmt.Errorf("%w: what is expected of at least one scheme", ErrRequired))
		return nil
	}
	var out []expectation
	for _, e := range list {
		ep := strictjson.Key(path, e.Key)
		i, ok := ch.index[e.Key]
		if !ok {
			p.fail(ep, "", fmt.Errorf("%w: want %s", scheme.ErrUnknownScheme, quote.Choices(ch.ids)))
			continue
		}
		var ej expectJSON
		p.report(strictjson.Decode(e.Value, &ej, strictjson.Options{Path: ep}))
		s := ch.schemes[i]
		p.expectation(ej, ep, s)
		out = append(out, expectation{scheme: s, path: ep, expectJSON: ej})
	}
	return out
}

// expectation checks what a case expects, at path, of scheme s.
func (p *parser) expectation(e expectJSON, path string, s scheme.Scheme) {
	if e.Session == nil && e.Verdict == nil && e.Status == nil && len(e.Criteria) == 0 && len(e.Branches) == 0 &&
		e.Missing == nil && e.Eligible == nil && e.Grant == nil && e.Remainder == nil {
		p.fail(path, "", fmt.Errorf("%w: an expectation states something: session, verdict, status, criteria, branches, missing, eligible, grant or remainder", ErrRequired))
	}
	r, ok := p.rules[s]
	if !ok {
		r = rulesOf(s)
		if p.rules == nil {
			p.rules = make(map[scheme.Scheme]rules)
		}
		p.rules[s] = r
	}
	if e.Session != nil && !r.session[*e.Session] {
		p.fail(path+".session", quote.Input(*e.Session), fmt.Errorf("%w: want %s", ErrUnknownSession, quote.Choices(r.sessions)))
	}
	for _, c := range e.Criteria {
		if _, ok := r.outcomes[c.Key]; !ok {
			p.fail(strictjson.Key(path+".criteria", c.Key), "", fmt.Errorf("%w: want %s", ErrUnknownCriterion, quote.Choices(r.criteria)))
		}
	}
	for _, b := range e.Branches {
		bp := strictjson.Key(path+".branches", b.Key)
		codes, ok := r.codes[b.Key]
		switch {
		case !ok:
			p.fail(bp, "", fmt.Errorf("%w: want %s", ErrUnknownCriterion, quote.Choices(r.names)))
		case !slices.Contains(codes, b.Value):
			p.fail(bp, quote.Input(b.Value), fmt.Errorf("%w: want %s", ErrUnknownBranch, quote.Choices(codes)))
		default:
			i := slices.IndexFunc(e.Criteria, func(c strictjson.Pair[scheme.Outcome]) bool { return c.Key == b.Key })
			if out, isCriterion := r.outcomes[b.Key][b.Value]; isCriterion && i >= 0 && e.Criteria[i].Value != out {
				p.fail(bp, quote.Input(b.Value), fmt.Errorf("%w: the branch gives %s, the criterion is expected %s", ErrContradiction, out, e.Criteria[i].Value))
			}
		}
	}
	if e.Missing != nil {
		p.facts(*e.Missing, path+".missing", missingFact)
	}
}
