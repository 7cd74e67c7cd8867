// Plan-de-financement places the grant of a France Relance digital scheme
// in the financing plan of a project, among its other funders, under the
// law on the stacking of public aid, then pays it: what a collectivité's
// finance officer does for every application before the préfecture reads
// the file.
//
// With no flags it takes the project of go run ./examples/orientation — a
// syndicat mixte pooling three EPCI for a data project of 290 000 € — on
// 1 March 2021, and the grant of the data scheme, 105 000 €; the Région
// brings 70 000 € and a patron 10 000 €. On the whole operation the owner
// brings 105 000 € of the 280 000 € of public funding, 37,5 %, above the
// 20 % of the CGCT, art. L1111-10 III, and public aid stays within the
// subsidisable expense (décret n° 2018-514, art. 10): the plan holds. The
// program prints the option, the rule that binds the owner, the plan, and
// the payment of the grant kept: the advance, an instalment, and the
// balance on the expense actually incurred:
//
//	go run ./examples/plan-de-financement
//
// A plan that breaks a limit gets the fixes the library proposes — the
// grant reduced, or the other public funders bringing less:
//
//	go run ./examples/plan-de-financement -financeur Région=100000 -financeur-prive Mécénat=60000
//
// Flags give other funders, public or private, by name and amount (amounts
// plain or French, lists as every example program reads them: package
// examples/internal/cli), the expense actually incurred, the kind of
// operation, a circumstance of the law, another lead by its official code;
// -json prints every result as JSON:
//
//	go run ./examples/plan-de-financement -financeur "Région=40 000 €; Département=20 000 €" \
//		-financeur-prive "" -depense-reelle 150000
//	go run ./examples/plan-de-financement -porteur 971
//	go run ./examples/plan-de-financement -porteur 200040715 -membres 243800984
//	go run ./examples/plan-de-financement -circonstance chef-de-file -json
//
// Every problem of the flags is reported at once on standard error, one a
// line, each after its flag, an item of a list counted from 1 across the
// repetitions of its flag; an amount is never negative, and a sign before
// it is refused, "-0" as "-12"; a number that is not a whole one stops the
// program before the others, as the flag package does:
//
//	plan-de-financement: -financeur: item 2 "Région=-0": amount "-0": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €
//	plan-de-financement: -resultats: "2021-05-01": before -debut "2021-06-01"
//	invalid value "6,5" for flag -duree: want a whole number of months, such as 60
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// The default project: that of examples/orientation.
const (
	defaultBudget = "prestations=180000,conseil=30000,personnel=60000,materiel=20000"
	fundersUsage  = "funders `name=amount`, " + cli.ListUsage + ";\namounts plain (12000.50) or French (12 000,50 €), without a sign; the flag may be repeated"
)

// run places the grant of the option that args describe and writes the
// result to stdout; it returns the exit status: 0, or 2 for bad flags, every
// problem at once on stderr.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("plan-de-financement", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f flags
	public := &funders{items: []string{"Région=70000"}}
	private := &funders{items: []string{"Mécénat=10000"}}
	fs.StringVar(&f.date, "date", "2021-03-01", "the date of the orientation, `YYYY-MM-DD`: the session in force that day,\nand the day the grant request is received unless -demande says otherwise")
	fs.StringVar(&f.start, "debut", "2021-04-01", "the project's start, `YYYY-MM-DD`: not before the request (décret n° 2018-514, art. 5, II)")
	fs.StringVar(&f.results, "resultats", "2022-06-30", "when concrete results are due, `YYYY-MM-DD`")
	fs.StringVar(&f.requested, "demande", "", "the day the grant request is received, `YYYY-MM-DD`; empty: -date")
	fs.StringVar(&f.dispositif, "dispositif", string(scheme.Donnees), "the `scheme` whose grant is placed: incubateur-territoires, services-usagers, donnees, cooperation")
	fs.StringVar(&f.porteur, "porteur", "", "the lead's official `code` of 2021 (a commune's INSEE code, an EPCI's SIREN, a département, a région R84),\nwhose name, kind, population and département come from the data; by default the syndicat mixte of examples/orientation")
	fs.StringVar(&f.membres, "membres", "", cli.BodiesUsage+";\nby default the three EPCI of examples/orientation, and none once -porteur is given")
	fs.StringVar(&f.budget, "budget", defaultBudget, cli.BudgetUsage)
	fs.Var(public, "financeur", "the other public "+fundersUsage)
	fs.Var(private, "financeur-prive", "the private "+fundersUsage+"; mécénat, for instance")
	fs.BoolVar(&f.investment, "investissement", true, "the operation is an investment; -investissement=false or -fonctionnement for operating costs")
	fs.BoolVar(&f.operating, "fonctionnement", false, "the expense is operating costs (fonctionnement): no least participation of the owner")
	fs.StringVar(&f.circumstance, "circonstance", "ordinaire", "what the law treats apart: ordinaire, chef-de-file, chef-de-file-convention,\nderogation-monument, derogation-calamite, renovation-urbaine, derogation-patrimoine,\nsyndicat-mixte-ouvert-elargi")
	fs.StringVar(&f.spent, "depense-reelle", "170000", "the eligible expense actually incurred, in euros, plain or French, without a sign")
	months := cli.Quantity(fs, "duree", 15, "months", 60, "the planned duration of the project, in months, as the award decision states it")
	fs.BoolVar(&f.extended, "acomptes-90", false, "the award decision raises the cap of the advance and instalments to 90 %,\nas décret n° 2018-514, art. 12 allows for a project of more than 48 months (-duree); never automatic")
	fs.BoolVar(&f.guarantee, "garantie", false, "a first-demand bank guarantee backs the advance (up to 60 %)")
	fs.StringVar(&f.payments, "versements", "", "the payments made before the balance, `kind=amount` "+cli.ListUsage+", kinds avance and acompte;\nby default the largest advance, then one instalment up to the ceiling before the balance")
	asJSON := fs.Bool("json", false, "print every result as JSON")
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })
	f.public, f.private, f.months = public.items, private.items, *months

	in, err := f.input()
	if err != nil {
		for _, e := range cli.Unjoin(err) {
			fmt.Fprintf(stderr, "plan-de-financement: %v\n", e)
		}
		return 2
	}
	res, err := compute(in)
	if err != nil {
		fmt.Fprintf(stderr, "plan-de-financement: %v\n", err)
		return 2
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "plan-de-financement: %v\n", err)
			return 1
		}
		return 0
	}
	res.write(stdout, in)
	return 0
}

