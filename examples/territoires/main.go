// Territoires answers, with the official data of 2021 — the populations
// légales en vigueur en 2021 (millésime 2018), population municipale — what
// the population thresholds of the axis-2 calls of France Relance meant:
// which EPCI reach each threshold alone, and how many départements and
// communes do. A
// département or a région is at scale whatever its population; any other
// lead must reach the threshold, alone or pooled with its members.
//
// With no flags it takes the thresholds of the sessions of the « données »
// call, as the scheme catalogue holds them (500 000 inhabitants in the
// first session, 300 000 in the second):
//
//	go run ./examples/territoires
//
// -seuil gives other thresholds, in inhabitants, separated as every list of
// the example programs is (see examples/internal/cli):
//
//	go run ./examples/territoires -seuil "400 000; 250 000"
//
// It exits with status 2, and a message on standard error, when -seuil is
// not a list of whole numbers above zero, or when it is given other
// arguments.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// threshold is a population threshold, and the session of the catalogue
// that sets it, if any.
type threshold struct {
	population int
	session    string
}

// run writes, in French, what each threshold of args means to stdout; it
// returns the exit status: 0, 1 when the catalogue or the data fail, 2 for a
// bad flag, with the reason on stderr.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("territoires", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: territoires [-seuil N;N;…]")
		fs.PrintDefaults()
	}
	name, sessions, err := catalogue()
	if err != nil {
		fmt.Fprintf(stderr, "territoires: %v\n", err)
		return 1
	}
	defaults := make([]string, len(sessions))
	for i, t := range sessions {
		defaults[i] = strconv.Itoa(t.population)
	}
	seuil := fs.String("seuil", strings.Join(defaults, "; "), "the population `thresholds`, in inhabitants, "+cli.ListUsage)
	if status, ok := cli.ParseFlags(fs, args); !ok {
		return status
	}
	thresholds, err := parseThresholds(*seuil, sessions)
	if err != nil {
		fmt.Fprintf(stderr, "territoires: -seuil: %v\n", err)
		fs.Usage()
		return 2
	}

	epci := territoire.All(scheme.EPCI)
	deps := territoire.All(scheme.Departement)
	communes := territoire.All(scheme.Commune)
	if len(epci) == 0 || len(deps) == 0 || len(communes) == 0 {
		fmt.Fprintln(stderr, "territoires: no data")
		return 1
	}
	byPopulation := func(a, b scheme.Body) int { return cmp.Compare(b.Population, a.Population) }
	slices.SortStableFunc(epci, byPopulation)

	fmt.Fprintf(stdout, "Seuils d’ampleur de l’appel «%s%s%s», au regard des collectivités de %d\n", french.NoBreak, name, french.NoBreak, territoire.Vintage)
	fmt.Fprintln(stdout, strings.ToUpper(territoire.Populations[:1])+territoire.Populations[1:]+".")
	fmt.Fprintf(stdout, "Un département ou une région est à l’échelle quelle que soit sa population%stout autre porteur doit atteindre le seuil, seul ou avec ses membres.\n", french.Semicolon)
	fmt.Fprintln(stdout)
	fmt.Fprintf(stdout, "%12s  %-11s  %15s  %12s  %17s\n", "seuil", "session", "EPCI", "départements", "communes")
	for _, t := range thresholds {
		fmt.Fprintf(stdout, "%12s  %-11s  %15s  %12s  %17s\n", french.Int(int64(t.population)), cmp.Or(t.session, "—"),
			count(epci, t.population), count(deps, t.population), count(communes, t.population))
	}
	for _, t := range thresholds {
		reach := reaching(epci, t.population)
		fmt.Fprintln(stdout)
		fmt.Fprintf(stdout, "EPCI d’au moins %s%s%s%d sur %s\n", inhabitants(t.population), inSession(t), french.Colon, reach, french.Int(int64(len(epci))))
		width := 0
		for _, e := range epci[:min(reach+1, len(epci))] {
			width = max(width, len([]rune(e.Name)))
		}
		for i, e := range epci[:reach] {
			fmt.Fprintf(stdout, "%4d  %-*s  %11s\n", i+1, width, e.Name, french.Int(int64(e.Population)))
		}
		if reach < len(epci) {
			e := epci[reach]
			fmt.Fprintf(stdout, "%4s  %-*s  %11s  (le premier sous le seuil)\n", "", width, e.Name, french.Int(int64(e.Population)))
		}
	}
	return 0
}

// catalogue returns the name of the « données » call and the thresholds of
// its sessions that have one.
func catalogue() (string, []threshold, error) {
	s, err := scheme.Get(scheme.Donnees)
	if err != nil {
		return "", nil, err
	}
	var out []threshold
	for _, se := range s.Sessions() {
		if t := se.Rules().Threshold; t > 0 {
			out = append(out, threshold{t, se.Name()})
		}
	}
	if len(out) == 0 {
		return "", nil, fmt.Errorf("no threshold in the sessions of %q", s.ID())
	}
	return s.Name(), out, nil
}

// parseThresholds reads a list of whole numbers above zero, whose digits may
// be grouped by spaces, and names each after the session of the catalogue
// that has it.
func parseThresholds(s string, sessions []threshold) ([]threshold, error) {
	items := cli.List(s)
	if len(items) == 0 {
		return nil, errors.New("no threshold")
	}
	out := make([]threshold, len(items))
	for i, item := range items {
		n, err := cli.Population(item)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q: want a whole number of inhabitants above zero", item)
		}
		out[i].population = n
		if j := slices.IndexFunc(sessions, func(t threshold) bool { return t.population == n }); j >= 0 {
			out[i].session = sessions[j].session
		}
	}
	return out, nil
}

// reaching returns how many bodies, sorted by decreasing population, have n
// inhabitants or more.
func reaching(sorted []scheme.Body, n int) int {
	i, _ := slices.BinarySearchFunc(sorted, n, func(b scheme.Body, n int) int { return cmp.Compare(n, b.Population+1) })
	return i
}

// count says how many of bodies have n inhabitants or more: "9 sur 1 254".
func count(bodies []scheme.Body, n int) string {
	reach := 0
	for _, b := range bodies {
		if b.Population >= n {
			reach++
		}
	}
	return french.Int(int64(reach)) + " sur " + french.Int(int64(len(bodies)))
}

// inhabitants words a number of inhabitants: "1 habitant", "500 000
// habitants".
func inhabitants(n int) string {
	if n == 1 {
		return "1 habitant"
	}
	return french.Int(int64(n)) + " habitants"
}

// inSession names the session of threshold t, if any: " (1re session)".
func inSession(t threshold) string {
	if t.session == "" {
		return ""
	}
	return " (" + t.session + ")"
}
