package relancetest_test

import (
	"errors"
	"math"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// This file holds the hostile case files of the growth tests and of the
// benchmarks: each costs time linear in its size, and every problem in it
// is reported in a short message.

// join returns the n items that item writes, separated by commas.
func join(n int, item func(i int) string) string {
	items := make([]string, n)
	for i := range items {
		items[i] = item(i)
	}
	return strings.Join(items, ", ")
}

// brokenFile returns a case file of one case whose project has n members
// whose population is not a number, and which declares n facts that are no
// facts: 2n problems, n of them values that did not decode, which every
// check of what a value means must look past.
func brokenFile(n int) []byte {
	return []byte(`{"format": "numerique/cas/2", "cases": [{"name": "Cas", "date": "2021-03-01", "invalid": [` +
		join(n, func(i int) string { return `"Nope` + strconv.Itoa(i) + `"` }) +
		`], "project": {"members": [` +
		join(n, func(int) string { return `{"population": "x"}` }) +
		`]}, "expect": {"donnees": {"verdict": "eligible"}}}]}`)
}

// catalogueFile returns a case file that says "catalogue": true and defines
// n schemes, with n/8 cases (at least one), each oriented among the
// catalogue and all n, and each expecting something of one of them.
func catalogueFile(n int) []byte {
	return []byte(`{"format": "numerique/cas/2", "catalogue": true, "schemes": [` +
		join(n, func(i int) string {
			return `{"id": "fonds-` + strconv.Itoa(i) + `", "name": "Fonds", "sessions": [{"id": "s", "name": "Session",
			"calendar": {"phases": [{"id": "p", "name": "Dépôt", "window": "2021-01-01/2021-12-31"}]},
			"intake": "p", "rules": {"applicants": ["commune"]}}]}`
		}) +
		`], "cases": [` +
		join(max(1, n/8), func(i int) string {
			id := strconv.Itoa(i)
			return `{"name": "Cas ` + id + `", "date": "2021-03-01", "expect": {"fonds-` + id + `": {"verdict": "undetermined"}}}`
		}) +
		`]}`)
}

// invalidFile returns a case file of one case whose project has n members
// of negative population, which the case declares invalid: the validation
// of the project reports n problems, and Verify compares their paths with
// those the case declares.
func invalidFile(n int) []byte {
	return []byte(`{"format": "numerique/cas/2", "cases": [{"name": "Cas", "date": "2021-03-01", "invalid": [` +
		join(n, func(i int) string { return `"Members[` + strconv.Itoa(i) + `].Population"` }) +
		`], "project": {"lead": {"id": "c", "kind": "commune", "population": 1000}, "members": [` +
		join(n, func(i int) string { return `{"id": "m` + strconv.Itoa(i) + `", "kind": "commune", "population": -1}` }) +
		`]}, "expect": {"donnees": {"verdict": "ineligible"}}}]}`)
}

// factsFile returns a case file of one case that states n facts of the
// criterion ampleur, none of which is a fact of a criterion, and n of
// criteria that the scheme does not judge: 2n problems.
func factsFile(n int) []byte {
	return []byte(`{"format": "numerique/cas/2", "cases": [{"name": "Cas", "date": "2021-03-01", "expect": {"donnees": {"facts": {"ampleur": {` +
		join(n, func(i int) string { return `"fait-` + strconv.Itoa(i) + `": 1` }) + `}, ` +
		join(n, func(i int) string { return `"critere-` + strconv.Itoa(i) + `": {"covered": 1}` }) +
		`}}}}]}`)
}

// longest returns the length of the longest message among the problems
// that err reports, one a line as errors.Join writes them; 0 for nil.
func longest(err error) int {
	if err == nil {
		return 0
	}
	n := 0
	for _, line := range strings.Split(err.Error(), "\n") {
		n = max(n, len(line))
	}
	return n
}

// timeRatio returns how many times longer large takes than small, each
// timed by the fastest of a few runs, after a garbage collection and with
// the collector off: the least disturbed by the other work of the machine,
// and by collections that the larger input would trigger and the smaller
// not. It measures up to three times, and returns the first ratio within
// limit, or the least: noise makes a ratio larger now and then, never
// smaller, so that a quadratic cost (a ratio of 64 for 8 times the input)
// fails every time.
func timeRatio(small, large func(), limit float64) float64 {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	fastest := func(f func()) time.Duration {
		best := time.Duration(1<<63 - 1)
		for range 5 {
			runtime.GC()
			start := time.Now()
			f()
			best = min(best, time.Since(start))
		}
		return best
	}
	least := math.Inf(1)
	for range 3 {
		least = min(least, float64(fastest(large))/float64(fastest(small)))
		if least <= limit {
			break
		}
	}
	return least
}

// hostile are the hostile files: the smaller size of the growth test (8
// times less than the larger), the sizes of the benchmark, and how to make
// the file of size n and what to run on it, which returns the problems.
var hostile = []struct {
	name  string
	small int
	sizes []int
	setup func(n int) (data []byte, run func() error)
}{
	{"broken", 1_000, []int{250, 2_000, 16_000}, parsing(brokenFile)},
	{"catalogue", 64, []int{128, 1_024, 8_192}, parsing(catalogueFile)},
	{"verify", 2_000, []int{500, 4_000, 32_000}, verifying(invalidFile)},
	{"facts", 1_000, []int{250, 2_000, 16_000}, parsing(factsFile)},
}

// parsing returns the setup of a file that Parse refuses, or accepts.
func parsing(file func(n int) []byte) func(n int) ([]byte, func() error) {
	return func(n int) ([]byte, func() error) {
		data := file(n)
		return data, func() error {
			_, err := relancetest.Parse("cas.json", data)
			return err
		}
	}
}

// verifying returns the setup of a valid file whose cases Verify runs:
// what the validation of each project reported.
func verifying(file func(n int) []byte) func(n int) ([]byte, func() error) {
	return func(n int) ([]byte, func() error) {
		data := file(n)
		f, err := relancetest.Parse("cas.json", data)
		if err != nil {
			panic(err)
		}
		return data, func() error {
			var errs []error
			for _, r := range relancetest.Verify([]relancetest.File{f}).Results {
				if !r.Passed() {
					return errors.New(r.Message())
				}
				errs = append(errs, r.Invalid)
			}
			return errors.Join(errs...)
		}
	}
}

// TestHostileGrowth runs each hostile file at two sizes, 8 times apart, and
// checks that the time grows as the input, within a generous ratio (3 × 8)
// that quadratic time (64) breaks, and the allocations too (1.5 × 8). Under
// the race detector it counts the allocations alone.
func TestHostileGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("measures time")
	}
	const factor = 8
	for _, h := range hostile {
		t.Run(h.name, func(t *testing.T) {
			small, runSmall := h.setup(h.small)
			large, runLarge := h.setup(factor * h.small)
			run := func(f func() error) func() { return func() { _ = f() } }
			allocs := testing.AllocsPerRun(2, run(runLarge)) / testing.AllocsPerRun(2, run(runSmall))
			assert.LessOrEqual(t, allocs, 1.5*factor, "allocations ×%.1f", allocs)
			if race {
				return
			}
			ratio := timeRatio(run(runSmall), run(runLarge), 3*factor)
			t.Logf("%s: %d and %d bytes: allocations ×%.1f, time ×%.1f", h.name, len(small), len(large), allocs, ratio)
			assert.LessOrEqual(t, ratio, 3.0*factor, "time")
		})
	}
}

