package relancetest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/relance"
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
func (p *parser) expectations(raw json.RawMessage, path string, ch *choice, shape projectShape) []expectation {
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
		if p.first && ej.Grant.amount == nil { // null states nothing in Format1
			ej.Grant.stated = false
		}
		facts := p.expectation(ej, ep, s, shape)
		out = append(out, expectation{scheme: s, path: ep, computed: p.first, facts: facts, expectJSON: ej})
	}
	return out
}

// expectation checks what a case expects, at path, of scheme s and of the
// project of shape shape, and returns the facts it states.
func (p *parser) expectation(e expectJSON, path string, s scheme.Scheme, shape projectShape) []factExpectation {
	if e.Session == nil && e.Verdict == nil && e.Status == nil && len(e.Criteria) == 0 && len(e.Branches) == 0 && len(e.Facts) == 0 &&
		e.Missing == nil && e.Promise == nil && e.Eligible == nil && !e.Grant.stated && e.Remainder == nil {
		p.fail(path, "", fmt.Errorf("%w: an expectation states something: session, verdict, status, criteria, branches, facts, missing, promise, eligible, grant or remainder", ErrRequired))
	}
	p.promise(e, path)
	p.remainder(e, path, shape)
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
		p.facts(*e.Missing, path+".missing", missingFacts, shape)
	}
	facts := p.factExpectations(e.Facts, path, r)
	if p.first && e.Facts != nil {
		p.fail(path+".facts", "", fmt.Errorf("%w: new in %q", ErrUnknownKey, Format))
	}
	return facts
}

// promise checks the promise and the grant that an expectation at path
// states against each other and against its verdict and status: an
// Ineligible project is promised nothing, a closed intake no grant
// (relance.Option.Promise). A file of Format1, where the grant is the
// policy's figure whatever the promise, states no promise.
func (p *parser) promise(e expectJSON, path string) {
	if p.first {
		if e.Promise != nil {
			p.fail(path+".promise", "", fmt.Errorf("%w: new in %q, where \"grant\" is the grant the option promises", ErrUnknownKey, Format))
		}
		return
	}
	can := possiblePromises(e.Verdict, e.Status)
	if e.Promise != nil {
		switch {
		case !can[*e.Promise]:
			p.fail(path+".promise", quote.Input(e.Promise.String()), fmt.Errorf("%w: %s", ErrContradiction, promiseReason(*e.Promise, e.Verdict, e.Status)))
		case e.Grant.stated && e.Promise.Pays() != (e.Grant.amount != nil):
			p.fail(path+".grant", grantText(e.Grant), fmt.Errorf("%w: the promise %s %s", ErrContradiction, e.Promise, paysText(e.Promise.Pays())))
		}
		return
	}
	if e.Grant.amount != nil && !can[relance.Grant] && !can[relance.ConditionalGrant] {
		p.fail(path+".grant", grantText(e.Grant), fmt.Errorf("%w: %s: state \"grant\": null, or leave it out", ErrContradiction, promiseReason(relance.Grant, e.Verdict, e.Status)))
	}
}

// promises is a set of promises, by their value.
type promises [relance.ClosedIntake + 1]bool

// possiblePromises returns the promises that an option of the verdict and
// the status stated can make, either unknown when nil.
func possiblePromises(v *scheme.Verdict, st *calendar.Status) promises {
	var can promises
	can[relance.NoGrant] = true // no budget
	paying := v == nil || *v != scheme.Ineligible
	closed := st == nil || *st == calendar.Closed
	if paying && closed {
		can[relance.ClosedIntake] = true
	}
	if paying && (st == nil || *st != calendar.Closed) {
		can[relance.Grant] = v == nil || *v == scheme.Eligible
		can[relance.ConditionalGrant] = v == nil || *v == scheme.Undetermined
	}
	return can
}

// promiseReason says why an option of the verdict and the status stated
// cannot make the promise pr.
func promiseReason(pr relance.Promise, v *scheme.Verdict, st *calendar.Status) string {
	switch {
	case v != nil && *v == scheme.Ineligible:
		return "an ineligible project is promised no grant"
	case pr == relance.ClosedIntake: // the status is stated, and not closed
		return "the intake is " + st.String() + ": the promise closed is that of a closed intake"
	case st != nil && *st == calendar.Closed:
		return "a closed intake promises no grant"
	case pr == relance.Grant:
		return "an undetermined project is promised a conditional grant"
	}
	return "an eligible project is promised a grant, not a conditional one"
}

// paysText says whether a promise pays.
func paysText(pays bool) string {
	if pays {
		return "pays a grant: state its amount"
	}
	return "pays nothing: state \"grant\": null, or leave it out"
}

// grantText writes a grant as the file does.
func grantText(g grantJSON) string {
	if g.amount == nil {
		return "null"
	}
	return strconv.Quote(g.amount.String())
}
