// Cofinancement computes what the State pays for a collectivité's budget
// under the policy of each national call of axis 2 (DINUM), in the session
// in force on a date, as the scheme catalogue holds them, and explains each
// computation in French. The first session (25 January – 28 May 2021) paid
// 50 %, the second (8 October – 22 November 2021) 75 %:
//
//   - services-usagers, dematerialised services to users: hors personnel;
//   - donnees, a better use of data: hors personnel et matériel;
//   - cooperation with partners and users: hors personnel et matériel.
//
// With no flags it uses a default budget on 1 March 2021, in the first
// session; -date picks the session, -budget gives another budget, in euros
// per cost category, amounts plain or French, as every example program reads
// them (package examples/internal/cli):
//
//	go run ./examples/cofinancement
//	go run ./examples/cofinancement -date 2021-10-15 \
//		-budget "prestations=180 000 €; personnel=60 000 €; materiel=20 000,50 €"
//
// A bad budget is refused with every problem at once, one a line, each
// line of the budget counted from 1; an amount is never negative, and a
// sign before it is refused, "-0" as "-12":
//
//	cofinancement: -budget: item 2 "conseil=-0": amount "-0": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/planrelance/numerique/calendar"
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
const defaultBudget = "prestations=180000; conseil=30000; logiciels=11999.99; personnel=60000; materiel=20000"

// run computes the budget that args describe under each call and writes the
// explanations to stdout; it returns the exit status: 0, 1 when a
// computation fails, 2 for a bad flag or a bad budget, with the reason on
// stderr.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cofinancement", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := calendar.MustDate(2021, time.March, 1)
	budgetFlag := fs.String("budget", defaultBudget, cli.BudgetUsage)
	fs.TextVar(&on, "date", on, "the day, `YYYY-MM-DD`, whose session applies:\nthe one whose intake is open that day, else the latest opened before it")
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}
	if on.IsZero() {
		fmt.Fprintln(stderr, "cofinancement: -date: no date")
		return 2
	}
	budget, err := cli.Budget(*budgetFlag)
	if err == nil {
		err = budget.Validate()
	}
	if err != nil {
		for _, e := range cli.Unjoin(err) {
			fmt.Fprintf(stderr, "cofinancement: -budget: %v\n", e)
		}
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
		session := s.SessionOn(on)
		res, err := session.Cofinance(budget)
		if err != nil {
			fmt.Fprintf(stderr, "cofinancement: %s: %v\n", id, err)
			return 1
		}
		fmt.Fprintf(stdout, "\n== %s (%s)\n", s.Name(), id)
		fmt.Fprintf(stdout, "Session en vigueur au %s%s%s\n", on.French(), french.Colon, cli.InForce(session, on))
		fmt.Fprintf(stdout, "Politique%s%s\n", french.Colon, describe(session.Funding()))
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
