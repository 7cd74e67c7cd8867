// Package cli parses what the example programs share on their command
// lines: flags, and the compact notations of budgets, member lists,
// populations and separated lists.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
)

// Budget parses "prestations=180000,personnel=60000.50": one line per
// category slug, amounts in euros with a dot for cents. Each line is labelled
// with its category's French label. The empty text is the empty budget.
func Budget(s string) (cost.Budget, error) {
	var b cost.Budget
	for _, item := range List(s) {
		slug, amount, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("budget line %q: want category=amount", item)
		}
		c, err := cost.ParseCategory(strings.TrimSpace(slug))
		if err != nil {
			return nil, err
		}
		a, err := cost.ParseAmount(strings.TrimSpace(amount))
		if err != nil {
			return nil, err
		}
		b = append(b, cost.Line{Category: c, Label: c.Label(), Amount: a})
	}
	return b, nil
}

// Members parses "epci:350000,commune:70000": one body per item, a kind slug
// and a population. The bodies are named after their kind and rank.
func Members(s string) ([]scheme.Body, error) {
	var members []scheme.Body
	for i, item := range List(s) {
		slug, pop, ok := strings.Cut(item, ":")
		if !ok {
			return nil, fmt.Errorf("member %q: want kind:population", item)
		}
		k, err := scheme.ParseKind(strings.TrimSpace(slug))
		if err != nil {
			return nil, err
		}
		n, err := strconv.Atoi(strings.TrimSpace(pop))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("member %q: population must be a whole number of inhabitants", item)
		}
		members = append(members, scheme.Body{
			Name:       fmt.Sprintf("Membre %d (%s)", i+1, k.Label()),
			Kind:       k,
			Population: n,
		})
	}
	return members, nil
}

// Populations parses "Syndicat mixte=48250;CA du Val=287430": names and
// their populations, in order, separated by semicolons so that a name may
// hold a comma. Spaces around names and numbers are trimmed and empty items
// dropped. A name may not be empty, and a population is a whole number of
// inhabitants below a thousand billion, so that the populations of a list
// add up without overflow. The list must name at least one member.
func Populations(s string) (names []string, populations []int64, err error) {
	for _, item := range Items(s, ";") {
		name, pop, ok := strings.Cut(item, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, nil, fmt.Errorf("%q: want name=population", item)
		}
		n, err := strconv.ParseInt(strings.TrimSpace(pop), 10, 64)
		if err != nil || n < 0 || n >= 1e12 {
			return nil, nil, fmt.Errorf("%q: the population must be a whole number of inhabitants", item)
		}
		names = append(names, name)
		populations = append(populations, n)
	}
	if len(names) == 0 {
		return nil, nil, errors.New("no members")
	}
	return names, populations, nil
}

// List splits a comma-separated list, trimming spaces and dropping empty
// items: List(" a, b,,") is ["a" "b"]. It is Items(s, ",").
func List(s string) []string { return Items(s, ",") }

// Items splits s at every sep, trimming spaces and dropping empty items:
// Items(" a; b;;", ";") is ["a" "b"].
func Items(s, sep string) []string {
	var out []string
	for item := range strings.SplitSeq(s, sep) {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// Parse applies parse to every item of a comma-separated list.
func Parse[T any](s string, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, item := range List(s) {
		v, err := parse(item)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// ParseFlags parses args with fs and refuses extra arguments, reporting on
// fs.Output() what the flag package does not. When ok is false the program
// should stop with the returned exit status: 0 when help was asked for, 2
// for a bad flag or an extra argument.
func ParseFlags(fs *flag.FlagSet, args []string) (status int, ok bool) {
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return 0, false
	case err != nil:
		return 2, false // the flag package has reported it, with the usage
	case fs.NArg() > 0:
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return 2, false
	}
	return 0, true
}
