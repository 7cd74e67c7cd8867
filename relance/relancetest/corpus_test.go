package relancetest_test

import (
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCorpus runs the library's own cases and fails when one of them fails
// or when a branch of a rule is left uncovered: CI runs it.
func TestCorpus(t *testing.T) {
	rep := relancetest.RunWith(t, "*.json", relancetest.Options{FS: relancetest.Corpus(), MinCoverage: 100})
	assert.GreaterOrEqual(t, len(rep.Results), 60, "the corpus has at least 60 cases")

	var catalogue []string
	funding := make(map[string]bool)
	for _, s := range rep.Coverage.Sessions {
		if slices.Contains(scheme.IDs(), s.Scheme) {
			catalogue = append(catalogue, string(s.Scheme)+"/"+s.Session)
			assert.Equal(t, s.Total(), s.Reached(), "every branch of %s/%s", s.Scheme, s.Session)
		}
		for _, b := range s.Branches {
			assert.False(t, b.Unlisted, "%s/%s %s %s: reached, and not listed by Session.Branches", s.Scheme, s.Session, b.Rule, b.Code)
			if b.Cases > 0 && (b.Rule == relancetest.RuleExclusions || b.Rule == relancetest.RuleCeiling || b.Rule == relancetest.RuleRounding) {
				funding[b.Code] = true
			}
		}
	}
	assert.ElementsMatch(t, []string{
		"incubateur-territoires/consultation-2021",
		"services-usagers/session-1", "services-usagers/session-2",
		"donnees/session-1", "donnees/session-2",
		"cooperation/session-1", "cooperation/session-2",
	}, catalogue, "every session of the catalogue is covered")
	for _, code := range []string{
		relancetest.BranchNoExclusion, relancetest.BranchLineExcluded,
		relancetest.BranchBelowCeiling, relancetest.BranchCeilingApplied,
		relancetest.BranchExact, relancetest.BranchRoundedDownToCent, relancetest.BranchRoundedHalfUp,
		relancetest.BranchRoundedHalfEven, relancetest.BranchRoundedDownToEuro,
	} {
		assert.True(t, funding[code], "some case reaches the funding branch %s", code)
	}
}

// TestRunReadsFiles runs the corpus as a test suite would, from its
// directory on disk.
func TestRunReadsFiles(t *testing.T) {
	relancetest.Run(t, "corpus/*.json")
}

// sources returns the tags of the sources that a case may cite: those of
// scheme.Sources, and DECOUPAGE, the populations légales of package
// scheme/territoire (@etalab/decoupage-administratif, named in its data).
func sources() []string {
	tags := []string{"DECOUPAGE"}
	for _, s := range scheme.Sources() {
		tags = append(tags, s.Tag)
	}
	return tags
}

var tag = regexp.MustCompile(`\[(seed|choice|src ([A-Za-z0-9-]+(, )?)+)\]`)

// TestCorpusCitesItsSources checks that every case of the corpus cites the
// text it comes from, by the tag of a source the module ships.
func TestCorpusCitesItsSources(t *testing.T) {
	sources := sources()
	files, err := relancetest.Load(relancetest.Corpus(), "*.json")
	require.NoError(t, err)
	for _, f := range files {
		assert.NotEmpty(t, f.Description, f.Name)
		for _, c := range f.Cases {
			tags := tag.FindAllStringSubmatch(c.Source, -1)
			assert.NotEmpty(t, tags, "%s: %q cites no source", f.Name, c.Name)
			for _, m := range tags {
				src, ok := strings.CutPrefix(m[1], "src ")
				if !ok {
					continue
				}
				for _, s := range strings.Split(src, ", ") {
					assert.Contains(t, sources, s, "%s: %q cites an unknown source", f.Name, c.Name)
				}
			}
		}
	}
}

// TestCorpusIsTheDirectory checks that Corpus serves the files of the
// directory corpus.
func TestCorpusIsTheDirectory(t *testing.T) {
	embedded, err := fs.Glob(relancetest.Corpus(), "*.json")
	require.NoError(t, err)
	onDisk, err := fs.Glob(os.DirFS("corpus"), "*.json")
	require.NoError(t, err)
	assert.Equal(t, onDisk, embedded)
	for _, name := range embedded {
		a, err := fs.ReadFile(relancetest.Corpus(), name)
		require.NoError(t, err)
		b, err := os.ReadFile("corpus/" + name)
		require.NoError(t, err)
		assert.Equal(t, b, a, name)
	}
}