// flags holds the text of the flags, and which of them were set.
type flags struct {
	date, dispositif, porteur, membres, budget string
	circumstance                               string
	start, results, requested                  string
	spent, payments                            string
	public, private                            []string
	investment, operating, guarantee, extended bool
	months                                     int
	set                                        map[string]bool
}

// input is what the flags describe, read and checked.
type input struct {
	on           calendar.Date
	scheme       scheme.ID
	project      scheme.Project
	others       []cost.Resource
	investment   bool
	circumstance relance.Circumstance
	spent        cost.Amount
	months       int
	guarantee    bool
	extended     bool           // the award decision raises the instalments' cap to 90 %
	payments     []cost.Payment // nil: the schedule the program proposes
}

// input reads the flags, every problem at once, each after its flag, an
// item of a list counted from 1.
func (f flags) input() (input, error) {
	in := input{months: f.months, guarantee: f.guarantee, extended: f.extended, investment: f.investment && !f.operating}
	var errs []error
	check := func(flag string, err error) {
		for _, e := range cli.Unjoin(err) {
			errs = append(errs, fmt.Errorf("-%s: %w", flag, e))
		}
	}
	// named checks the problems that cli.Complete and Project.Validate find
	// with the project, after the flags that give the facts at fault.
	named := func(err error) {
		for _, pb := range flagNames.Problems(err, in.project) {
			errs = append(errs, pb)
		}
	}
	var err error
	in.on, err = calendar.ParseDate(f.date)
	check("date", err)
	s, err := scheme.Get(scheme.ID(f.dispositif))
	check("dispositif", err)
	in.scheme = s.ID()
	in.project = defaultProject()
	in.project.Start, err = calendar.ParseDate(f.start)
	check("debut", err)
	in.project.Results, err = calendar.ParseDate(f.results)
	check("resultats", err)
	if f.requested != "" {
		in.project.Requested, err = calendar.ParseDate(f.requested)
		check("demande", err)
	}
	if f.porteur != "" || f.set["membres"] {
		// Another project than the example's: its bodies are those the
		// flags give, and the data answers whether they cover a whole
		// département when they come by code.
		if f.porteur != "" {
			in.project.Lead = scheme.Body{ID: f.porteur}
		}
		in.project.Members, err = cli.Bodies(f.membres)
		check("membres", err)
		if cli.ByCode(in.project) {
			in.project.Departement = scheme.Unanswered
		}
		in.project, err = cli.Complete(in.project)
		named(err)
	}
	in.project.Budget, err = cli.Budget(f.budget)
	check("budget", err)
	if err == nil && len(in.project.Budget) == 0 {
		check("budget", errors.New("the project needs a budget for a grant"))
	}
	for i, item := range f.public {
		r, err := funder(i+1, item, true)
		check("financeur", err)
		in.others = append(in.others, r)
	}
	for i, item := range f.private {
		r, err := funder(i+1, item, false)
		check("financeur-prive", err)
		in.others = append(in.others, r)
	}
	if f.operating && f.set["investissement"] && f.investment {
		check("fonctionnement", errors.New("-investissement and -fonctionnement both set: choose one"))
	}
	in.circumstance, err = relance.ParseCircumstance(f.circumstance)
	check("circonstance", err)
	in.spent, err = cli.Amount(f.spent)
	check("depense-reelle", err)
	if f.months < 0 {
		check("duree", fmt.Errorf("negative duration %d", f.months))
	}
	if f.extended && f.months <= 48 {
		check("acomptes-90", fmt.Errorf("décret n° 2018-514, art. 12 allows 90 %% only for a project of more than 48 months, and -duree is %d", f.months))
	}
	for i, item := range cli.List(f.payments) {
		p, err := payment(i+1, item)
		check("versements", err)
		in.payments = append(in.payments, p)
	}
	if len(errs) == 0 {
		named(in.project.Validate())
	}
	if len(errs) > 0 {
		return input{}, errors.Join(errs...)
	}
	return in, nil
}

