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
	"github.com/planrelance/numerique/scheme/territoire"
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

// field returns the text of column c in rec, spaces trimmed; "" when the
// file has no such column.
func (h header) field(rec []string, c int) string {
	if h.pos[c] < 0 {
		return ""
	}
	return strings.TrimSpace(rec[h.pos[c]])
}

// project reads the project of a row: its id, the day of its orientation
// (def when its date is empty) and the project, its bodies given by code
// completed by cli.Complete, or every problem of the row at once, each
// naming its column, in the order of the columns.
func (h header) project(rec []string, def calendar.Date) (id string, on calendar.Date, p scheme.Project, err error) {
	type problem struct {
		c   int // the column
		err error
	}
	var problems []problem
	check := func(c int, err error) {
		if err != nil {
			problems = append(problems, problem{c, fmt.Errorf("%s: %w", inColumns[c].name, err)})
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
	members := colMembres
	if h.pos[colMembers] >= 0 {
		members = colMembers
	}
	p.Members, err = cli.Bodies(h.field(rec, members))
	check(members, err)
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
		lead := false // whether an error of Lookup was the lead's
		for _, e := range unjoin(err) {
			if codeColumn(e, p.Lead.ID, &lead) == colPorteur {
				check(colPorteur, e)
			} else {
				check(members, e)
			}
		}
	}
	if len(problems) > 0 {
		slices.SortStableFunc(problems, func(a, b problem) int { return cmp.Compare(a.c, b.c) })
		errs := make([]error, len(problems))
		for i, pb := range problems {
			errs[i] = pb.err
		}
		return "", calendar.Date{}, scheme.Project{}, errors.Join(errs...)
	}
	return id, on, p, nil
}

// codeColumn returns the column of the code that err, an error of
// cli.Complete, is about: colPorteur for the lead's code, lead, and
// colMembres for a member's. Complete names the field of the code it reads;
// Lookup, which cli.Complete asks about a code without a code's form, the
// lead's first, then the members', names only the code: leadSeen records
// that the lead's was met.
func codeColumn(err error, lead string, leadSeen *bool) int {
	var ce *territoire.CodeError
	if !errors.As(err, &ce) {
		return colMembres
	}
	switch {
	case ce.Field == "Lead.ID":
		return colPorteur
	case ce.Field == "" && ce.Code == lead && !*leadSeen:
		*leadSeen = true
		return colPorteur
	}
	return colMembres
}

// unjoin returns the errors that err joins, err alone, or none for nil.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}
