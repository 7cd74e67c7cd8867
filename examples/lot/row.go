package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/scheme"
)

// The input columns, in the order of the package doc; the cost categories
// follow, from firstCategory on, in the order of cost.Categories.
const (
	colID = iota
	colTitle
	colDate
	colRequested
	colPorteur
	colKind
	colPopulation
	colMembres
	colMembers // an alias of colMembres
	colDepartement
	colSharedNeed
	colThemes
	colPractices
	colStart
	colResults
	firstCategory
)

// column is a column of a file: its name, and what it holds in a line, for
// -h; the package doc says it in full.
type column struct{ name, brief string }

// inColumns are the input columns, indexed by the constants above. The
// budget columns are named after their category's slug; their brief is
// the category's label (see usage).
var inColumns = [...]column{
	colID:             {"id", "free text, repeated in the output: a file number, a SIREN"},
	colTitle:          {"title", "the project's title"},
	colDate:           {"date", "the day of the orientation, YYYY-MM-DD; empty: -date"},
	colRequested:      {"requested", "the day the grant request is received, YYYY-MM-DD; empty: the day of the orientation"},
	colPorteur:        {"porteur", "the lead's official code: a commune's INSEE code, an EPCI's SIREN, a département, R and a région"},
	colKind:           {"kind", "the lead's kind: commune, epci, departement, region, statut-particulier, syndicat, partenaire"},
	colPopulation:     {"population", "the lead's own population, 48250 or 48 250; empty or 0: not given"},
	colMembres:        {"membres", "the members, each an official code or [name=]kind:population, separated by semicolons"},
	colMembers:        {"members", "an alias of membres"},
	colDepartement:    {"departement", "the project covers a whole département: yes, no; empty: not answered"},
	colSharedNeed:     {"shared-need", "the need is common to other collectivités: yes, no; empty: not answered"},
	colThemes:         {"themes", "a list of services, donnees, cooperation, outils-agents, formation, infrastructure"},
	colPractices:      {"practices", "a list of accessibilite, langage-simple, mobile, code-ouvert"},
	colStart:          {"start", "the project's start, YYYY-MM-DD"},
	colResults:        {"results", "when concrete results are due, YYYY-MM-DD"},
	firstCategory:     {"personnel", ""},
	firstCategory + 1: {"materiel", ""},
	firstCategory + 2: {"prestations", ""},
	firstCategory + 3: {"conseil", ""},
	firstCategory + 4: {"logiciels", ""},
	firstCategory + 5: {"hebergement", ""},
	firstCategory + 6: {"formation", ""},
	firstCategory + 7: {"autre", ""},
}

// categories are the cost categories of the budget columns, in the order of
// inColumns.
var categories = cost.Categories()

// project reads the project of a row: its id, the day of its orientation
// (def when its date is empty) and the project, its bodies given by code
// completed by cli.Complete and checked by scheme.Project.Validate, or every
// problem of the row at once, each naming its column, an item of a list
// counted from 1, in the order of the columns and of the items.
func (h header) project(rec []string, def calendar.Date) (id string, on calendar.Date, p scheme.Project, err error) {
	type problem struct {
		c, item int // the column, len(inColumns) for none; the item of a list
		err     error
	}
	var problems []problem
	check := func(c int, err error) {
		for _, e := range cli.Unjoin(err) {
			var ie *cli.ItemError
			item := 0
			if errors.As(e, &ie) {
				item = ie.Item
			}
			problems = append(problems, problem{c, item, fmt.Errorf("%s: %w", inColumns[c].name, e)})
		}
	}
	// named checks the problems of the project that cli.Complete and
	// Validate find, each in the column of the fact at fault.
	named := func(err error) {
		for _, pb := range h.names.Problems(err, p) {
			c := columnNamed(pb.Name)
			if c < 0 {
				problems = append(problems, problem{len(inColumns), 0, pb.Err})
				continue
			}
			check(c, pb.Err)
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
		a, err := cli.Answer(h.field(rec, c))
		check(c, err)
		return a
	}

	id = h.id(rec)
	if on = date(colDate); on.IsZero() {
		on = def
	}
	p = scheme.Project{Title: h.field(rec, colTitle), Lead: scheme.Body{Name: "Porteur du projet"}}
	p.Requested = date(colRequested)
	if s := h.field(rec, colPorteur); s != "" {
		p.Lead = scheme.Body{ID: s}
	}
	// The kind and the population given override what the data says of the
	// lead: cli.Complete fills only what is left empty.
	if s := h.field(rec, colKind); s != "" {
		p.Lead.Kind, err = scheme.ParseKind(s)
		check(colKind, err)
	}
	if s := h.field(rec, colPopulation); s != "" {
		p.Lead.Population, err = cli.Population(s)
		check(colPopulation, err)
	}
	p.Members, err = cli.Bodies(h.field(rec, h.members()))
	check(h.members(), err)
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
	if cli.ByCode(p) {
		p, err = cli.Complete(p)
		named(err)
	}
	if len(problems) == 0 {
		// Each column may be well formed and the project still invalid:
		// results due before the start, a member described twice.
		named(p.Validate())
	}
	if len(problems) > 0 {
		slices.SortStableFunc(problems, func(a, b problem) int { return cmp.Or(cmp.Compare(a.c, b.c), cmp.Compare(a.item, b.item)) })
		errs := make([]error, len(problems))
		for i, pb := range problems {
			errs[i] = pb.err
		}
		return id, calendar.Date{}, scheme.Project{}, errors.Join(errs...)
	}
	return id, on, p, nil
}
