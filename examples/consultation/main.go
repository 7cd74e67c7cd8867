// Consultation walks through the Incubateur des Territoires national
// consultation of 2021 with a handful of collectivités: the calendar as
// first published on 20 January 2021 and as revised on 19 March 2021, then
// contributions to step 1, supports for the proposals in step 2 (including
// those the rules refuse, and why), the ranking, and the
// territoire-référent declarations of step 3. Each item is checked against
// the calendar in force on its own date: a support of 20 March 2021 comes
// after the revision, which moved the vote to 1 April – 1 May, and is
// refused; one of 20 April 2021, after the first calendar's vote, is
// counted.
//
//	go run ./examples/consultation
//
// It takes no arguments; -h prints its usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// firstSource is the source of the calendar as first published, which the
// catalogue cites beside the seed text; the catalogue's revisions carry
// their own.
const firstSource = "ANCT-INDEX-2021-01"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run prints the walk-through to stdout and returns the exit status: 0, also
// for -h, which prints the usage on stderr; 1 when the catalogue lacks the
// consultation; 2 for a flag or an argument, which it does not take.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("consultation", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: consultation")
		fmt.Fprintln(stderr, "Walks through the Incubateur des Territoires consultation of 2021; it takes no flags or arguments.")
	}
	if status, ok := cli.ParseFlags(flags, args); !ok {
		return status
	}
	c, err := load()
	if err != nil {
		fmt.Fprintf(stderr, "consultation: %v\n", err)
		return 1
	}
	c.calendars(stdout)
	c.contributions(stdout)
	c.supports(stdout)
	c.referents(stdout)
	return 0
}

// walk is the consultation that the program walks through, and the bodies
// that take part in it.
type walk struct {
	scheme  scheme.Scheme
	session scheme.Session
	first   scheme.Source // of the calendar as first published

	grenoble, isere, lannion, megalis, asso scheme.Body
}

// load finds the consultation in the catalogue.
func load() (walk, error) {
	s, err := scheme.Get(scheme.Incubateur)
	if err != nil {
		return walk{}, err
	}
	first, ok := scheme.SourceOf(firstSource)
	if !ok {
		return walk{}, errors.New("no source " + firstSource)
	}
	return walk{
		scheme: s, session: s.Sessions()[0], first: first,
		grenoble: scheme.Body{ID: "213801855", Name: "Commune de Grenoble", Kind: scheme.Commune, Population: 158000},
		isere:    scheme.Body{ID: "223800012", Name: "Département de l’Isère", Kind: scheme.Departement, Population: 1270000},
		lannion:  scheme.Body{ID: "212201135", Name: "Commune de Lannion", Kind: scheme.Commune, Population: 20000},
		megalis:  scheme.Body{ID: "253514491", Name: "Mégalis Bretagne", Kind: scheme.Syndicat},
		asso:     scheme.Body{ID: "W751234567", Name: "Association Villes Internet", Kind: scheme.Partenaire},
	}, nil
}

// day is a day of 2021.
func day(m time.Month, d int) calendar.Date { return calendar.MustDate(2021, m, d) }

// calendars prints both versions of the consultation's calendar.
func (w walk) calendars(out io.Writer) {
	fmt.Fprintf(out, "%s — %s\n", w.scheme.Name(), w.session.Name())
	fmt.Fprintf(out, "\nCalendrier publié le %s (%s)\n", w.first.Date.French(), w.first.Cite())
	steps(out, w.session.CalendarOn(calendar.Date{}))
	for _, r := range w.session.Revisions() {
		fmt.Fprintf(out, "\nCalendrier révisé le %s (%s)\n", r.Published.French(), scheme.Cite(r.Source))
		steps(out, r.Calendar)
	}
	fmt.Fprintln(out, "\nChaque contribution, chaque soutien et chaque déclaration est examiné selon le calendrier en vigueur à sa date.")
}

// steps prints the steps of c.
func steps(out io.Writer, c calendar.Calendar) {
	for i, p := range c.Phases {
		fmt.Fprintf(out, "  Étape %d%s%s, %s\n", i+1, french.Colon, p.Name, p.Window.French())
	}
}

// contributions checks and prints the contributions to step 1.
func (w walk) contributions(out io.Writer) {
	fmt.Fprintln(out, "\nÉtape 1 — contributions")
	got := relance.ContributionsIn(w.session, []relance.Contribution{
		{Title: "Réservation de salles municipales", Kind: relance.Need, By: w.grenoble, On: day(time.February, 3), Themes: []scheme.Theme{scheme.ThemeServices}},
		{Title: "Signature électronique mutualisée", Kind: relance.ExistingService, By: w.megalis, On: day(time.February, 10), Themes: []scheme.Theme{scheme.ThemeOutilsAgents}},
		{Title: "Wifi public dans les bourgs", Kind: relance.Need, By: w.lannion, On: day(time.February, 12), Themes: []scheme.Theme{scheme.ThemeInfrastructure}},
		{Title: "Aide aux démarches en ligne", Kind: relance.Need, By: w.asso, On: day(time.March, 20), Themes: []scheme.Theme{scheme.ThemeServices}},
	})
	for _, c := range got.Accepted {
		fmt.Fprintf(out, "  reçue%s%s %s (%s)\n", french.Colon, c.Kind.Label(), quoted(c.Title), c.By.Name)
	}
	for _, r := range got.Refused {
		fmt.Fprintf(out, "  refusée%s%s (%s), le %s%s — %s\n", french.Colon, quoted(r.Item.Title), r.Item.By.Name, r.Item.On.French(),
			w.outOfPeriod(r.Reason, relance.PhaseRecueil, r.Item.On), r.Label())
	}
}

