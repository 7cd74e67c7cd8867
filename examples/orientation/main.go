// Orientation answers what a collectivité asks: which France Relance digital
// schemes fit my project, are they open on this date, and how much would the
// State pay?
//
// With no flags it orients a default project — a syndicat mixte pooling
// three EPCI for a data project, with its budget — on 1 March 2021, inside
// the first session of the national calls, and prints, scheme by scheme, the
// verdict, its reasons, the calendar and the grant with its computation:
//
//	go run ./examples/orientation
//
// Flags describe any other project; -json prints the options as JSON:
//
//	go run ./examples/orientation -date 2021-10-15 -kind departement -themes services \
//		-practices accessibilite,langage-simple,mobile -budget prestations=120000,personnel=40000
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run orients the project that args describe and writes the result to
// stdout; it returns the exit status: 0, 1 when the orientation fails, 2 for
// a bad flag or a project that the flags describe but that is not valid.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("orientation", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		title       = fs.String("title", "Entrepôt de données territorial mutualisé", "the project's title")
		date        = fs.String("date", "2021-03-01", "the date of the orientation, YYYY-MM-DD")
		kind        = fs.String("kind", "syndicat", "the lead applicant's kind: commune, epci, departement, region, statut-particulier, syndicat, partenaire")
		population  = fs.Int("population", 0, "the lead applicant's own population (0: not given)")
		members     = fs.String("members", "epci:350000,epci:120000,epci:90000", "the pooling members, kind:population, comma-separated")
		departement = fs.String("departement", "no", "the project covers a whole département: yes, no, or empty for no answer")
		sharedNeed  = fs.String("shared-need", "yes", "the need is common to other collectivités: yes, no, or empty")
		themes      = fs.String("themes", "donnees", "themes, comma-separated: services, donnees, cooperation, outils-agents, formation, infrastructure")
		practices   = fs.String("practices", "code-ouvert", "good practices committed to, comma-separated: accessibilite, langage-simple, mobile, code-ouvert")
		start       = fs.String("start", "2021-04-01", "the project's start date, YYYY-MM-DD")
		results     = fs.String("results", "2022-06-30", "when concrete results are due, YYYY-MM-DD")
		budget      = fs.String("budget", "prestations=180000,conseil=30000,personnel=60000,materiel=20000", "the budget in euros per cost category, category=amount, comma-separated")
		asJSON      = fs.Bool("json", false, "print the options as JSON")
	)
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}

	on, p, err := project(*title, *date, *kind, *population, *members, *departement, *sharedNeed, *themes, *practices, *start, *results, *budget)
	if err != nil {
		fmt.Fprintf(stderr, "orientation: %v\n", err)
		return 2
	}
	options, err := relance.Orient(p, on)
	if err != nil {
		fmt.Fprintf(stderr, "orientation: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(options); err != nil {
			fmt.Fprintf(stderr, "orientation: %v\n", err)
			return 1
		}
		return 0
	}
	lead := "nature non renseignée"
	if p.Lead.Kind != "" {
		lead = p.Lead.Kind.Label()
	}
	fmt.Fprintf(stdout, "Projet « %s », porté par%s%s", p.Title, french.Colon, lead)
	switch n := len(p.Members); n {
	case 0:
	case 1:
		fmt.Fprint(stdout, ", avec 1 membre")
	default:
		fmt.Fprintf(stdout, ", avec %d membres", n)
	}
	fmt.Fprintf(stdout, "\nOrientation au %s\n\n", on.French())
	fmt.Fprint(stdout, relance.Explain(options))
	if questions := relance.NextQuestions(options); len(questions) > 0 {
		fmt.Fprintf(stdout, "\nPour conclure, précisez d’abord%s%s\n", french.Colon, questions[0].Label())
	}
	return 0
}

// project builds the date and the project from the flags' text.
func project(title, date, kind string, population int, members, departement, sharedNeed, themes, practices, start, results, budget string) (calendar.Date, scheme.Project, error) {
	var errs []string
	check := func(err error) {
		if err != nil {
			errs = append(errs, err.Error())
		}
	}
	on, err := calendar.ParseDate(date)
	check(err)
	p := scheme.Project{Title: title, Lead: scheme.Body{Name: "Porteur du projet", Population: population}}
	if kind != "" { // an empty -kind leaves the lead's kind unanswered
		p.Lead.Kind, err = scheme.ParseKind(kind)
		check(err)
	}
	p.Members, err = cli.Members(members)
	check(err)
	p.Departement, err = scheme.ParseAnswer(departement)
	check(err)
	p.SharedNeed, err = scheme.ParseAnswer(sharedNeed)
	check(err)
	p.Themes, err = cli.Parse(themes, scheme.ParseTheme)
	check(err)
	p.Practices, err = cli.Parse(practices, scheme.ParsePractice)
	check(err)
	if start != "" {
		p.Start, err = calendar.ParseDate(start)
		check(err)
	}
	if results != "" {
		p.Results, err = calendar.ParseDate(results)
		check(err)
	}
	p.Budget, err = cli.Budget(budget)
	check(err)
	if len(errs) == 0 {
		// What each flag says may be well formed and the project still
		// invalid, such as results due before the start.
		check(p.Validate())
	}
	if len(errs) > 0 {
		return calendar.Date{}, scheme.Project{}, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return on, p, nil
}
