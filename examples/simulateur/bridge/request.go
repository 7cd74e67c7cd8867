package bridge

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
)

// Request is a project as the page's form holds it: every fact as the person
// typed or chose it, as text, so that the bridge — not the page — decides
// what each means and says in French what it cannot read. Every field's zero
// value is "not given".
type Request struct {
	On          string      `json:"on"`          // the date of orientation: « 01/03/2021 » or "2021-03-01"
	Title       string      `json:"title"`       // the project's title
	Lead        BodyInput   `json:"lead"`        // the lead applicant
	Members     []BodyInput `json:"members"`     // the members that pool the project, in the form's order
	Departement string      `json:"departement"` // does it cover a whole département? "yes", "no" or ""
	SharedNeed  string      `json:"shared_need"` // is the need common to other collectivités? "yes", "no" or ""
	Themes      []string    `json:"themes"`      // scheme.Theme slugs
	Practices   []string    `json:"practices"`   // scheme.Practice slugs
	// Requested is the date of the grant request (« date de dépôt de la
	// demande »), as On: no commencement may precede it. "" means the day
	// of the orientation.
	Requested string      `json:"requested"`
	Start     string      `json:"start"`   // the start date, as On
	Results   string      `json:"results"` // the date results are due, as On
	Budget    []LineInput `json:"budget"`  // the budget lines, in the form's order
}

// BodyInput is a body of a project as the form holds it.
type BodyInput struct {
	// Code is the body's official code (INSEE or SIREN), which the
	// bridge's territories read; "" when not given. Without them, a code
	// is refused.
	Code       string `json:"code"`
	Name       string `json:"name"`       // the body's name, for people
	Kind       string `json:"kind"`       // a scheme.Kind slug; "" when not given
	Population string `json:"population"` // inhabitants as typed: « 350 000 »; "" when not given
}

// LineInput is a budget line as the form holds it. A line whose amount is
// empty is not yet filled in: it is left out of the budget, without a
// problem.
type LineInput struct {
	Category string `json:"category"` // a cost.Category slug
	Label    string `json:"label"`    // free text
	Amount   string `json:"amount"`   // euros as French text writes them: « 12 000,50 »
}

// reading is a Request being read into a project: what it gave so far and
// the problems found, each on its field.
type reading struct {
	project scheme.Project
	on      calendar.Date
	// onText is the date of orientation as typed; onGiven reports whether
	// it is not blank.
	onText  string
	onGiven bool
	// rows maps each member of the project to its row in the request: the
	// project leaves out a member that repeats an earlier body.
	rows    []int
	errors  []FieldError
	found   []Found     // the bodies that the codes name
	deduced []FieldNote // the answers that the data gives
	// typed are the facts that the person typed of each body given by an
	// official code, by row of the form, the lead's at -1.
	typed map[int]scheme.Body
	// total is the total of the budget's lines read so far, in cents.
	total int64
	// alike maps each description of a body without official code to the
	// first body so described: -1 for the lead, else a member. Filled
	// when a member repeats one (firstAlike).
	alike map[scheme.Body]int
	// rowsMisread holds the rows ("lead", "members.2") whose facts could
	// not all be read: filled when a member repeats another (misread).
	rowsMisread map[string]bool
}

func (r *reading) fail(field, code, input string) {
	r.errors = append(r.errors, newFieldError(field, code, input))
}

// Project reads r into the project and the date of orientation it describes,
// and reports every problem at once, each on its field. A fact that cannot
// be read is left out as not given, so that the rest still counts: an
// unreadable amount drops its budget line, an unreadable start date leaves
// the start unknown, an unknown official code leaves its body as typed, and
// a member that repeats the lead or an earlier member — the same official
// code, or described alike in every field — is left out, since a body
// counts once. The bodies given by official codes are completed by the
// bridge's [Complete]. The zero Date means that the date of orientation is
// missing or unreadable.
//
// It returns the project, the date, the rows of the request that the
// project's members come from (Members[i] is row rows[i]) and the problems.
func (b Bridge) Project(r Request) (scheme.Project, calendar.Date, []int, []FieldError) {
	x := b.read(r)
	return x.project, x.on, x.rows, x.errors
}

// read reads r, as [Bridge.Project] says.
func (b Bridge) read(r Request) reading {
	x := reading{project: scheme.Project{Title: trim(r.Title)}, onText: r.On, onGiven: trim(r.On) != ""}
	x.readDate("on", r.On, &x.on, true)
	if len(r.Members) > 0 { // allocated once, for a project of many members
		x.project.Members, x.rows = make([]scheme.Body, 0, len(r.Members)), make([]int, 0, len(r.Members))
	}
	x.project.Lead = x.body(b, -1, r.Lead)
	for i, m := range r.Members {
		x.project.Members = append(x.project.Members, x.body(b, i, m))
		x.rows = append(x.rows, i)
	}
	x.project.Departement = x.answer("departement", r.Departement)
	x.project.SharedNeed = x.answer("shared_need", r.SharedNeed)
	x.project.Themes = readList(&x, "themes", r.Themes, scheme.ParseTheme)
	x.project.Practices = readList(&x, "practices", r.Practices, scheme.ParsePractice)
	x.readDate("requested", r.Requested, &x.project.Requested, false)
	x.readDate("start", r.Start, &x.project.Start, false)
	x.readDate("results", r.Results, &x.project.Results, false)
	for i, l := range r.Budget {
		x.line(i, l)
	}
	x.complete(b)
	x.settle()
	sortErrors(x.errors)
	return x
}

