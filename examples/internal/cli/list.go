package cli

import (
	"errors"
	"strings"

	"github.com/planrelance/numerique/internal/french"
)

// ListUsage says, for a flag's -h, how a list separates its items.
const ListUsage = "separated by semicolons, or by commas when there is no semicolon"

// List splits s into its items by the rule of the package doc: at every
// semicolon when s holds one, else at every comma that does not stand
// between two digits. Spaces around items are trimmed and empty items
// dropped: List(" a, b,,") is ["a" "b"], List("x=1,5,y=2") is ["x=1,5"
// "y=2"], List("a, b; c") is ["a, b" "c"].
func List(s string) []string {
	var out []string
	add := func(item string) {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	if strings.Contains(s, ";") {
		for item := range strings.SplitSeq(s, ";") {
			add(item)
		}
		return out
	}
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ',' && !(i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1])) {
			add(s[start:i])
			start = i + 1
		}
	}
	add(s[start:])
	return out
}

// Parse applies parse to every item of the list s (see [List]) and
// returns the values in order, or every error at once, each an
// [*ItemError] that gives the item's position and quotes it, and says what
// parse's error says after its own quotation of the item:
//
//	item 2 "sport": unknown value: want services, donnees, …
func Parse[T any](s string, parse func(string) (T, error)) ([]T, error) {
	var (
		out  []T
		errs []error
	)
	for i, item := range List(s) {
		v, err := parse(item)
		if err != nil {
			errs = append(errs, Item(i+1, item, err))
			continue
		}
		out = append(out, v)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// Count returns n with its digits grouped by three, French style, a space
// and the noun that n asks for: one, in the singular, from -1 to 1, many
// beyond, as the library writes « habitant(s) »: Count(1, "membre",
// "membres") is "1 membre", Count(0, "habitant", "habitants") is
// "0 habitant", Count(520195, "habitant", "habitants") is "520 195
// habitants" (U+202F between the groups).
func Count(n int64, one, many string) string {
	if -2 < n && n < 2 {
		return french.Int(n) + " " + one
	}
	return french.Int(n) + " " + many
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
