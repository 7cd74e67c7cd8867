package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/quote"
)

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
// named twice, and the members named by both their names; a name that is a
// column's but for case, accents, or spaces and underscores between words
// gets that column as a hint; a header of one field that holds another
// separator is refused with a hint. A byte order mark before the first name
// and spaces around names are ignored.
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
			hint := "want " + columnNames()
			if near := nearColumn(name); near >= 0 {
				hint = "did you mean " + strconv.Quote(inColumns[near].name) + "? (lowercase, no accents, hyphens between words)"
			}
			errs = append(errs, fmt.Errorf("header: column %d %s: unknown column: %s", i+1, quote.Input(name), hint))
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

// separators are the field separators that a header of one column may
// hold, which otherSeparator suggests: those of spreadsheets' exports, a
// semicolon, a comma or a tab, and the vertical bar and the colon of other
// tools.
var separators = []rune{';', ',', '\t', '|', ':'}

// otherSeparator returns the separator, other than comma, that the one name
// of a header holds most often, of separators; false when names are more
// than one or none is found. No column's name holds any of them.
func otherSeparator(names []string, comma rune) (rune, bool) {
	if len(names) != 1 {
		return 0, false
	}
	best, most := rune(0), 0
	for _, r := range separators {
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

// nearColumn returns the index of the input column whose name name is but
// for case, accents and the spaces or underscores between its words
// ("Département", "shared_need"), or -1.
func nearColumn(name string) int {
	return columnNamed(plain.Replace(strings.ToLower(strings.TrimSpace(name))))
}

// plain replaces, in a name in lowercase, the accented letters of French by
// the letters without accents, and the spaces and underscores between words
// by hyphens, as the columns are named.
var plain = strings.NewReplacer(
	"à", "a", "â", "a", "ä", "a", "ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"î", "i", "ï", "i", "ô", "o", "ö", "o", "ù", "u", "û", "u", "ü", "u", "ÿ", "y",
	" ", "-", "_", "-",
)

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
