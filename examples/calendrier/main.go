// Calendrier shows the calendar of the national consultation of the
// Incubateur des Territoires (France Relance, axe 1, ANCT) in both its
// versions, as the scheme catalogue holds them: as first published on
// 20 January 2021, and as revised on 19 March 2021, each with its source.
// Then, for a given day, it says which version was in force on it — the
// latest published on or before that day — and, in that version, which
// steps are open on it and which step opens next, in how many days.
//
// Run it from the root of the module:
//
//	go run ./examples/calendrier                    # on 2 April 2021, in the revised vote
//	go run ./examples/calendrier -date 2021-03-15   # a shared boundary day, first calendar
//	go run ./examples/calendrier -date 2021-03-20   # between two steps of the revision
//
// It exits with status 2, and a message on standard error, when -date is not
// a date written as 2021-04-02 or when it is given other arguments.
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
	"github.com/planrelance/numerique/scheme"
)

// firstSource is the source of the calendar as first published, which the
// catalogue cites beside the seed text; the catalogue's revisions carry
// their own.
const firstSource = "ANCT-INDEX-2021-01"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program: it reads args, writes to stdout and stderr, and
// returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("calendrier", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: calendrier [-date YYYY-MM-DD]")
		flags.PrintDefaults()
	}
	on := calendar.MustDate(2021, time.April, 2)
	flags.TextVar(&on, "date", on, "the day to look at, written `YYYY-MM-DD`")
	if status, ok := cli.ParseFlags(flags, args); !ok {
		return status
	}
	if on.IsZero() {
		fmt.Fprintln(stderr, "calendrier: -date is empty")
		flags.Usage()
		return 2
	}

	c, err := consultation()
	if err != nil {
		fmt.Fprintf(stderr, "calendrier: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, c.name)
	for _, v := range c.versions {
		fmt.Fprintln(stdout)
		fmt.Fprintf(stdout, "Calendrier %s — %s\n", v.title, v.cite)
		for i, p := range v.calendar.Phases {
			fmt.Fprintf(stdout, "Étape %d — %s%s%s\n", i+1, p.Name, french.Colon, p.Window.French())
		}
	}

	v := c.on(on)
	fmt.Fprintln(stdout)
	fmt.Fprintf(stdout, "Le %s, selon le calendrier %s%s%s:\n", on.French(), v.title, notYet(v, on), french.NoBreak)
	open := v.calendar.On(on)
	if len(open) == 0 {
		fmt.Fprintln(stdout, "- aucune étape n’est ouverte")
	}
	for _, p := range open {
		fmt.Fprintf(stdout, "- ouverte%s%s%s\n", french.Colon, step(v.calendar, p), edge(p.Window, on))
	}
	if p, ok := v.calendar.Next(on); ok {
		fmt.Fprintf(stdout, "- à venir%s%s, le %s, %s\n", french.Colon, step(v.calendar, p), p.Window.First().French(), in(on.DaysUntil(p.Window.First())))
	} else {
		fmt.Fprintln(stdout, "- aucune étape n’est à venir")
	}
	return 0
}

// program is the consultation as the program shows it: its name and the
// versions of its calendar, in the order of publication.
type program struct {
	name     string
	session  scheme.Session
	versions []version
}

// version is one version of the consultation's calendar.
type version struct {
	published calendar.Date
	title     string // « publié le 20 janvier 2021 », « révisé le 19 mars 2021 »
	cite      string // its source, as scheme.Cite words it
	calendar  calendar.Calendar
}

// consultation returns the Incubateur des Territoires consultation and the
// versions of its calendar, as the scheme catalogue holds them.
func consultation() (program, error) {
	s, err := scheme.Get(scheme.Incubateur)
	if err != nil {
		return program{}, err
	}
	first, ok := scheme.SourceOf(firstSource)
	if !ok {
		return program{}, errors.New("no source " + firstSource)
	}
	se := s.Sessions()[0]
	c := program{name: s.Name(), session: se, versions: []version{{
		published: first.Date,
		title:     "publié le " + first.Date.French(),
		cite:      first.Cite(),
		calendar:  se.CalendarOn(calendar.Date{}),
	}}}
	for _, r := range se.Revisions() {
		c.versions = append(c.versions, version{
			published: r.Published,
			title:     "révisé le " + r.Published.French(),
			cite:      scheme.Cite(r.Source),
			calendar:  r.Calendar,
		})
	}
	return c, nil
}

// on returns the version in force on d, as the catalogue says
// (scheme.Session.RevisionOn): the latest published on or before d, or the
// first for an earlier day.
func (c program) on(d calendar.Date) version {
	r, revised := c.session.RevisionOn(d)
	for _, v := range c.versions[1:] {
		if revised && v.published == r.Published {
			return v
		}
	}
	return c.versions[0]
}

// notYet says when d comes before v was published, so that the first
// calendar, which the catalogue applies to every earlier day, is not taken
// for one that could be read on d.
func notYet(v version, d calendar.Date) string {
	if d.Before(v.published) {
		return " (pas encore publié ce jour-là)"
	}
	return ""
}

// step names phase p of c by its number and name: "étape 2 — Vote pour les
// propositions".
func step(c calendar.Calendar, p calendar.Phase) string {
	i := slices.IndexFunc(c.Phases, func(q calendar.Phase) bool { return q.ID == p.ID })
	return fmt.Sprintf("étape %d — %s", i+1, p.Name)
}

// edge tells whether on is the first or the last day of w, which matters on a
// day shared by two steps.
func edge(w calendar.Window, on calendar.Date) string {
	switch on {
	case w.First():
		return " (premier jour)"
	case w.Last():
		return " (dernier jour)"
	}
	return ""
}

// in says in French how far ahead a number of days is: "demain", "dans 13
// jours", "dans 737 814 jours" with its digits grouped as the library groups
// them.
func in(days int) string {
	if days == 1 {
		return "demain"
	}
	return "dans " + french.Int(int64(days)) + " jours"
}
