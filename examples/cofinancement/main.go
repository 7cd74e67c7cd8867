// Cofinancement computes what the State pays for a collectivité's budget
// under each policy of the first session of the national calls of axis 2
// (DINUM, 25 January – 28 May 2021), and explains each computation in
// French:
//
//   - services-usagers, dematerialisation of services to users: 50 % hors
//     personnel;
//   - donnees, a better use of data: 50 % hors personnel et matériel;
//   - cooperation with partners and users: 50 % hors personnel et matériel.
//
// With no flags it uses a default budget; -budget gives another, in euros
// per cost category, with a dot for the cents:
//
//	go run ./examples/cofinancement
//	go run ./examples/cofinancement -budget "prestations=180000,personnel=60000,materiel=20000.50"
//
// The policies are written here for now; the scheme catalogue will carry
// them.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// defaultBudget is a budget such as a collectivité files with an axis-2
// application.
const defaultBudget = "prestations=180000,conseil=30000,logiciels=11999.99,personnel=60000,materiel=20000"

// call is one national call of axis 2 and its co-financing policy in the
// first session.
type call struct {
	id, title, rule string
	policy          cost.Policy
}

// calls returns the three calls of axis 2, first session, in the order of
// the seed.
func calls() []call {
	horsPersonnel := []cost.Category{cost.Personnel}
	horsPersonnelEtMateriel := []cost.Category{cost.Personnel, cost.Equipment}
	return []call{
		{"services-usagers", "Services aux usagers", "Cofinancement de 50 % hors personnel",
			cost.Policy{Rate: cost.Percent(50), Excluded: horsPersonnel}},
		{"donnees", "Données", "Cofinancement de 50 % hors personnel et matériel",
			cost.Policy{Rate: cost.Percent(50), Excluded: horsPersonnelEtMateriel}},
		{"cooperation", "Coopération", "Cofinancement de 50 % hors personnel et matériel",
			cost.Policy{Rate: cost.Percent(50), Excluded: horsPersonnelEtMateriel}},
	}
}

// run computes the budget that args describe under each call and writes the
// explanations to stdout; it returns the exit status: 0, 1 when a
// computation fails, 2 for a bad flag or a bad budget, with the reason on
// stderr.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cofinancement", flag.ContinueOnError)
	fs.SetOutput(stderr)
	budgetFlag := fs.String("budget", defaultBudget,
		"the budget in euros per cost category, category=amount, comma-separated;\n"+
			"categories: personnel, materiel, prestations, conseil, logiciels, hebergement, formation, autre")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "cofinancement: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	budget, err := parseBudget(*budgetFlag)
	if err != nil {
		fmt.Fprintf(stderr, "cofinancement: -budget: %v\n", err)
		return 2
	}

	const colon = french.NoBreak + ": "
	fmt.Fprintf(stdout, "Budget du projet%s%s\n", colon, budget.Total().French())
	for _, l := range budget {
		fmt.Fprintf(stdout, "  - %s%s%s\n", l.Label, colon, l.Amount.French())
	}
	for _, c := range calls() {
		res, err := cost.Cofinance(budget, c.policy)
		if err != nil {
			fmt.Fprintf(stderr, "cofinancement: %s: %v\n", c.id, err)
			return 1
		}
		fmt.Fprintf(stdout, "\n== %s (%s), 1re session%s%s\n", c.title, c.id, colon, c.rule)
		fmt.Fprintln(stdout, res.Explain())
	}
	return 0
}

// parseBudget reads "prestations=180000,personnel=60000.50": one line per
// item, a category slug and an amount in euros, each line labelled with its
// category's French label. The budget must be valid.
func parseBudget(s string) (cost.Budget, error) {
	var b cost.Budget
	for item := range strings.SplitSeq(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		slug, amount, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("%q: want category=amount", item)
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
	if err := b.Validate(); err != nil {
		return nil, err
	}
	return b, nil
}
