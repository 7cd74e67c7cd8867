package relancetest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// This file checks what a case says of its own project: the Go field paths
// it names ("invalid", "missing"), and the remainder it states against the
// budget.

// The Go field paths of the facts of a project: those that
// scheme.Eligibility.Missing lists, and those that scheme.Project.Validate
// reports.
var (
	missingFact = regexp.MustCompile(`^(Lead\.(Kind|Population)|Members\[(0|[1-9][0-9]*)\]\.Population|Departement|SharedNeed|Themes|Practices|Start|Results|Requested)$`)
	invalidFact = regexp.MustCompile(`^((Lead|Members\[(0|[1-9][0-9]*)\])\.(ID|Kind|Population)|Members\[(0|[1-9][0-9]*)\]|Departement|SharedNeed|(Themes|Practices)\[(0|[1-9][0-9]*)\]|Results|Budget(\[(0|[1-9][0-9]*)\])?|Overlap)$`)
)

// factPaths are the Go field paths that a list of a case may name, and how
// a message says so.
type factPaths struct {
	pattern *regexp.Regexp
	lister  string // what lists them
	forms   string // their forms, "i" standing for an index
	items   bool   // a list's items are named one by one ("Themes[0]"), not the list ("Themes")
}

var (
	// missingFacts are the facts that "missing" names.
	missingFacts = factPaths{missingFact, "scheme.Eligibility.Missing",
		"Lead.Kind, Lead.Population, Members[i].Population, Departement, SharedNeed, Themes, Practices, Start, Results or Requested", false}
	// invalidFacts are the fields that "invalid" names.
	invalidFacts = factPaths{invalidFact, "scheme.Project.Validate",
		"Lead.ID, Lead.Kind, Lead.Population, Members[i] and its .ID, .Kind, .Population, Departement, SharedNeed, " +
			"Themes[i], Practices[i], Results, Budget, Budget[i] or Overlap", true}
)

// want says what fp wants instead of f, which it does not match: the item
// of a list, or the list, when f names the other, and every form
// otherwise.
func (fp factPaths) want(f string) string {
	if fp.items && fp.pattern.MatchString(f+"[0]") {
		return fp.lister + " reports the items of " + f + " one by one: want " + quote.Input(f+"[0]") + ", " + quote.Input(f+"[1]") + "…"
	}
	if list, ok := listOf(f); ok && !fp.items && fp.pattern.MatchString(list) {
		return fp.lister + " names " + list + " as a whole: want " + strconv.Quote(list)
	}
	return "want " + fp.forms + " (" + fp.lister + ")"
}

// listOf returns the list whose item f names ("Themes" of "Themes[2]"),
// and whether f names an item.
func listOf(f string) (string, bool) {
	i := strings.LastIndexByte(f, '[')
	if i < 0 || !strings.HasSuffix(f, "]") {
		return "", false
	}
	return f[:i], true
}

// facts checks a list of Go field paths of a project of shape shape, at
// path, against the paths that fp gives: each must be one, name an item
// that the project has, and be given once.
func (p *parser) facts(list []string, path string, fp factPaths, shape projectShape) {
	seen := make(map[string]bool, len(list))
	for i, f := range list {
		ip := strictjson.Index(path, i)
		switch {
		case !fp.pattern.MatchString(f):
			p.fail(ip, quote.Input(f), fmt.Errorf("%w: %s", ErrUnknownFact, fp.want(f)))
		case seen[f]:
			p.fail(ip, quote.Input(f), fmt.Errorf("%w fact", ErrDuplicate))
		default:
			if problem := shape.outOfRange(f); problem != "" {
				p.fail(ip, quote.Input(f), fmt.Errorf("%w: %s", ErrUnknownFact, problem))
			}
		}
		seen[f] = true
	}
}

// projectShape is what the checks of a case need to know of its project:
// the lengths of its lists, which the field paths index, and the total of
// its budget, which the remainder of an option that promises no grant is.
// known is false for a project that did not decode, whose lists may not be
// what the file writes.
type projectShape struct {
	known                              bool
	members, themes, practices, budget int
	total                              *cost.Amount // nil: no budget, or one that does not validate
}

// shapeOf returns the shape of the project pr, which decoded from path.
func (p *parser) shapeOf(pr scheme.Project, path string) projectShape {
	if p.isBroken(path) {
		return projectShape{}
	}
	s := projectShape{known: true, members: len(pr.Members), themes: len(pr.Themes), practices: len(pr.Practices), budget: len(pr.Budget)}
	if len(pr.Budget) > 0 && pr.Budget.Validate() == nil {
		t := pr.Budget.Total()
		s.total = &t
	}
	return s
}

// outOfRange says what is wrong with the Go field path f of a project of
// shape s, which matches the pattern of the facts, when it names an item
// that the project does not have; "" otherwise.
func (s projectShape) outOfRange(f string) string {
	list, rest, indexed := strings.Cut(f, "[")
	if !s.known || !indexed {
		return ""
	}
	var n int
	var noun string
	switch list {
	case "Members":
		n, noun = s.members, "member"
	case "Themes":
		n, noun = s.themes, "theme"
	case "Practices":
		n, noun = s.practices, "practice"
	default:
		n, noun = s.budget, "budget line"
	}
	digits, _, _ := strings.Cut(rest, "]")
	if i, err := strconv.Atoi(digits); err == nil && i < n {
		return ""
	}
	switch n {
	case 0:
		return "the project has no " + noun
	case 1:
		return "the project has 1 " + noun + ": want " + list + "[0]"
	}
	return "the project has " + strconv.Itoa(n) + " " + noun + "s: want " + list + "[0] to " + list + "[" + strconv.Itoa(n-1) + "]"
}

// remainder checks the remainder that an expectation at path states against
// the budget of a project of shape shape, when it has a valid one: when the
// expectation rules out every grant — a promise that pays none, a verdict
// or a status that no grant goes with, a grant of null — the applicants pay
// the whole budget. A file of Format1, where the remainder is the budget
// less the policy's figure whatever the promise, implies nothing of the
// kind; nor does a promise that contradicts the verdict or the status,
// which [parser.promise] reports.
func (p *parser) remainder(e expectJSON, path string, shape projectShape) {
	if e.Remainder == nil || shape.total == nil || p.first || *e.Remainder == *shape.total {
		return
	}
	can := possiblePromises(e.Verdict, e.Status)
	var why string
	switch {
	case e.Promise != nil && !can[*e.Promise]:
		return
	case e.Promise != nil && !e.Promise.Pays():
		why = "the promise " + e.Promise.String() + " pays nothing"
	case !can[relance.Grant] && !can[relance.ConditionalGrant]:
		why = promiseReason(relance.Grant, e.Verdict, e.Status)
	case e.Grant.stated && e.Grant.amount == nil && e.Promise == nil:
		why = "no grant is stated"
	default:
		return
	}
	p.fail(path+".remainder", strconv.Quote(e.Remainder.String()),
		fmt.Errorf("%w: %s: the applicants pay the whole budget, %q", ErrContradiction, why, shape.total.String()))
}
