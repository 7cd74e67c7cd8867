package cli

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

// ItemError is a problem of a value that a program reads from a flag or a
// column, worded for the person who typed it: the item of a list, counted
// from 1 as people count, the value at fault, and what is wrong, without
// the Go field paths of the library. The program names the flag or the
// column before it:
//
//	-membres: item 2 "epci": want an official code (243800984) or [name=]kind:population (epci:350000)
//	membres: item 2 "243800984": code given twice, as item 1
//	results: "2021-01-01": before start "2022-01-01"
//
// An ItemError wraps the error found, so that errors.Is and errors.As see
// the sentinels and the types of the library.
type ItemError struct {
	Item    int    // the item of a list, counted from 1; 0 for the whole value
	Value   string // the value at fault as the message shows it, quoted: `"epci"`; "" for none
	Problem string // what is wrong
	Err     error  // the error found
}

// Error returns the problem in the form "item N VALUE: PROBLEM", without
// the item or the value when there is none.
func (e *ItemError) Error() string {
	var b strings.Builder
	if e.Item > 0 {
		b.WriteString("item " + strconv.Itoa(e.Item))
	}
	if e.Value != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(e.Value)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Problem)
	return b.String()
}

// Unwrap returns the error found.
func (e *ItemError) Unwrap() error { return e.Err }

// Item returns the problem err of item, the rank-th of its list counted
// from 1 (0 for a value alone): item quoted, and what err says after its
// own quotation of item, without the head that names a package and an
// operation — err's whole message when it does not quote item:
//
//	Item(2, "sport", err) // item 2 "sport": unknown value: want services, …
func Item(rank int, item string, err error) *ItemError {
	q := quote.Input(item)
	return &ItemError{Item: rank, Value: q, Problem: after(err.Error(), q), Err: err}
}

// ItemPart returns the problem err of a part of item, the rank-th of its
// list: item quoted, then the part, named what, quoted, and what err says
// after its own quotation of the part:
//
//	ItemPart(1, "conseil=-5", "amount", "-5", err) // item 1 "conseil=-5": amount "-5": a sign: …
func ItemPart(rank int, item, what, text string, err error) *ItemError {
	q := quote.Input(text)
	return &ItemError{Item: rank, Value: quote.Input(item), Problem: what + " " + q + ": " + after(err.Error(), q), Err: err}
}

// after returns what msg, the message of an error about the text that q
// quotes, says after the quotation: the problem, without the head that
// names the package and the operation ("scheme: parse theme "sport":
// unknown value" gives "unknown value"); msg whole when it does not quote
// that text.
func after(msg, q string) string {
	if _, rest, ok := strings.Cut(msg, q+": "); ok {
		return rest
	}
	return msg
}

// Answer returns the answer that s gives, as [scheme.ParseAnswer] reads it:
// yes, no, or the empty text for no answer, which its error says in words
// rather than as "":
//
//	"oui": unknown value: want yes, no, or nothing for no answer
func Answer(s string) (scheme.Answer, error) {
	a, err := scheme.ParseAnswer(s)
	if err != nil {
		return a, &ItemError{Value: quote.Input(s), Problem: scheme.ErrUnknownValue.Error() + answerWant, Err: err}
	}
	return a, nil
}

// answerWant is what an answer may be, as the messages of [Answer] and
// [Names.Problems] say it; the library writes the empty text as "".
const answerWant = ": want yes, no, or nothing for no answer"

// Names names the facts of a project as a program's flags or columns name
// them, "-porteur" or "porteur", for [Names.Problems]. A fact that the
// program does not name is left empty.
type Names struct {
	Lead        string // the lead's official code (Lead.ID)
	Kind        string // the lead's kind
	Population  string // the lead's population
	Members     string // the members, a list whose items are the bodies of Members, in order
	Departement string
	SharedNeed  string
	Themes      string // a list
	Practices   string // a list
	Start       string
	Results     string
	Requested   string
	// Budget is the budget, a list whose items are the lines of Budget, in
	// order; empty when each line is named after its category's slug, as
	// the budget columns of examples/lot are.
	Budget string
}

// Problem is a problem of a project, named as a program names its facts.
// It is an error that says the name, then the problem:
//
//	-membres: item 2 "243800984": code given twice, as item 1
type Problem struct {
	Name string // the flag or the column at fault; "" when no name fits
	Err  error  // the problem: an *ItemError when named, else the error found
}

// Error returns the name, a colon and the problem; the problem alone when
// no name fits.
func (p Problem) Error() string {
	if p.Name == "" {
		return p.Err.Error()
	}
	return p.Name + ": " + p.Err.Error()
}

// Unwrap returns the problem.
func (p Problem) Unwrap() error { return p.Err }

