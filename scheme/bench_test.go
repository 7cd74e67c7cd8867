package scheme

import (
	"math"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/stretchr/testify/assert"
)

// The sinks keep the compiler from optimising the benchmarks away.
var (
	sinkEligibility   Eligibility
	sinkEligibilities []Eligibility
	sinkSchemes       []Scheme
	sinkScheme        Scheme
	sinkString        string
	sinkErr           error
)

// benchProjects are the inputs of the Check benchmarks, built outside the
// timed loops.
func benchProjects() map[string]Project {
	eligible := eligibleFor(Donnees)

	undetermined := eligibleFor(ServicesUsagers)
	undetermined.Lead.Population = 1000
	undetermined.Members = append(undetermined.Members, Body{Kind: Commune}, Body{Kind: EPCI})
	undetermined.Departement = Unanswered
	undetermined.Practices = nil
	undetermined.Start = undetermined.Start.AddDays(0)

	many := eligibleFor(Cooperation)
	many.Lead.Population = 1000
	many.Members = make([]Body, 1000)
	for i := range many.Members {
		if i%2 == 0 {
			many.Members[i] = Body{ID: strconv.Itoa(i), Kind: Commune, Population: 10}
		} else {
			many.Members[i] = Body{ID: strconv.Itoa(i), Kind: Commune}
		}
	}
	return map[string]Project{
		"eligible":                  eligible,
		"undetermined":              undetermined,
		"zero":                      {},
		"1000 members, 500 unknown": many,
	}
}

// checkAllocBudget is the most allocations Scheme.Check may make, whatever
// the project and however many members it has: the criteria, the rare facts
// that some reasons quote (invalid values, missing populations), the missing
// facts, one string holding the paths of the members whose population is
// missing, and, past 16 members, the order in which the bodies are sorted to
// count each once.
const checkAllocBudget = 5

func TestCheckAllocations(t *testing.T) {
	projects := benchProjects()
	for _, s := range All() {
		for name, p := range projects {
			for _, on := range []string{"first", "second"} {
				d := inFirst
				if on == "second" {
					d = inSecond
				}
				allocs := testing.AllocsPerRun(20, func() {
					sinkEligibility = s.Check(p, d)
				})
				if allocs > checkAllocBudget {
					t.Errorf("%s, %s, %s session: %.0f allocations, budget %d", s.ID(), name, on, allocs, checkAllocBudget)
				}
			}
		}
	}
}

// checkBytesBudget is the most bytes a check of an eligible project of
// ordinary size may allocate: its criteria, 48 bytes each, and nothing
// else — no reason is written until asked for.
const checkBytesBudget = 288

// checkAllAllocBudget is the most allocations CheckAll may make, whatever
// the project and however many members it has: those of a check, shared by
// all the schemes, and the eligibilities.
const checkAllAllocBudget = checkAllocBudget + 1

func TestCheckAllAllocations(t *testing.T) {
	for name, p := range benchProjects() {
		for _, on := range []calendar.Date{inFirst, inSecond} {
			allocs := testing.AllocsPerRun(20, func() {
				sinkEligibilities = CheckAll(p, on)
			})
			if allocs > checkAllAllocBudget {
				t.Errorf("%s, %s: %.0f allocations, budget %d", name, on, allocs, checkAllAllocBudget)
			}
		}
	}
}

// checkAllBytesBudget is the most bytes CheckAll may allocate for an
// eligible project of ordinary size: the criteria of the four schemes, 21
// of 48 bytes in a block of 1 024, and the four eligibilities, 96 bytes
// each.
const checkAllBytesBudget = 1408

func TestCheckAllBytes(t *testing.T) {
	for _, id := range IDs() {
		p := eligibleFor(id)
		for _, on := range []calendar.Date{inFirst, inSecond} {
			bytes := bytesPerRun(100, func() {
				sinkEligibilities = CheckAll(p, on)
			})
			if bytes > checkAllBytesBudget {
				t.Errorf("%s, %s: %d bytes, budget %d", id, on, bytes, checkAllBytesBudget)
			}
		}
	}
}

func TestCheckBytes(t *testing.T) {
	for _, s := range All() {
		p := eligibleFor(s.ID())
		for _, d := range []calendar.Date{inFirst, inSecond} {
			e := s.Check(p, d)
			if len(e.Criteria) != cap(e.Criteria) {
				t.Errorf("%s, %s: %d criteria in room for %d", s.ID(), d, len(e.Criteria), cap(e.Criteria))
			}
			bytes := bytesPerRun(100, func() {
				sinkEligibility = s.Check(p, d)
			})
			if bytes > checkBytesBudget {
				t.Errorf("%s, %s: %d bytes, budget %d", s.ID(), d, bytes, checkBytesBudget)
			}
		}
	}
}

// bytesPerRun returns the average number of bytes that f allocates per
// call, the way testing.AllocsPerRun counts allocations.
func bytesPerRun(runs int, f func()) uint64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f() // warm up
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.TotalAlloc - before.TotalAlloc) / uint64(runs)
}

func BenchmarkCheck(b *testing.B) {
	s := mustGet(b, ServicesUsagers)
	for name, p := range benchProjects() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkEligibility = s.Check(p, inFirst)
			}
		})
	}
}

func BenchmarkCheckAllSchemes(b *testing.B) {
	all := All()
	p := eligibleFor(Donnees)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range all {
			sinkEligibility = s.Check(p, inSecond)
		}
	}
}

func BenchmarkCheckAll(b *testing.B) {
	p := eligibleFor(Donnees)
	b.ReportAllocs()
	for b.Loop() {
		sinkEligibilities = CheckAll(p, inSecond)
	}
}

func BenchmarkAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkSchemes = All()
	}
}

