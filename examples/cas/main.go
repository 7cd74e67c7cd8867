// Cas runs test cases written as data, the format of package
// relance/relancetest, and prints in French what each gave and which
// branches of the rules they reached.
//
// With no argument it runs the library's own corpus, each case written by a
// reader of the texts:
//
//	go run ./examples/cas
//
// Arguments name case files of your own, of the format numerique/cas/2
// (numerique/cas/1 is still read as it was meant); -min-coverage fails below
// a share of the branches:
//
//	go run ./examples/cas -min-coverage 100 testdata/*.json
//
// It prints each file with its cases, ✓ or ✗ and what differs, then the
// coverage of the rules of the schemes the cases state expectations about —
// of every scheme they are oriented among with -toutes, the whole catalogue
// for cases that define no scheme — one table per session, and ends with
// the summary:
//
//	87 cas : 87 réussis, 0 en échec ; 244 branches atteintes sur 244
//
// The exit status is 0 when every case passes (and the coverage is high
// enough), 1 when a case fails or the coverage is too low, 2 for a file
// that cannot be read or parsed, or a bad flag.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance/relancetest"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the case files that args name, or the corpus, and returns the
// exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cas", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minimum := cli.Quantity(fs, "min-coverage", 0, "percent", 95, "the least share of the branches, in percent, that the cases must reach")
	all := fs.Bool("toutes", false, "cover every scheme the cases are oriented among (the whole catalogue for cases that define\nno scheme), not only those they state expectations about")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: cas [-min-coverage N] [-toutes] [FILE.json …]")
		fmt.Fprintln(fs.Output(), "Runs case files of the format numerique/cas/2 (numerique/cas/1 still read), the library's corpus by default,\n"+
			"and prints each case, the coverage of the rules session by session, and last the summary.")
		fs.PrintDefaults()
	}
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case err != nil:
		return 2
	}
	if *minimum < 0 || *minimum > 100 {
		fmt.Fprintf(stderr, "cas: -min-coverage %d: want 0 to 100\n", *minimum)
		return 2
	}

	var files []relancetest.File
	var err error
	source := "Cas du corpus de la bibliothèque"
	if fs.NArg() == 0 {
		files, err = relancetest.Load(relancetest.Corpus(), "*.json")
	} else {
		files, err = relancetest.ReadFiles(fs.Args()...)
		source = "Cas de " + plural(fs.NArg(), "fichier", "fichiers")
	}
	if err != nil {
		fmt.Fprintln(stderr, lines(err))
		return 2
	}

	rep := relancetest.Verify(files)
	if *all {
		rep = relancetest.VerifyAll(files)
	}
	fmt.Fprintf(stdout, "%s%s%s\n", source, french.Colon, plural(len(rep.Results), "cas", "cas"))
	i := 0
	for _, f := range files {
		fmt.Fprintf(stdout, "\n%s", f.Name)
		if f.Description != "" {
			fmt.Fprintf(stdout, " — %s", f.Description)
		}
		fmt.Fprintln(stdout)
		for range f.Cases {
			res := rep.Results[i]
			i++
			if res.Passed() {
				fmt.Fprintf(stdout, "  ✓ %s\n", res.Case)
				continue
			}
			fmt.Fprintf(stdout, "  ✗ %s\n", res.Case)
			fmt.Fprintln(stdout, indent(res.Message(), "      "))
		}
	}
	fmt.Fprintln(stdout)
	status := 0
	if rep.Failed() > 0 {
		status = 1
	}
	if rep.Coverage.Below(*minimum) {
		fmt.Fprintf(stdout, "Couverture insuffisante%s%d%s%% des branches atteintes, en dessous du minimum de %d%s%%.\n\n",
			french.Colon, rep.Coverage.Percent(), french.NoBreak, *minimum, french.NoBreak)
		status = 1
	}
	fmt.Fprintln(stdout, rep.Table())
	return status
}

// plural writes n and the word that agrees with it: « 1 cas », « 0 réussi », « 2 réussis ».
func plural(n int, one, many string) string {
	if n > 1 {
		return french.Int(int64(n)) + " " + many
	}
	return french.Int(int64(n)) + " " + one
}

// indent prefixes every line of s with prefix.
func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// lines writes the problems of a joined error one a line.
func lines(err error) string {
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return err.Error()
	}
	var out []string
	for _, e := range joined.Unwrap() {
		if _, one := e.(*relancetest.CaseError); one {
			out = append(out, e.Error())
			continue
		}
		out = append(out, lines(e))
	}
	return strings.Join(out, "\n")
}
