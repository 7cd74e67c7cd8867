// Calendrier shows the calendar package at work on the national consultation
// of the Incubateur des Territoires (France Relance, axe 1, ANCT): it prints
// the four steps of the consultation in French, as first published and as
// the scheme catalogue holds them, and then,
// for a given day, which steps are open on it and which step opens next, in
// how many days.
//
// Run it from the root of the module:
//
//	go run ./examples/calendrier                    # on 2 April 2021
//	go run ./examples/calendrier -date 2021-03-15   # a shared boundary day
//
// It exits with status 2, and a message on standard error, when -date is not
// a date written as 2021-04-02 or when it is given other arguments.
package main

import (
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

	name, c, err := consultation()
	if err != nil {
		fmt.Fprintf(stderr, "calendrier: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, name)
	for i, p := range c.Phases {
		fmt.Fprintf(stdout, "Étape %d — %s%s%s\n", i+1, p.Name, french.Colon, p.Window.French())
	}
	fmt.Fprintln(stdout)
	fmt.Fprintf(stdout, "Le %s%s:\n", on.French(), french.NoBreak)
	open := c.On(on)
	if len(open) == 0 {
		fmt.Fprintln(stdout, "- aucune étape n’est ouverte")
	}
	for _, p := range open {
		fmt.Fprintf(stdout, "- ouverte%s%s%s\n", french.Colon, step(c, p), edge(p.Window, on))
	}
	if p, ok := c.Next(on); ok {
		fmt.Fprintf(stdout, "- à venir%s%s, le %s, %s\n", french.Colon, step(c, p), p.Window.First().French(), in(on.DaysUntil(p.Window.First())))
	} else {
		fmt.Fprintln(stdout, "- aucune étape n’est à venir")
	}
	return 0
}

// consultation returns the name of the Incubateur des Territoires
// consultation and its calendar, as the scheme catalogue holds them.
func consultation() (string, calendar.Calendar, error) {
	s, err := scheme.Get(scheme.Incubateur)
	if err != nil {
		return "", calendar.Calendar{}, err
	}
	return s.Name(), s.Sessions()[0].CalendarOn(calendar.Date{}), nil
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
