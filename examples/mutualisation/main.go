// Mutualisation shows how the members of a pooled project share what the
// State does not pay: the project's budget goes through the co-financing
// policy of its call, then the remainder is divided among the members in
// proportion to their populations, to the cent, the shares adding up exactly
// to the remainder.
//
// With no flags it takes a data project pooled by a syndicat mixte and three
// EPCI (fictional names and populations) under the first session of the
// « données » call, 50 % hors personnel et matériel, as the scheme catalogue
// holds it:
//
//	go run ./examples/mutualisation
//
// Flags give another budget, call or membership; members are name=population
// pairs separated by semicolons:
//
//	go run ./examples/mutualisation -scheme services-usagers \
//		-budget "prestations=240000,personnel=50000" \
//		-members "Département=380000;Métropole=520000"
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const (
	defaultBudget  = "prestations=150000,conseil=30000,hebergement=8000.50,personnel=45000,materiel=15000"
	defaultMembers = "Syndicat mixte Territoires numériques=48250;Communauté d’agglomération du Val=287430;" +
		"Communauté de communes des Rives=126875;Communauté de communes du Plateau=57640"
)

// run computes the project that args describe and writes, in French, the
// grant and each member's share of the remainder to stdout; it returns the
// exit status: 0, 1 when a computation fails, 2 for a bad flag or a bad
// value, with the reason on stderr.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mutualisation", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		callID  = fs.String("scheme", "donnees", "the scheme whose first session's policy applies: incubateur-territoires, services-usagers, donnees, cooperation")
		budget  = fs.String("budget", defaultBudget, "the budget in euros per cost category, category=amount, comma-separated")
		members = fs.String("members", defaultMembers, "the members and their populations, name=population, semicolon-separated")
	)
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}
	id, err := scheme.ParseID(*callID)
	if err != nil {
		fmt.Fprintf(stderr, "mutualisation: -scheme: %v\n", err)
		return 2
	}
	s, err := scheme.Get(id)
	if err != nil || len(s.Sessions()) == 0 {
		fmt.Fprintf(stderr, "mutualisation: -scheme: no session in the catalogue for %q\n", id)
		return 1
	}
	session := s.Sessions()[0]
	b, err := cli.Budget(*budget)
	if err == nil {
		err = b.Validate()
	}
	if err != nil {
		fmt.Fprintf(stderr, "mutualisation: -budget: %v\n", err)
		return 2
	}
	names, populations, err := cli.Populations(*members)
	if err != nil {
		fmt.Fprintf(stderr, "mutualisation: -members: %v\n", err)
		return 2
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

	var total int64
	for _, p := range populations {
		total += p // each below 10¹², checked by cli.Populations
	}
	fmt.Fprintf(stdout, "Appel%s%s (%s), %s, taux de %s\n", french.Colon, s.Name(), id, session.Name(), res.Rate.French())
	fmt.Fprintf(stdout, "Coût total du projet%s%s\n", french.Colon, res.Total.French())
	fmt.Fprintf(stdout, "Dépenses exclues%s%s\n", french.Colon, res.Excluded.French())
	fmt.Fprintf(stdout, "Assiette éligible%s%s\n", french.Colon, res.Eligible.French())
	fmt.Fprintf(stdout, "Subvention de l’État%s%s\n", french.Colon, res.Grant.French())
	fmt.Fprintf(stdout, "Reste à charge%s%s, réparti entre %d membres au prorata de leur population (%s habitants)%s:\n",
		french.Colon, res.Remainder.French(), len(shares), french.Int(total), french.NoBreak)
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
