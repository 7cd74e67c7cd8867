package relancetest

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/internal/quote"
)

// Options change what [RunWith] does. The zero value is what [Run] does.
type Options struct {
	// MinCoverage is the least share of the branches, in percent from 0 to
	// 100, that the cases must reach (Coverage.Below): below it the test
	// fails and names the branches not reached. 0 asks for no minimum;
	// 100 for every branch.
	MinCoverage int
	// FS, when not nil, is the file system in which the pattern is matched
	// (fs.Glob) and the files read, such as an embed.FS or [Corpus]; nil:
	// the files of the operating system, the pattern relative to the
	// working directory of the test, which is its package's directory
	// (filepath.Glob).
	FS fs.FS
	// AllSchemes makes the coverage count the branches of every scheme
	// that a case was oriented among ([VerifyAll]) — the whole catalogue
	// for a case that defines no scheme — rather than of those the cases
	// state expectations about ([Verify]).
	AllSchemes bool
}

// Run runs every case of the files that pattern matches (filepath.Glob,
// relative to the test's package directory: "testdata/*.json") as a subtest
// of t named after the case, then logs the coverage of the rules of the
// schemes the cases state expectations about, ending with the summary of
// the cases (t.Log of [Report.Table]). It is [RunWith] with the zero
// Options.
//
// A case fails when the orientation does not give what it expects: its
// subtest says, in French and in figures, what was expected, what came, and
// the explanation of each option concerned ([Result.Message]). A file that
// cannot be read or parsed fails t itself, with every problem of every file
// ([CaseError]), and no case runs.
func Run(t *testing.T, pattern string) {
	t.Helper()
	RunWith(t, pattern, Options{})
}

// RunWith is [Run] with options, and returns the report of the cases, for
// the caller to look further at the results or the coverage (the zero
// Report when the files could not be loaded). With o.MinCoverage set, t
// fails when the cases reach less than that share of the branches, and
// names those they did not reach, unless some cases did not run because the
// -run flag left them out: the coverage of a part of the cases says nothing
// of the whole. The log of the coverage comes last, after these messages,
// and ends with the summary.
func RunWith(t *testing.T, pattern string, o Options) Report {
	t.Helper()
	return run(realT{t}, pattern, o)
}

// tester is what run needs of a *testing.T, so that the tests of this
// package can watch it fail.
type tester interface {
	Helper()
	Errorf(format string, args ...any)
	Logf(format string, args ...any)
	run(name string, f func(tester)) bool
}

// realT is a *testing.T as a tester.
type realT struct{ *testing.T }

func (r realT) run(name string, f func(tester)) bool {
	return r.T.Run(name, func(t *testing.T) { f(realT{t}) })
}

func run(t tester, pattern string, o Options) Report {
	t.Helper()
	if o.MinCoverage < 0 || o.MinCoverage > 100 {
		t.Errorf("relancetest: run %s: MinCoverage %d: want 0 to 100", quote.Input(pattern), o.MinCoverage)
		return Report{}
	}
	files, err := loadFor(pattern, o.FS)
	if err != nil {
		t.Errorf("%s", errorLines(err))
		return Report{}
	}
	rep := verify(files, o.AllSchemes)
	ran := 0
	for _, res := range rep.Results {
		t.run(res.Case, func(t tester) {
			t.Helper()
			ran++
			if !res.Passed() {
				t.Errorf("%s", res.Message())
			}
		})
	}
	switch {
	case o.MinCoverage == 0:
	case ran < len(rep.Results):
		t.Logf("Couverture non vérifiée%s%d cas sur %d ont été exécutés (-run).", french.Colon, ran, len(rep.Results))
	case rep.Coverage.Below(o.MinCoverage):
		t.Errorf("%s", belowText(rep.Coverage, o.MinCoverage))
	}
	t.Logf("%s", rep.Table())
	return rep
}

// loadFor loads the files that pattern matches in fsys, or on the
// operating system's files when fsys is nil.
func loadFor(pattern string, fsys fs.FS) ([]File, error) {
	if fsys != nil {
		return Load(fsys, pattern)
	}
	names, err := filepath.Glob(pattern)
	if err == nil && len(names) == 0 {
		err = ErrNoMatch
	}
	if err != nil {
		return nil, fmt.Errorf("relancetest: load %s: %w", quote.Input(pattern), err)
	}
	return ReadFiles(names...)
}

// errorLines writes the problems of a joined error one a line.
func errorLines(err error) string {
	if _, one := err.(*CaseError); one {
		return err.Error()
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var lines []string
		for _, e := range joined.Unwrap() {
			lines = append(lines, errorLines(e))
		}
		return strings.Join(lines, "\n")
	}
	return err.Error()
}

// belowText says in French that the coverage is below the minimum, and
// which branches no case reached.
func belowText(c Coverage, minimum int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Couverture des règles insuffisante%s%d branches atteintes sur %d (%d%s%%), en dessous du minimum de %d%s%%. Branches non atteintes%s:\n",
		french.Colon, c.Reached(), c.Total(), c.Percent(), french.NoBreak, minimum, french.NoBreak, french.NoBreak)
	for _, m := range c.Missed() {
		fmt.Fprintf(&b, "  - %s/%s%s%s %s\n", m.Scheme, m.Session, french.Colon, m.Branch.Rule, m.Branch.Code)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