// supports counts and prints the supports of step 2.
func (w walk) supports(out io.Writer) {
	fmt.Fprintln(out, "\nÉtape 2 — soutiens aux propositions")
	proposals := []string{"gestion-relation-usagers", "orientation-usagers", "reservation-equipements"}
	supports := []relance.Support{
		{Proposal: "reservation-equipements", By: w.isere, On: day(time.March, 16)},    // the first calendar, still in force: counted
		{Proposal: "reservation-equipements", By: w.grenoble, On: day(time.March, 20)}, // after the revision, before its vote
		{Proposal: "orientation-usagers", By: w.lannion, On: day(time.April, 2)},
		{Proposal: "reservation-equipements", By: w.grenoble, On: day(time.April, 1)}, // counted: the refused one did not count
		{Proposal: "reservation-equipements", By: w.lannion, On: day(time.April, 20)}, // the revised vote, after the first one's
		{Proposal: "reservation-equipements", By: w.megalis, On: day(time.April, 6)},  // a groupement does not vote
		{Proposal: "orientation-usagers", By: w.isere, On: day(time.May, 2)},          // the day after the revised vote
		{Proposal: "tiers-lieux", By: w.isere, On: day(time.April, 6)},
	}
	tally := relance.CountSupportsIn(w.session, proposals, supports)
	for i, c := range tally.Counts {
		fmt.Fprintf(out, "  %d. %s%s%s\n", i+1, c.Proposal, french.Colon, count(c.Supports))
	}
	for _, s := range counted(supports, tally.Rejected) {
		fmt.Fprintf(out, "  compté%s%s pour %s, le %s (%s)\n", french.Colon, s.By.Name, s.Proposal, s.On.French(), w.inForce(relance.PhaseVote, s.On))
	}
	for _, r := range tally.Rejected {
		fmt.Fprintf(out, "  non compté%s%s pour %s, le %s%s — %s\n", french.Colon, r.Support.By.Name, r.Support.Proposal, r.Support.On.French(),
			w.outOfPeriod(r.Reason, relance.PhaseVote, r.Support.On), r.Label())
	}
}

// counted returns the supports that were counted: those of supports, in
// order, that are not among rejected, which holds the others in the same
// order. Of two equal supports, the one counted and the one rejected print
// alike.
func counted(supports []relance.Support, rejected []relance.Rejection) []relance.Support {
	var out []relance.Support
	for _, s := range supports {
		if len(rejected) > 0 && rejected[0].Support == s {
			rejected = rejected[1:]
			continue
		}
		out = append(out, s)
	}
	return out
}

// referents checks and prints the territoire-référent declarations of
// step 3.
func (w walk) referents(out io.Writer) {
	fmt.Fprintln(out, "\nÉtape 3 — territoires référents")
	got := relance.ReferentsIn(w.session, []string{"reservation-equipements"}, []relance.Declaration{
		{Service: "reservation-equipements", By: w.isere, On: day(time.April, 20)}, // the first calendar's step 3, moved by the revision
		{Service: "reservation-equipements", By: w.isere, On: day(time.May, 3)},
		{Service: "reservation-equipements", By: w.grenoble, On: day(time.June, 15)}, // the revised step 3, after the first one's
		{Service: "reservation-equipements", By: w.megalis, On: day(time.May, 4)},
		{Service: "reservation-equipements", By: w.lannion, On: day(time.July, 2)},
	})
	for _, d := range got.Accepted {
		fmt.Fprintf(out, "  référent%s%s, déclaré le %s (%s)\n", french.Colon, d.By.Name, d.On.French(), w.inForce(relance.PhaseReferents, d.On))
	}
	for _, r := range got.Refused {
		fmt.Fprintf(out, "  refusé%s%s, le %s%s — %s\n", french.Colon, r.Item.By.Name, r.Item.On.French(),
			w.outOfPeriod(r.Reason, relance.PhaseReferents, r.Item.On), r.Label())
	}
}

// inForce says which calendar was in force on a day and when the step
// ran in it: « calendrier révisé le 19 mars 2021 : étape 2 du 1er avril au
// 1er mai 2021 ».
func (w walk) inForce(phase string, on calendar.Date) string {
	version := "publié le " + w.first.Date.French()
	if r, ok := w.session.RevisionOn(on); ok {
		version = "révisé le " + r.Published.French()
	}
	c := w.session.CalendarOn(on)
	i := slices.IndexFunc(c.Phases, func(p calendar.Phase) bool { return p.ID == phase })
	p, _ := w.session.PhaseOn(phase, on)
	return fmt.Sprintf("calendrier %s%sétape %d %s", version, french.Colon, i+1, p.Window.French())
}

// outOfPeriod says, for an item refused out of period, the calendar in force
// on its day, in parentheses; nothing for any other reason.
func (w walk) outOfPeriod(reason, phase string, on calendar.Date) string {
	if reason != relance.ReasonOutOfPeriod {
		return ""
	}
	return " (" + w.inForce(phase, on) + ")"
}

// quoted writes s between French quotation marks, with the no-break spaces
// that French typography puts inside them: « Wifi public ».
func quoted(s string) string {
	return "«" + french.NoBreak + s + french.NoBreak + "»"
}

// count writes a number of supports in French: « aucun soutien »,
// « 1 soutien », « 3 soutiens ».
func count(n int) string {
	switch n {
	case 0:
		return "aucun soutien"
	case 1:
		return "1 soutien"
	}
	return fmt.Sprintf("%d soutiens", n)
}
