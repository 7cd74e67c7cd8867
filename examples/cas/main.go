// Cas runs test cases written as data, the format of package
// relance/relancetest, and prints in French what each gave and which
// branches of the rules they reached.
//
// With no argument it runs the library's own corpus, each case written by a
// reader of the texts:
//
//	go run ./examples/cas
//
// Arguments name case files of your own; -min-coverage fails below a share
// of the branches:
//
//	go run ./examples/cas -min-coverage 100 testdata/*.json
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
	minimum := fs.Int("min-coverage", 0, "the least share of the branches, in percent, that the cases must reach")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: cas [-min-coverage N] [FILE.json …]")
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
	failed := rep.Failed()
	fmt.Fprintf(stdout, "\n%s%s%s, %s\n\n", plural(len(rep.Results), "cas", "cas"), french.Colon,
		plural(len(rep.Results)-failed, "réussi", "réussis"), plural(failed, "en échec", "en échec"))
	fmt.Fprint(stdout, rep.Coverage.Table())

	status := 0
	if failed > 0 {
		status = 1
	}
	if rep.Coverage.Below(*minimum) {
		fmt.Fprintf(stdout, "\nCouverture insuffisante%s%d%s%% des branches atteintes, en dessous du minimum de %d%s%%.\n",
			french.Colon, rep.Coverage.Percent(), french.NoBreak, *minimum, french.NoBreak)
		status = 1
	}
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