// Problems returns the problems of err, which [scheme.Project.Validate] or
// [Complete] (territoire.Complete and territoire.Lookup) returned for p,
// one for each problem that they join, in order, each named as n names the
// fact at fault, its item counted from 1, its Go field paths said as n
// says them, and the empty answer said in words:
//
//	scheme: validate project: Members[1]: same body as Members[0], which counts once
//	territoire: complete Members[1].ID "243800984": code given twice, as Members[0].ID
//	scheme: validate project: Results "2021-01-01": before Start "2022-01-01"
//
// become, with the names of examples/orientation's flags,
//
//	-membres: item 2: same body as item 1, which counts once
//	-membres: item 2 "243800984": code given twice, as item 1
//	-results: "2021-01-01": before -start "2022-01-01"
//
// A problem of a fact that n does not name, or of another kind, is returned
// as found, with no name. The texts of the library are kept but for their
// heads and their paths; each problem wraps the error found.
func (n Names) Problems(err error, p scheme.Project) []Problem {
	var out []Problem
	for _, e := range Unjoin(err) {
		out = append(out, n.problem(e, p))
	}
	return out
}

// problem returns the problem e of p, named.
func (n Names) problem(e error, p scheme.Project) Problem {
	var (
		fe *scheme.FieldError
		ce *territoire.CodeError
	)
	switch {
	case errors.As(e, &fe):
		name, item := n.name(fe.Field, p)
		if name == "" {
			break
		}
		head := "scheme: validate project: " + fe.Field
		if fe.Field != "" && fe.Value != "" {
			head += " "
		}
		msg, _ := strings.CutPrefix(fe.Error(), head+fe.Value+": ")
		value := fe.Value
		if strings.HasPrefix(fe.Field, "Budget") {
			value = "" // the label, which the name or the item says
		}
		msg = pathRef.ReplaceAllStringFunc(msg, func(path string) string { return n.ref(path, name, p) })
		msg = strings.Replace(msg, `: want yes, no or ""`, answerWant, 1)
		return Problem{name, &ItemError{Item: item, Value: value, Problem: msg, Err: e}}
	case errors.As(e, &ce):
		name, item := n.name(ce.Field, p)
		if name == "" {
			break
		}
		q := quote.Input(ce.Code)
		msg, _ := strings.CutPrefix(e.Error(), "territoire: "+ce.Op+" "+ce.Field+" "+q+": ")
		if ce.First != "" {
			msg = strings.Replace(msg, ", as "+ce.First, ", as "+n.ref(ce.First, name, p), 1)
		}
		return Problem{name, &ItemError{Item: item, Value: q, Problem: msg, Err: e}}
	}
	return Problem{Err: e}
}

// pathRef matches the Go field paths of a project that the problems of
// scheme.Project.Validate quote: "Lead.ID", "Members[0]", "Start".
var pathRef = regexp.MustCompile(`\b(?:Lead|Members\[\d+\])(?:\.[A-Z][A-Za-z]*)?|\bStart\b`)

// ref returns the Go field path of a fact of p that a problem of the fact
// named name refers to, as n names it: an item of the same list is "item N",
// of another list "NAME item N". A fact that n does not name keeps its path.
func (n Names) ref(path, name string, p scheme.Project) string {
	other, item := n.name(path, p)
	switch {
	case other == "":
		return path
	case item == 0:
		return other
	case other == name:
		return "item " + strconv.Itoa(item)
	}
	return other + " item " + strconv.Itoa(item)
}

// name returns the name of the fact at the Go field path of p, and its item
// counted from 1 when it is one of a list: "Members[1].ID" is item 2 of
// n.Members. It returns "" for a fact that n does not name.
func (n Names) name(path string, p scheme.Project) (string, int) {
	field, rest, _ := strings.Cut(path, ".")
	index := -1
	if i := strings.IndexByte(field, '['); i > 0 && strings.HasSuffix(field, "]") {
		j, err := strconv.Atoi(field[i+1 : len(field)-1])
		if err != nil || j < 0 {
			return "", 0
		}
		field, index = field[:i], j
	}
	list := func(name string) (string, int) {
		if index < 0 {
			return name, 0
		}
		return name, index + 1
	}
	switch field {
	case "Lead":
		switch rest {
		case "Kind":
			return n.Kind, 0
		case "Population":
			return n.Population, 0
		}
		return n.Lead, 0
	case "Members":
		return list(n.Members)
	case "Themes":
		return list(n.Themes)
	case "Practices":
		return list(n.Practices)
	case "Budget":
		if n.Budget == "" && 0 <= index && index < len(p.Budget) {
			return p.Budget[index].Category.String(), 0
		}
		return list(n.Budget)
	case "Departement":
		return n.Departement, 0
	case "SharedNeed":
		return n.SharedNeed, 0
	case "Start":
		return n.Start, 0
	case "Results":
		return n.Results, 0
	case "Requested":
		return n.Requested, 0
	}
	return "", 0
}
