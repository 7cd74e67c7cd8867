package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
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

// header says where each input column is in a row: pos[c] is the index of
// column c in the row, or -1 when the file has no such column; fields is
// the number of fields of every row.
type header struct {
	pos    [len(inColumns)]int
	fields int
	names  cli.Names // the names of the facts, for the problems of a project
}

// readHeader reads the first row of the input, whose fields are separated
// by comma. It refuses, all at once, a name that is no column, a column
// named twice, and the members named by both their names; a header of one
// field that holds another separator is refused with a hint. A byte order
// mark before the first name and spaces around names are ignored.
func readHeader(names []string, comma rune) (header, error) {
	h := header{fields: len(names)}
	for c := range h.pos {
		h.pos[c] = -1
	}
	if len(names) > 0 {
		names[0] = strings.TrimPrefix(names[0], "\ufeff")
	}
	if r, ok := otherSeparator(names, comma); ok {
		return h, fmt.Errorf("header: one column %s: the file looks separated by %s: try -sep %s", quote.Input(names[0]), strconv.QuoteRune(r), shellQuote(r))
	}
	var errs []error
	for i, name := range names {
		name = strings.TrimSpace(name)
		c := columnNamed(name)
		switch {
		case c < 0:
			errs = append(errs, fmt.Errorf("header: column %d %s: unknown column: want %s", i+1, quote.Input(name), columnNames()))
		case h.pos[c] >= 0:
			errs = append(errs, fmt.Errorf("header: column %d %s: already column %d", i+1, quote.Input(name), h.pos[c]+1))
		default:
			h.pos[c] = i
		}
	}
	if m, a := h.pos[colMembres], h.pos[colMembers]; m >= 0 && a >= 0 {
		errs = append(errs, fmt.Errorf("header: column %d %q is an alias of column %d %q: give the members once",
			max(m, a)+1, inColumns[colMembers].name, min(m, a)+1, inColumns[colMembres].name))
	}
	h.names = cli.Names{
		Lead: inColumns[colPorteur].name, Kind: inColumns[colKind].name, Population: inColumns[colPopulation].name,
		Members:     inColumns[h.members()].name,
		Departement: inColumns[colDepartement].name, SharedNeed: inColumns[colSharedNeed].name,
		Themes: inColumns[colThemes].name, Practices: inColumns[colPractices].name,
		Start: inColumns[colStart].name, Results: inColumns[colResults].name, Requested: inColumns[colRequested].name,
		// Budget: each line is named after its category, its column's name
	}
	return h, errors.Join(errs...)
}

// otherSeparator returns the separator, other than comma, that the one name
// of a header holds most often: a semicolon, a comma or a tab, the
// separators of spreadsheets' exports; false when names are more than one
// or none is found.
func otherSeparator(names []string, comma rune) (rune, bool) {
	if len(names) != 1 {
		return 0, false
	}
	best, most := rune(0), 0
	for _, r := range []rune{';', ',', '\t'} {
		if n := strings.Count(names[0], string(r)); r != comma && n > most {
			best, most = r, n
		}
	}
	return best, most > 0
}

// shellQuote returns r as a shell argument: ';' for a semicolon, $'\t' for
// a tab.
func shellQuote(r rune) string {
	if r == '\t' {
		return `$'\t'`
	}
	return "'" + string(r) + "'"
}

// columnNamed returns the index of the input column named name, or -1.
func columnNamed(name string) int {
	for c, col := range inColumns {
		if col.name == name {
			return c
		}
	}
	return -1
}

// columnNames returns the names of the input columns, separated by commas.
func columnNames() string {
	names := make([]string, len(inColumns))
	for c, col := range inColumns {
		names[c] = col.name
	}
	return strings.Join(names, ", ")
}

// members returns the column of the members: membres, or its alias
// members when the header names it.
func (h header) members() int {
	if h.pos[colMembers] >= 0 {
		return colMembers
	}
	return colMembres
}

// field returns the text of column c in rec, spaces trimmed; "" when the
// file has no such column.
func (h header) field(rec []string, c int) string {
	if h.pos[c] < 0 {
		return ""
	}
	return strings.TrimSpace(rec[h.pos[c]])
}

// id returns the id of the row rec, spaces trimmed, for the messages about
// it: "" when the file has no id column or rec, a row that cannot be read,
// does not reach it.
func (h header) id(rec []string) string {
	if i := h.pos[colID]; 0 <= i && i < len(rec) {
		return strings.TrimSpace(rec[i])
	}
	return ""
}

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
