// Consultation walks through the Incubateur des Territoires national
// consultation of 2021 with a handful of collectivités: contributions to
// step 1, supports for the proposals in step 2 (including those the rules
// refuse, and why), the ranking, and the territoire-référent declarations of
// step 3.
//
//	go run ./examples/consultation
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run prints the walk-through to stdout and returns the exit status: 0, or 2
// when given arguments, which it does not take.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "consultation: takes no arguments, got %q\n", args[0])
		return 2
	}
	incubateur, err := scheme.Get(scheme.Incubateur)
	if err != nil {
		fmt.Fprintf(stderr, "consultation: %v\n", err)
		return 1
	}
	session := incubateur.Sessions()[0]
	cal := session.CalendarOn(calendar.Date{})

	var (
		grenoble = scheme.Body{ID: "213801855", Name: "Commune de Grenoble", Kind: scheme.Commune, Population: 158000}
		isere    = scheme.Body{ID: "223800012", Name: "Département de l’Isère", Kind: scheme.Departement, Population: 1270000}
		lannion  = scheme.Body{ID: "212201135", Name: "Commune de Lannion", Kind: scheme.Commune, Population: 20000}
		megalis  = scheme.Body{ID: "253514491", Name: "Mégalis Bretagne", Kind: scheme.Syndicat}
		asso     = scheme.Body{ID: "W751234567", Name: "Association Villes Internet", Kind: scheme.Partenaire}
	)
	day := func(m time.Month, d int) calendar.Date { return calendar.MustDate(2021, m, d) }

	fmt.Fprintf(stdout, "%s — %s\n", incubateur.Name(), session.Name())
	for i, p := range cal.Phases {
		fmt.Fprintf(stdout, "  Étape %d%s%s, %s\n", i+1, french.Colon, p.Name, p.Window.French())
	}

	fmt.Fprintln(stdout, "\nÉtape 1 — contributions")
	contributions := relance.Contributions(cal, []relance.Contribution{
		{Title: "Réservation de salles municipales", Kind: relance.Need, By: grenoble, On: day(time.February, 3), Themes: []scheme.Theme{scheme.ThemeServices}},
		{Title: "Signature électronique mutualisée", Kind: relance.ExistingService, By: megalis, On: day(time.February, 10), Themes: []scheme.Theme{scheme.ThemeOutilsAgents}},
		{Title: "Wifi public dans les bourgs", Kind: relance.Need, By: lannion, On: day(time.February, 12), Themes: []scheme.Theme{scheme.ThemeInfrastructure}},
		{Title: "Aide aux démarches en ligne", Kind: relance.Need, By: asso, On: day(time.March, 20), Themes: []scheme.Theme{scheme.ThemeServices}},
	})
	for _, c := range contributions.Accepted {
		fmt.Fprintf(stdout, "  reçue%s%s « %s » (%s)\n", french.Colon, c.Kind.Label(), c.Title, c.By.Name)
	}
	for _, r := range contributions.Refused {
		fmt.Fprintf(stdout, "  refusée%s« %s » (%s) — %s\n", french.Colon, r.Item.Title, r.Item.By.Name, r.Label())
	}

	fmt.Fprintln(stdout, "\nÉtape 2 — soutiens aux propositions")
	proposals := []string{"gestion-relation-usagers", "orientation-usagers", "reservation-equipements"}
	tally := relance.CountSupports(cal, proposals, []relance.Support{
		{Proposal: "reservation-equipements", By: grenoble, On: day(time.March, 20)},
		{Proposal: "reservation-equipements", By: isere, On: day(time.March, 15)},
		{Proposal: "orientation-usagers", By: lannion, On: day(time.April, 2)},
		{Proposal: "reservation-equipements", By: lannion, On: day(time.April, 15)},
		{Proposal: "reservation-equipements", By: grenoble, On: day(time.April, 1)},
		{Proposal: "reservation-equipements", By: megalis, On: day(time.March, 22)},
		{Proposal: "orientation-usagers", By: isere, On: day(time.April, 16)},
		{Proposal: "tiers-lieux", By: isere, On: day(time.March, 30)},
	})
	for i, c := range tally.Counts {
		fmt.Fprintf(stdout, "  %d. %s%s%s\n", i+1, c.Proposal, french.Colon, supports(c.Supports))
	}
	for _, r := range tally.Rejected {
		fmt.Fprintf(stdout, "  non compté%s%s pour %s, le %s — %s\n", french.Colon, r.Support.By.Name, r.Support.Proposal, r.Support.On.French(), r.Label())
	}

	fmt.Fprintln(stdout, "\nÉtape 3 — territoires référents")
	referents := relance.Referents(cal, []string{"reservation-equipements"}, []relance.Declaration{
		{Service: "reservation-equipements", By: isere, On: day(time.April, 20)},
		{Service: "reservation-equipements", By: grenoble, On: day(time.May, 3)},
		{Service: "reservation-equipements", By: megalis, On: day(time.May, 4)},
		{Service: "reservation-equipements", By: lannion, On: day(time.June, 2)},
	})
	for _, d := range referents.Accepted {
		fmt.Fprintf(stdout, "  référent%s%s, déclaré le %s\n", french.Colon, d.By.Name, d.On.French())
	}
	for _, r := range referents.Refused {
		fmt.Fprintf(stdout, "  refusé%s%s — %s\n", french.Colon, r.Item.By.Name, r.Label())
	}
	return 0
}

// supports writes a number of supports in French: « aucun soutien »,
// « 1 soutien », « 3 soutiens ».
func supports(n int) string {
	switch n {
	case 0:
		return "aucun soutien"
	case 1:
		return "1 soutien"
	}
	return fmt.Sprintf("%d soutiens", n)
}
