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
//	go run ./examples/orientation -date 2021-10-15 -kind departement -membres "" -themes services \
//		-practices accessibilite,langage-simple,mobile -budget prestations=120000,personnel=40000 \
//		-start 2021-11-01 -results 2022-12-31
//
// The project must not start before its grant request is received (décret
// n° 2018-514, art. 5, II): the request is taken as received on the date
// of the orientation, unless -requested gives another day.
//
// A lead and members given by their official codes of 2021 take their names,
// kinds and populations from the territories' data (package
// scheme/territoire): Grenoble-Alpes-Métropole alone is not at scale in the
// first session, and is with the Pays Voironnais:
//
//	go run ./examples/orientation -porteur 200040715 -membres 243800984 -shared-need ""
//
// -membres lists the members, each an official code or a member described
// as [name=]kind:population, separated by semicolons (or commas when there
// is no semicolon): -membres "243800984; Val=epci:287430". -members is an
// alias of it. Populations are typed plain (12000) or the French way
// (12 000).
//
// Every problem of the flags is reported at once on standard error, one a
// line, each after its flag, an item of a list counted from 1:
//
//	orientation: -membres: item 2 "epci": want an official code (243800984) or [name=]kind:population (epci:350000)
//	orientation: -results: "2021-01-01": before -start "2022-01-01"
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

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
	var f flags
	fs.StringVar(&f.title, "title", "Entrepôt de données territorial mutualisé", "the project's title")
	fs.StringVar(&f.date, "date", "2021-03-01", "the date of the orientation, YYYY-MM-DD")
	fs.StringVar(&f.porteur, "porteur", "", "the lead's official `code` of 2021 — a commune's INSEE code (38185), an EPCI's SIREN (200040715), a département (38), a région (R84) — whose name, kind, population and département come from the data; -kind and -population still override them")
	fs.StringVar(&f.kind, "kind", "syndicat", "the lead applicant's kind: commune, epci, departement, region, statut-particulier, syndicat, partenaire")
	fs.StringVar(&f.population, "population", "", "the lead applicant's own population, such as 12000 or 12 000 (empty or 0: not given)")
	fs.StringVar(&f.membres, "membres", defaultMembers, cli.BodiesUsage)
	fs.StringVar(&f.members, "members", defaultMembers, "an alias of -membres")
	fs.StringVar(&f.departement, "departement", "no", "the project covers a whole département: yes, no, or empty for no answer;\nnot given, the data answers it for bodies given by code (the three EPCI of the Territoire de Belfort: yes; a commune: no)")
	fs.StringVar(&f.sharedNeed, "shared-need", "yes", "the need is common to other collectivités: yes, no, or empty")
	fs.StringVar(&f.themes, "themes", "donnees", "themes, comma-separated: services, donnees, cooperation, outils-agents, formation, infrastructure")
	fs.StringVar(&f.practices, "practices", "code-ouvert", "good practices committed to, comma-separated: accessibilite, langage-simple, mobile, code-ouvert")
	fs.StringVar(&f.start, "start", "2021-04-01", "the project's start date, YYYY-MM-DD")
	fs.StringVar(&f.results, "results", "2022-06-30", "when concrete results are due, YYYY-MM-DD")
	fs.StringVar(&f.requested, "requested", "", "the day the grant request is received, YYYY-MM-DD; empty: the date of the orientation\n(décret n° 2018-514: no commencement of the project before it)")
	fs.StringVar(&f.budget, "budget", "prestations=180000,conseil=30000,personnel=60000,materiel=20000", cli.BudgetUsage)
	asJSON := fs.Bool("json", false, "print the options as JSON")
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })

	on, p, err := f.project()
	if err != nil {
		for _, e := range cli.Unjoin(err) {
			fmt.Fprintf(stderr, "orientation: %v\n", e)
		}
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
	fmt.Fprint(stdout, cli.Heading(p, f.porteur != ""))
	fmt.Fprintf(stdout, "\nOrientation au %s\n", on.French())
	for _, note := range cli.DataNotes(p) {
		fmt.Fprintln(stdout, note)
	}
	fmt.Fprintln(stdout)
	fmt.Fprint(stdout, relance.Explain(options))
	if questions := relance.NextQuestions(options); len(questions) > 0 {
		fmt.Fprintf(stdout, "\nPour conclure, précisez d’abord%s%s\n", french.Colon, questions[0].Label())
	}
	return 0
}