func BenchmarkExplain(b *testing.B) {
	e := mustGet(b, Incubateur).Check(Project{}, inFirst)
	b.ReportAllocs()
	for b.Loop() {
		sinkString = e.Explain()
	}
}

// BenchmarkHostileMembers judges projects of 10, 1 000 and 100 000
// members, half of whose populations are missing, against the catalogue,
// after validating them, as relance.Orient does: the time grows linearly
// with the members, the sort that finds bodies counted twice aside
// (n log n, past 16 members).
func BenchmarkHostileMembers(b *testing.B) {
	for _, n := range []int{10, 1000, 100000} {
		p := eligibleFor(Donnees)
		p.Members = make([]Body, n)
		for i := range p.Members {
			p.Members[i] = Body{Name: "Commune " + strconv.Itoa(i), Kind: Commune, Population: i % 2 * 1000}
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkErr = p.Validate()
				sinkEligibilities = CheckAll(p, inFirst)
			}
		})
	}
}

// TestCheckOverlapAllocations checks that an overlap of 0 costs nothing and
// that one given costs one allocation, shared by the criteria of a check:
// the facts its reason quotes.
func TestCheckOverlapAllocations(t *testing.T) {
	p := eligibleFor(Donnees)
	without := testing.AllocsPerRun(20, func() { sinkEligibilities = CheckAll(p, inFirst) })
	p.Overlap = 1000
	with := testing.AllocsPerRun(20, func() { sinkEligibilities = CheckAll(p, inFirst) })
	assert.Equal(t, float64(2), without, "an eligible project: the eligibilities and their criteria")
	assert.Equal(t, without+1, with)
}

// hostileDefinition returns a definition whose checks grow with n: for
// "sessions", n sessions of distinct IDs, which New builds; for "lists", one
// session whose applicants, themes and excluded themes are n times the same
// value, an excluded one that is not funded, which New refuses.
func hostileDefinition(family string, n int) Definition {
	d := testDefinition("Appel", Rules{Applicants: []Kind{Commune}})
	switch family {
	case "sessions":
		s := d.Sessions[0]
		d.Sessions = make([]SessionDefinition, n)
		for i := range d.Sessions {
			d.Sessions[i] = s
			d.Sessions[i].ID = "appel-" + strconv.Itoa(i)
		}
	case "lists":
		r := &d.Sessions[0].Rules
		r.Applicants = slices.Repeat([]Kind{Commune}, n)
		r.Themes = slices.Repeat([]Theme{ThemeDonnees}, n)
		r.ExcludedThemes = slices.Repeat([]Theme{ThemeFormation}, n)
	}
	return d
}

// TestNewGrowth checks that New takes time linear in the size of a hostile
// definition: New of 8 times the sessions, or of 8 times the items of its
// lists, takes at most 1.5 times as long as 8 calls of New on the smaller
// one, which allocate as much — where comparing each session ID with every
// earlier one, or each excluded theme with every funded one, took 6 to 7.5
// times as long (48 to 60 times one call). It counts the processor time of
// the process, the fastest of a few runs of each, so that a busy machine
// does not fail the test, with the garbage collector off.
func TestNewGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("times New on large definitions")
	}
	// The collector off: it marks what is live, a whole scheme of 8n
	// sessions at once, and n sessions at a time, which would weigh on the
	// large definition alone.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for _, tt := range []struct {
		family string
		n      int
	}{{"sessions", 2000}, {"lists", 4000}} {
		smallDef, largeDef := hostileDefinition(tt.family, tt.n), hostileDefinition(tt.family, 8*tt.n)
		// The fastest of 7 runs of each, taken in turns, so that the load
		// of the machine weighs on both alike.
		small, large := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
		for range 7 {
			runtime.GC()
			small = min(small, cpuTime(func() {
				for range 8 {
					_, sinkErr = New(smallDef)
				}
			}))
			runtime.GC()
			large = min(large, cpuTime(func() { _, sinkErr = New(largeDef) }))
		}
		ratio := float64(large) / float64(small)
		t.Logf("%s: %.2f", tt.family, ratio)
		assert.LessOrEqual(t, ratio, 1.5, "%s: %d once against %d 8 times: %.2f times as long (%s, %s)", tt.family, 8*tt.n, tt.n, ratio, large, small)
	}
}

// wallTime returns the time that f takes.
func wallTime(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

// BenchmarkNewHostile measures New on hostile definitions of three sizes,
// 8 times apart, for the README's Reliability section: n sessions of
// distinct IDs, and n items in the lists of one session.
func BenchmarkNewHostile(b *testing.B) {
	for _, family := range []string{"sessions", "lists"} {
		for _, n := range []int{500, 4000, 32000} {
			d := hostileDefinition(family, n)
			b.Run(family+"="+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_, sinkErr = New(d)
				}
			})
		}
	}
}

// BenchmarkCheckAllProjects judges, against the catalogue, projects whose
// checks take the paths that allocate: one with every fact missing, one
// with an invalid fact for each criterion, and one of many members whose
// populations are missing.
func BenchmarkCheckAllProjects(b *testing.B) {
	invalid := eligibleFor(ServicesUsagers)
	invalid.Lead.Kind = "mairie"
	invalid.SharedNeed = 7
	invalid.Themes = []Theme{"fibre"}
	invalid.Practices = []Practice{"rgaa"}
	projects := []struct {
		name string
		p    Project
	}{
		{"zero", Project{}},
		{"invalid", invalid},
		{"1000 members, 500 unknown", benchProjects()["1000 members, 500 unknown"]},
	}
	for _, tt := range projects {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkEligibilities = CheckAll(tt.p, inFirst)
			}
		})
	}
}