// defaultProject is the project of examples/orientation, without its dates
// and its budget, which the flags give.
func defaultProject() scheme.Project {
	return scheme.Project{
		Title: "Entrepôt de données territorial mutualisé",
		Lead:  scheme.Body{Kind: scheme.Syndicat},
		Members: []scheme.Body{
			{Kind: scheme.EPCI, Population: 350000},
			{Kind: scheme.EPCI, Population: 120000},
			{Kind: scheme.EPCI, Population: 90000},
		},
		Departement: scheme.No,
		SharedNeed:  scheme.Yes,
		Themes:      []scheme.Theme{scheme.ThemeDonnees},
		Practices:   []scheme.Practice{scheme.CodeOuvert},
	}
}

// flagNames names the facts of the project as the flags do, for the
// problems that cli.Complete and scheme.Project.Validate find; the default
// project's answers have no flags.
var flagNames = cli.Names{
	Lead: "-porteur", Members: "-membres", Start: "-debut", Results: "-resultats", Requested: "-demande", Budget: "-budget",
}

// result is everything the program finds, as -json prints it.
type result struct {
	Option relance.Option `json:"option"`
	Rule   relance.Rule   `json:"rule"`
	// Proposed is the plan with the grant whole, checked; nil when the
	// funders and the grant add up to more than the expense.
	Proposed *cost.PlanCheck `json:"proposed"`
	// Financing is the grant placed, reduced when the limits require; nil
	// when the option has no grant to place.
	Financing *relance.Financing `json:"financing"`
	// OthersAtMost is the most that the public funders other than the State
	// may bring together for the grant to be kept whole; nil when the grant
	// fits whole already, or cannot, whatever they bring.
	OthersAtMost *cost.Amount `json:"others_at_most"`
	// NoGrant says, in French, why there is no grant to place.
	NoGrant string `json:"no_grant,omitempty"`
	// Statement is the payment of the grant kept; nil when there is none.
	Statement *cost.Statement `json:"statement"`
}

// compute orients the project, finds the rule, places the grant and pays
// it. It fails on what the flags describe but the library refuses.
func compute(in input) (result, error) {
	options, err := relance.Orient(in.project, in.on)
	if err != nil {
		return result{}, err
	}
	var r result
	for _, o := range options {
		if o.Scheme.ID() == in.scheme {
			r.Option = o
		}
	}
	if r.Rule, err = relance.RuleFor(in.project.Lead, in.investment, in.circumstance); err != nil {
		return result{}, err
	}
	if p := r.Option.Promise(); !p.Pays() {
		// No grant to place; the funders are still checked, so that a bad
		// one is reported whatever the verdict.
		f := r.Option.Funding
		if _, err := (cost.Plan{Cost: f.Total, Expense: f.Eligible, Resources: in.others}).Check(r.Rule.Limits); err != nil {
			return result{}, err
		}
		r.NoGrant = "le projet n’est pas éligible à ce dispositif"
		if p == relance.ClosedIntake {
			r.NoGrant = "le dépôt des projets de la " + french.InSentence(r.Option.Session.Name()) + " est " + relance.IntakeText(r.Option.Session, r.Option.On)
		}
		return r, nil
	}
	f, err := r.Option.Place(in.others, r.Rule.Limits)
	if err != nil {
		return result{}, err
	}
	r.Financing = &f
	// The plans below are the placed one's, of the whole operation, with
	// other funders.
	with := func(resources []cost.Resource) cost.Plan {
		p := f.Placement.Plan
		p.Resources = resources
		return p
	}
	whole := cost.Resource{Funder: relance.StateFunder, Public: true, Amount: f.Placement.Asked}
	if c, err := with(append(in.others[:len(in.others):len(in.others)], whole)).Check(r.Rule.Limits); err == nil {
		r.Proposed = &c
	}
	if f.Placement.Reduced {
		// The other way round: the grant whole with the private funding,
		// and what room it leaves the other public funders.
		alone := []cost.Resource{whole}
		for _, o := range in.others {
			if !o.Public {
				alone = append(alone, o)
			}
		}
		if c, err := with(alone).Check(r.Rule.Limits); err == nil && c.Holds() {
			r.OthersAtMost = &c.Headroom
		}
	}
	if f.Placement.Grant.IsZero() {
		return r, nil // nothing to pay
	}
	award := f.Award(in.months, in.guarantee)
	award.Extended = in.extended
	payments := in.payments
	if payments == nil {
		payments = []cost.Payment{
			{Kind: cost.Advance, Amount: award.MaxAdvance()},
			{Kind: cost.Instalment, Amount: award.MaxBeforeBalance().Sub(award.MaxAdvance())},
		}
	}
	s, err := award.Settle(payments, in.spent)
	if err != nil {
		return result{}, err
	}
	r.Statement = &s
	return r, nil
}