// defaultMembers are the members of the default project.
const defaultMembers = "epci:350000,epci:120000,epci:90000"

// flags holds the text of the flags, and which of them were set.
type flags struct {
	title, date, porteur, kind, population    string
	membres, members, departement, sharedNeed string
	themes, practices, start, results, budget string
	requested                                 string
	set                                       map[string]bool
}

// project builds the date and the project from the flags' text. A body given
// by its official code takes its name, kind, population and département from
// the territories of 2021; -kind and -population, when set, override the
// lead's. Every problem is reported at once, each after its flag, an item
// of a list counted from 1: "-membres: item 2 "epci": want …".
func (f flags) project() (calendar.Date, scheme.Project, error) {
	var errs []error
	check := func(flag string, err error) {
		for _, e := range cli.Unjoin(err) {
			errs = append(errs, fmt.Errorf("%s: %w", flag, e))
		}
	}
	on, err := calendar.ParseDate(f.date)
	check("-date", err)
	p := scheme.Project{Title: f.title, Lead: scheme.Body{Name: "Porteur du projet"}}
	if f.porteur != "" {
		p.Lead = scheme.Body{ID: f.porteur}
	}
	if f.porteur == "" || f.set["kind"] {
		p.Lead.Kind = ""
		if f.kind != "" { // an empty -kind leaves the lead's kind unanswered
			p.Lead.Kind, err = scheme.ParseKind(f.kind)
			check("-kind", err)
		}
	}
	if f.porteur == "" || f.set["population"] {
		p.Lead.Population = 0
		if f.population != "" {
			p.Lead.Population, err = cli.Population(f.population)
			check("-population", err)
		}
	}
	names := flagNames
	members := f.membres
	switch {
	case f.set["members"] && f.set["membres"] && f.members != f.membres:
		check("-members", errors.New("an alias of -membres: give the members once"))
	case f.set["members"]:
		members, names.Members = f.members, "-members"
	}
	p.Members, err = cli.Bodies(members)
	check(names.Members, err)
	// What each flag says may be well formed and the project still
	// invalid: a code unknown or given twice, results due before the start.
	named := func(err error) {
		for _, pb := range names.Problems(err, p) {
			errs = append(errs, pb)
		}
	}
	// -departement answers for the project when it is given; otherwise
	// the data answers for bodies given by code, and the flag's default
	// for a project described without any.
	departement, err := cli.Answer(f.departement)
	check("-departement", err)
	if f.set["departement"] || !cli.ByCode(p) {
		p.Departement = departement
	}
	p, err = cli.Complete(p)
	named(err)
	p.SharedNeed, err = cli.Answer(f.sharedNeed)
	check("-shared-need", err)
	p.Themes, err = cli.Parse(f.themes, scheme.ParseTheme)
	check("-themes", err)
	p.Practices, err = cli.Parse(f.practices, scheme.ParsePractice)
	check("-practices", err)
	if f.start != "" {
		p.Start, err = calendar.ParseDate(f.start)
		check("-start", err)
	}
	if f.results != "" {
		p.Results, err = calendar.ParseDate(f.results)
		check("-results", err)
	}
	if f.requested != "" {
		p.Requested, err = calendar.ParseDate(f.requested)
		check("-requested", err)
	}
	p.Budget, err = cli.Budget(f.budget)
	check("-budget", err)
	if len(errs) == 0 {
		named(p.Validate())
	}
	if len(errs) > 0 {
		return calendar.Date{}, scheme.Project{}, errors.Join(errs...)
	}
	return on, p, nil
}

// flagNames names the facts of a project as the flags do, for the problems
// that cli.Complete and scheme.Project.Validate find.
var flagNames = cli.Names{
	Lead: "-porteur", Kind: "-kind", Population: "-population", Members: "-membres",
	Departement: "-departement", SharedNeed: "-shared-need", Themes: "-themes", Practices: "-practices",
	Start: "-start", Results: "-results", Requested: "-requested", Budget: "-budget",
}