// TestHostileMessages checks that every problem of each hostile file is
// reported, in a short message.
func TestHostileMessages(t *testing.T) {
	_, run := parsing(brokenFile)(100)
	err := run()
	require.ErrorIs(t, err, relancetest.ErrWrongType)
	require.ErrorIs(t, err, relancetest.ErrUnknownFact)
	assert.Len(t, err.(interface{ Unwrap() []error }).Unwrap(), 200, "each wrong value and each unknown fact")
	assert.Less(t, longest(err), 300)

	_, run = parsing(factsFile)(100)
	err = run()
	require.ErrorIs(t, err, relancetest.ErrUnknownKey)
	require.ErrorIs(t, err, relancetest.ErrUnknownCriterion)
	assert.Len(t, err.(interface{ Unwrap() []error }).Unwrap(), 200, "each fact that is none, and each criterion")
	assert.Less(t, longest(err), 300)

	_, run = parsing(catalogueFile)(64)
	require.NoError(t, run())
	_, run = verifying(invalidFile)(100)
	err = run()
	assert.Len(t, strings.Split(err.Error(), "\n"), 100, "each member's population")
	assert.Less(t, longest(err), 300)
}

// TestCaseErrorBounded gives a case file a megabyte of key, of date, of
// name and of other values, and checks that each problem's message stays
// short while it still quotes the start of the input.
func TestCaseErrorBounded(t *testing.T) {
	megabyte := func(start string) string { return start + strings.Repeat("x", 1<<20-len(start)) }
	key, date, name := megabyte("cle-"), megabyte("2021-03-01"), megabyte("Cas ")
	tests := []struct {
		name  string
		data  string
		start string // what every message quotes of the input
		is    error
	}{
		{"a long scheme key in the expectations", file(`"date": "2021-03-01", "expect": {"` + key + `": {"verdict": "eligible"}}`), "cle-", scheme.ErrUnknownScheme},
		{"a long key in the project", file(`"date": "2021-03-01", "project": {"` + key + `": 1}, "expect": {"donnees": {"verdict": "eligible"}}`), "cle-", relancetest.ErrUnknownKey},
		{"a long key in the project, a wrong value under it", file(`"date": "2021-03-01", "project": {"lead": {"` + key + `": {"a": 1}}}, "expect": {"donnees": {"verdict": "eligible"}}`), "cle-", relancetest.ErrUnknownKey},
		{"a long criterion", file(`"date": "2021-03-01", "expect": {"donnees": {"criteria": {"` + key + `": "met"}}}`), "cle-", relancetest.ErrUnknownCriterion},
		{"a long branch rule", file(`"date": "2021-03-01", "expect": {"donnees": {"branches": {"` + key + `": "x"}}}`), "cle-", relancetest.ErrUnknownCriterion},
		{"a long date", file(`"date": "` + date + `", "expect": {"donnees": {"verdict": "eligible"}}`), "2021-03-01", calendar.ErrInvalidDate},
		{"a long start date", file(`"date": "2021-03-01", "project": {"start": "` + date + `"}, "expect": {"donnees": {"verdict": "eligible"}}`), "2021-03-01", calendar.ErrInvalidDate},
		{"a long name, twice", `{"format": "numerique/cas/2", "cases": [{"name": "` + name + `", ` + valid + `}, {"name": "` + name + `", ` + valid + `}]}`, "Cas ", relancetest.ErrDuplicate},
		{"a long format", `{"format": "` + key + `", "cases": [{"name": "Cas", ` + valid + `}]}`, "cle-", relancetest.ErrFormat},
		{"a long session", file(`"date": "2021-03-01", "expect": {"donnees": {"session": "` + key + `"}}`), "cle-", relancetest.ErrUnknownSession},
		{"a long branch", file(`"date": "2021-03-01", "expect": {"donnees": {"branches": {"ampleur": "` + key + `"}}}`), "cle-", relancetest.ErrUnknownBranch},
		{"a long fact", file(`"date": "2021-03-01", "invalid": ["` + key + `"], "expect": {"donnees": {"missing": ["` + key + `"]}}`), "cle-", relancetest.ErrUnknownFact},
		{"a long scheme ID, and a criterion under it", `{"format": "numerique/cas/2", "schemes": [{"id": "` + key + `", "sessions": [{"id": "s",
			"calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-12-31"}]}, "intake": "p", "rules": {"applicants": ["commune"]}}]}],
			"cases": [{"name": "Cas", "date": "2021-03-01", "expect": {"` + key + `": {"criteria": {"ampleurr": "met"}}}}]}`, "cle-", relancetest.ErrUnknownCriterion},
		{"a long scheme ID in a bad definition", `{"format": "numerique/cas/2", "schemes": [{"id": "` + key + `", "sessions": [{"id": "s",
			"calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-12-31"}]}, "intake": "p", "rules": {"applicants": ["commune"], "threshold": -1}}]}],
			"cases": [{"name": "Cas", "date": "2021-03-01", "expect": {"donnees": {"verdict": "eligible"}}}]}`, "schemes[0]", scheme.ErrInvalidDefinition},
		{"a long amount", file(`"date": "2021-03-01", "expect": {"donnees": {"grant": "1` + strings.Repeat("0", 1<<20) + `"}}`), "1000", cost.ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := relancetest.Parse("cas.json", []byte(tt.data))
			require.ErrorIs(t, err, tt.is)
			problems := []error{err}
			if joined, ok := err.(interface{ Unwrap() []error }); ok {
				problems = joined.Unwrap()
			}
			for _, p := range problems {
				msg := p.Error()
				assert.Less(t, len(msg), 400, msg)
				assert.Contains(t, msg, tt.start, "quotes the start of the input")
			}
		})
	}
}
