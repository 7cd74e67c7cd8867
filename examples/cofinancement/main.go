// Cofinancement computes what the State pays for a collectivité's budget
// under the policy of the first session of each national call of axis 2
// (DINUM, 25 January – 28 May 2021), as the scheme catalogue holds them, and
// explains each computation in French:
//
//   - services-usagers, dematerialised services to users: 50 % hors
//     personnel;
//   - donnees, a better use of data: 50 % hors personnel et matériel;
//   - cooperation with partners and users: 50 % hors personnel et matériel.
//
// With no flags it uses a default budget; -budget gives another, in euros
// per cost category, with a dot for the cents:
//
//	go run ./examples/cofinancement
//	go run ./examples/cofinancement -budget "prestations=180000,personnel=60000,materiel=20000.50"
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// defaultBudget is a budget such as a collectivité files with an axis-2
// application.
const defaultBudget = "prestations=180000,conseil=30000,logiciels=11999.99,personnel=60000,materiel=20000"

// firstSession is the ID of the session whose policies the program
// applies.
const firstSession = "session-1"

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
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}
	budget, err := cli.Budget(*budgetFlag)
	if err == nil {
		err = budget.Validate()
	}
	if err != nil {
		fmt.Fprintf(stderr, "cofinancement: -budget: %v\n", err)
		return 2
	}

	fmt.Fprintf(stdout, "Budget du projet%s%s\n", french.Colon, budget.Total().French())
	for _, l := range budget {
		fmt.Fprintf(stdout, "  - %s%s%s\n", l.Label, french.Colon, l.Amount.French())
	}
	// The national calls of axis 2, in the order of the seed.
	for _, id := range []scheme.ID{scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation} {
		s, err := scheme.Get(id)
		if err != nil {
			fmt.Fprintf(stderr, "cofinancement: %v\n", err)
			return 1
		}
		session, ok := s.Session(firstSession)
		if !ok {
			fmt.Fprintf(stderr, "cofinancement: %s: no session %q in the catalogue\n", id, firstSession)
			return 1
		}
		res, err := session.Cofinance(budget)
		if err != nil {
			fmt.Fprintf(stderr, "cofinancement: %s: %v\n", id, err)
			return 1
		}
		fmt.Fprintf(stdout, "\n== %s (%s), %s%s%s\n", s.Name(), id, session.Name(), french.Colon, describe(session.Funding()))
		fmt.Fprintln(stdout, res.Explain())
	}
	return 0
}

// describe says in French what a policy pays: "cofinancement de 50 % hors
// dépenses de personnel et matériel".
func describe(p cost.Policy) string {
	d := "cofinancement de " + p.Rate.French()
	for i, c := range p.Excluded {
		switch {
		case i == 0:
			d += " hors "
		case i == len(p.Excluded)-1:
			d += " et "
		default:
			d += ", "
		}
		d += strings.ToLower(c.Label())
	}
	return d
}