// readDate reads a date into *d; an empty text is no date, a problem only
// when the date is required.
func (x *reading) readDate(field, text string, d *calendar.Date, required bool) {
	if trim(text) == "" {
		if required {
			x.fail(field, CodeDateMissing, text)
		}
		return
	}
	date, code := ParseDate(text)
	if code != "" {
		x.fail(field, code, text)
		return
	}
	*d = date
}

// body reads the body of row (-1: the lead). An official code becomes the
// body's ID, for [reading.complete] to read, and what the person typed
// besides is kept in typed; without the territories a code is refused.
func (x *reading) body(b Bridge, row int, in BodyInput) scheme.Body {
	var body scheme.Body
	field := rowField(row)
	if name := trim(in.Name); name != "" {
		body.Name = name
	}
	if kind := trim(in.Kind); kind != "" {
		k, err := scheme.ParseKind(kind)
		if err != nil {
			x.fail(field+".kind", CodeUnknownValue, kind)
		} else {
			body.Kind = k
		}
	}
	if trim(in.Population) != "" {
		n, code := ParsePopulation(in.Population)
		if code != "" {
			x.fail(field+".population", code, in.Population)
		} else {
			body.Population = n
		}
	}
	if code := trim(in.Code); code != "" {
		if !b.codes() {
			x.fail(field+".code", CodeLookupUnavailable, code)
			return body
		}
		if x.typed == nil {
			x.typed = map[int]scheme.Body{}
		}
		x.typed[row] = body
		body.ID = code
	}
	return body
}

// rowField returns the form's field of the body of row: "lead" for -1,
// "members.2" for 2.
func rowField(row int) string {
	if row < 0 {
		return "lead"
	}
	return "members." + strconv.Itoa(row)
}

func (x *reading) answer(field, text string) scheme.Answer {
	a, err := scheme.ParseAnswer(trim(text))
	if err != nil {
		x.fail(field, CodeUnknownValue, text)
	}
	return a
}

// readList reads a list of slugs, leaving out, with a problem, those that
// name nothing.
func readList[T any](x *reading, field string, items []string, parse func(string) (T, error)) []T {
	var out []T
	for _, item := range items {
		v, err := parse(trim(item))
		if err != nil {
			x.fail(field, CodeUnknownValue, item)
			continue
		}
		out = append(out, v)
	}
	return out
}

// line reads the budget line of row i; a line without an amount is not yet
// filled in. A line at which the total of the lines before it would leave
// the range of cost.Amount is left out, with its problem, and the lines
// after it count: what cost.Budget.Validate would report line after line.
func (x *reading) line(i int, in LineInput) {
	if trim(in.Amount) == "" {
		return
	}
	field := fmt.Sprintf("budget.%d", i)
	amount, code := ParseAmount(in.Amount)
	if code != "" {
		x.fail(field+".amount", code, in.Amount)
	}
	c, err := cost.ParseCategory(trim(in.Category))
	if err != nil {
		x.fail(field+".category", CodeUnknownValue, in.Category)
	}
	if code != "" || err != nil {
		return
	}
	if amount.Cents() > math.MaxInt64-x.total { // amounts read are never negative
		x.fail(field+".amount", CodeBudgetRange, "")
		return
	}
	x.total += amount.Cents()
	label := trim(in.Label)
	if label == "" {
		label = c.Label()
	}
	x.project.Budget = append(x.project.Budget, cost.Line{Category: c, Label: label, Amount: amount})
}

// settle asks the project itself what it still refuses — results due before
// the start, a body that counts twice — and leaves each such fact out, with
// its problem, in one pass: leaving out the day of the results or a body
// that repeats an earlier one makes nothing else wrong, so what is left
// holds. (The total of the budget is counted as its lines are read.)
func (x *reading) settle() {
	err := x.project.Validate()
	if err == nil {
		return
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	var twins []int // members that repeat an earlier body
	for _, e := range errs {
		var fe *scheme.FieldError
		if !errors.As(e, &fe) {
			continue
		}
		if fe.Field == "Results" {
			x.fail("results", CodeResultsBeforeStart, x.project.Start.French())
			x.project.Results = calendar.Date{}
		} else if i, byID := x.twin(fe.Field); i >= 0 {
			x.reportTwin(i, byID)
			twins = append(twins, i)
		}
	}
	x.leaveOut(twins)
}
