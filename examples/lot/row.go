package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// The input columns, in the order of the package doc; the cost categories
// follow, from firstCategory on, in the order of cost.Categories.
const (
	colID = iota
	colTitle
	colDate
	colKind
	colPopulation
	colMembers
	colDepartement
	colSharedNeed
	colThemes
	colPractices
	colStart
	colResults
	firstCategory
)

// inColumns names the input columns, indexed by the constants above.
var inColumns = [...]string{
	"id", "title", "date", "kind", "population", "members", "departement", "shared-need",
	"themes", "practices", "start", "results",
	"personnel", "materiel", "prestations", "conseil", "logiciels", "hebergement", "formation", "autre",
}

// categories are the cost categories of the budget columns, in the order of
// inColumns.
var categories = cost.Categories()

// header says where each input column is in a row: pos[c] is the index of
// column c in the row, or -1 when the file has no such column; fields is
// the number of fields of every row.
type header struct {
	pos    [len(inColumns)]int
	fields int
}

// readHeader reads the first row of the input. It refuses, all at once, a
// name that is no column and a column named twice; a byte order mark before
// the first name and spaces around names are ignored.
func readHeader(names []string) (header, error) {
	h := header{fields: len(names)}
	for c := range h.pos {
		h.pos[c] = -1
	}
	var errs []error
	for i, name := range names {
		if i == 0 {
			name = strings.TrimPrefix(name, "\ufeff")
		}
		name = strings.TrimSpace(name)
		c := column(name)
		switch {
		case c < 0:
			errs = append(errs, fmt.Errorf("header: column %d %s: unknown column: want %s", i+1, quote.Input(name), strings.Join(inColumns[:], ", ")))
		case h.pos[c] >= 0:
			errs = append(errs, fmt.Errorf("header: column %d %s: already column %d", i+1, quote.Input(name), h.pos[c]+1))
		default:
			h.pos[c] = i
		}
	}
	return h, errors.Join(errs...)
}

// column returns the index of the column named name, or -1.
func column(name string) int {
	for c, n := range inColumns {
		if n == name {
			return c
		}
	}
	return -1
}

// field returns the text of column c in rec, spaces trimmed; "" when the
// file has no such column.
func (h header) field(rec []string, c int) string {
	if h.pos[c] < 0 {
		return ""
	}
	return strings.TrimSpace(rec[h.pos[c]])
}

// project reads the project of a row: its id, the day of its orientation
// (def when its date is empty) and the project, or every problem of the row
// at once, each naming its column.
func (h header) project(rec []string, def calendar.Date) (id string, on calendar.Date, p scheme.Project, err error) {
	var errs []error
	check := func(c int, err error) {
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", inColumns[c], err))
		}
	}
	date := func(c int) calendar.Date {
		s := h.field(rec, c)
		if s == "" {
			return calendar.Date{}
		}
		d, err := calendar.ParseDate(s)
		check(c, err)
		return d
	}
	answer := func(c int) scheme.Answer {
		a, err := scheme.ParseAnswer(h.field(rec, c))
		check(c, err)
		return a
	}

	id = h.field(rec, colID)
	if on = date(colDate); on.IsZero() {
		on = def
	}
	p = scheme.Project{Title: h.field(rec, colTitle), Lead: scheme.Body{Name: "Porteur du projet"}}
	if s := h.field(rec, colKind); s != "" {
		p.Lead.Kind, err = scheme.ParseKind(s)
		check(colKind, err)
	}
	if s := h.field(rec, colPopulation); s != "" {
		p.Lead.Population, err = cli.Population(s)
		check(colPopulation, err)
	}
	p.Members, err = cli.Members(h.field(rec, colMembers))
	check(colMembers, err)
	p.Departement = answer(colDepartement)
	p.SharedNeed = answer(colSharedNeed)
	p.Themes, err = cli.Parse(h.field(rec, colThemes), scheme.ParseTheme)
	check(colThemes, err)
	p.Practices, err = cli.Parse(h.field(rec, colPractices), scheme.ParsePractice)
	check(colPractices, err)
	p.Start = date(colStart)
	p.Results = date(colResults)
	for i, c := range categories {
		s := h.field(rec, firstCategory+i)
		if s == "" {
			continue
		}
		a, err := cli.Amount(s)
		check(firstCategory+i, err)
		p.Budget = append(p.Budget, cost.Line{Category: c, Label: c.Label(), Amount: a})
	}
	if len(errs) > 0 {
		return "", calendar.Date{}, scheme.Project{}, errors.Join(errs...)
	}
	return id, on, p, nil
}
