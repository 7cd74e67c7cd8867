// Mutualisation shows how the members of a pooled project share what the
// State does not pay: the project's budget goes through the co-financing
// policy of its call, in the session in force on a date, then the remainder
// is divided among the members in proportion to their populations, to the
// cent, the shares adding up exactly to the remainder.
//
// With no flags it takes a data project pooled by a syndicat mixte and three
// EPCI (fictional names and populations) on 1 March 2021, under the first
// session of the « données » call, 50 % hors personnel et matériel, as the
// scheme catalogue holds it:
//
//	go run ./examples/mutualisation
//
// Flags give another call, date, budget or membership. Members are written
// [name=]kind:population and budget lines category=amount, as every example
// program reads them (package examples/internal/cli), amounts plain or
// French:
//
//	go run ./examples/mutualisation -scheme services-usagers -date 2021-10-15 \
//		-budget "prestations=240 000,00 €; personnel=50 000 €" \
//		-members "Département=departement:380000; Métropole=epci:520000"
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
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

const (
	defaultBudget  = "prestations=150000; conseil=30000; hebergement=8000.50; personnel=45000; materiel=15000"
	defaultMembers = "Syndicat mixte Territoires numériques=syndicat:48250; Communauté d’agglomération du Val=epci:287430; " +
		"Communauté de communes des Rives=epci:126875; Communauté de communes du Plateau=epci:57640"
)

// run computes the project that args describe and writes, in French, the
// session that applies, the grant and each member's share of the remainder
// to stdout; it returns the exit status: 0, 1 when a computation fails, 2
// for a bad flag or a bad value, with the reason on stderr.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mutualisation", flag.ContinueOnError)
	fs.SetOutput(stderr)
	on := calendar.MustDate(2021, time.March, 1)
	var (
		callID  = fs.String("scheme", "donnees", "the scheme whose policy applies: incubateur-territoires, services-usagers, donnees, cooperation")
		budget  = fs.String("budget", defaultBudget, cli.BudgetUsage)
		members = fs.String("members", defaultMembers, cli.MembersUsage+";\nthe remainder is split among them by population")
	)
	fs.TextVar(&on, "date", on, "the day, `YYYY-MM-DD`, whose session applies:\nthe one whose intake is open that day, else the latest opened before it")
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}
	if on.IsZero() {
		fmt.Fprintln(stderr, "mutualisation: -date: no date")
		return 2
	}
	id, err := scheme.ParseID(*callID)
	if err != nil {
		fmt.Fprintf(stderr, "mutualisation: -scheme: %v\n", err)
		return 2
	}
	s, err := scheme.Get(id)
	if err != nil {
		fmt.Fprintf(stderr, "mutualisation: -scheme: %v\n", err)
		return 1
	}
	session := s.SessionOn(on)
	b, err := cli.Budget(*budget)
	if err == nil {
		err = b.Validate()
	}
	if err != nil {
		for _, e := range cli.Unjoin(err) {
			fmt.Fprintf(stderr, "mutualisation: -budget: %v\n", e)
		}
		return 2
	}
	bodies, err := cli.Members(*members)
	if err == nil && len(bodies) == 0 {
		err = errors.New("no members")
	}
	if err != nil {
		for _, e := range cli.Unjoin(err) {
			fmt.Fprintf(stderr, "mutualisation: -members: %v\n", e)
		}
		return 2
	}
	names := make([]string, len(bodies))
	populations := make([]int64, len(bodies))
	var total int64
	for i, m := range bodies {
		names[i], populations[i] = m.Name, int64(m.Population)
		total += populations[i] // each below cli.MaxPopulation
	}

	res, err := session.Cofinance(b)
	if err != nil {
		fmt.Fprintf(stderr, "mutualisation: %v\n", err)
		return 1
	}
	shares, err := cost.Split(res.Remainder, names, populations)
	if err != nil { // the remainder is never negative: the members are at fault
		fmt.Fprintf(stderr, "mutualisation: -members: %v\n", err)
		return 2
	}

	fmt.Fprintf(stdout, "Appel%s%s (%s)\n", french.Colon, s.Name(), id)
	fmt.Fprintf(stdout, "Session en vigueur au %s%s%s, taux de %s\n", on.French(), french.Colon, cli.InForce(session, on), res.Rate.French())
	fmt.Fprintf(stdout, "Coût total du projet%s%s\n", french.Colon, res.Total.French())
	fmt.Fprintf(stdout, "Dépenses exclues%s%s\n", french.Colon, res.Excluded.French())
	fmt.Fprintf(stdout, "Assiette éligible%s%s\n", french.Colon, res.Eligible.French())
	fmt.Fprintf(stdout, "Subvention de l’État%s%s\n", french.Colon, res.Grant.French())
	inhabitants := cli.Count(total, "habitant", "habitants")
	if len(shares) == 1 {
		fmt.Fprintf(stdout, "Reste à charge%s%s, à la charge de l’unique membre (%s)%s:\n",
			french.Colon, res.Remainder.French(), inhabitants, french.NoBreak)
	} else {
		fmt.Fprintf(stdout, "Reste à charge%s%s, réparti entre %s au prorata de leur population (%s)%s:\n",
			french.Colon, res.Remainder.French(), cli.Count(int64(len(shares)), "membre", "membres"), inhabitants, french.NoBreak)
	}
	width := 0
	for _, s := range shares {
		width = max(width, len([]rune(s.Party)))
	}
	var sum cost.Amount
	for i, s := range shares {
		fmt.Fprintf(stdout, "  %-*s %13s hab. %16s\n", width, s.Party, french.Int(populations[i]), s.Amount.French())
		sum = sum.Add(s.Amount)
	}
	fmt.Fprintf(stdout, "  %-*s %13s      %16s\n", width, "Total", "", sum.French())
	return 0
}
