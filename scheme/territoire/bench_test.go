package territoire

import (
	"fmt"
	"math"
	"runtime"
	"testing"
	"time"

	"github.com/planrelance/numerique/internal/growth"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The sinks keep the compiler from optimising the benchmarks away.
var (
	sinkTables *tables
	sinkNames  names
	sinkBody   scheme.Body
	sinkBodies []scheme.Body
	sinkErr    error
)

// BenchmarkDecode is the first use of the package: decoding the embedded
// data into every table; and with the index of names, as the first Search
// builds it.
func BenchmarkDecode(b *testing.B) {
	for _, search := range []bool{false, true} {
		name := "tables"
		if search {
			name = "tables and index of names"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				t, err := decode(dataTSV)
				if err != nil {
					b.Fatal(err)
				}
				if search {
					sinkNames = t.names()
				}
				sinkTables = t
			}
		})
	}
}

// benchCodes are codes of each kind, in the forms that Lookup reads.
var benchCodes = []struct{ name, code string }{
	{"commune", "38185"},
	{"commune of Corse, lower case", "2a004"},
	{"EPCI", "200040715"},
	{"EPCI, digits grouped", "200 040 715"},
	{"département", "38"},
	{"région", "R84"},
	{"région of a collectivité unique", "R02"},
	{"collectivité d'outre-mer", "977"},
}

func BenchmarkLookup(b *testing.B) {
	if _, err := load(); err != nil {
		b.Fatal(err)
	}
	for _, c := range benchCodes {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBody, sinkErr = Lookup(c.code)
			}
		})
	}
}

func BenchmarkLookupUnknown(b *testing.B) {
	for _, code := range []string{"38999", "Grenoble"} {
		b.Run(code, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBody, sinkErr = Lookup(code)
			}
		})
	}
}

func BenchmarkMembers(b *testing.B) {
	for _, siren := range []string{
		"200040715", // Grenoble-Alpes-Métropole, 49 communes
		"200054781", // Métropole du Grand Paris, 131 communes
		"200067106", // CA du Pays Basque, 158 communes, the most
	} {
		b.Run(siren, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBodies, sinkErr = Members(siren)
			}
		})
	}
}

// searchQueries are names that Search is timed on: common and rare, short
// and long, found exactly, as a prefix, inside names, or nowhere.
var searchQueries = []string{
	"Grenoble", "paris", "saint", "Saint-Martin", "e", "a", "ee", "sur",
	"métropole", "zzz", "qx", "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
	"communauté de communes du pays de", "L'Abergement-Clémenciat",
}

func BenchmarkSearch(b *testing.B) {
	if _, err := load(); err != nil {
		b.Fatal(err)
	}
	for _, q := range searchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBodies = Search(q)
			}
		})
	}
}

// TestMemory checks the memory that the decoded tables keep, as the
// package documentation states it: the live heap after decoding, less the
// live heap before, about 2.2 MB; and after the first Search, which builds
// the index of names, about 1.3 MB more.
func TestMemory(t *testing.T) {
	live := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := live()
	tb, err := decode(dataTSV)
	require.NoError(t, err)
	decoded := live()
	x := tb.names()
	searched := live()
	runtime.KeepAlive(tb)
	runtime.KeepAlive(x)
	tables, index := float64(decoded-before)/1e6, float64(searched-decoded)/1e6
	t.Logf("memory after decoding: %.2f MB; the index of names: %.2f MB more", tables, index)
	assert.InDelta(t, 2.2, tables, 0.3)
	assert.InDelta(t, 1.3, index, 0.2)
}

// The allocation budgets of the hot paths, once the data is decoded:
// Lookup allocates nothing, Members and Search their result only, Complete
// of a few bodies three small slices.
func TestAllocations(t *testing.T) {
	_ = tablesT(t)
	for _, c := range benchCodes {
		assert.Zero(t, testing.AllocsPerRun(100, func() { sinkBody, sinkErr = Lookup(c.code) }), c.name)
	}
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { sinkBodies, sinkErr = Members("200054781") }))
	for _, q := range searchQueries {
		assert.LessOrEqual(t, testing.AllocsPerRun(10, func() { sinkBodies = Search(q) }), 1.0, q)
	}
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { sinkBodies = All(scheme.Region) }))
	// Complete of a few bodies: the project's copy, the bodies found and
	// the count of each territory's communes, no set of the data's size.
	for _, p := range []scheme.Project{batchRow, fourBodies} {
		assert.Equal(t, 3.0, testing.AllocsPerRun(100, func() { sinkProject, sinkErr = Complete(p) }))
	}
}

// The sinks of the benchmarks of Complete.
var (
	sinkProject scheme.Project
	sinkOverlap int
	sinkWhole   bool
)

// fourBodies is a project of four bodies by code: a métropole, one of its
// communes, a neighbouring CA and their département, whose 512 communes
// Complete reads.
var fourBodies = project("200040715", "38185", "243800984", "38")

// batchRow is the project of a row of examples/lot: a métropole and one of
// its communes, whose 49 communes Complete reads.
var batchRow = project("200040715", "38185")

// communesProject returns a project of the first n communes of the data, in
// code order, given by their codes.
func communesProject(tb testing.TB, n int) scheme.Project {
	all := All(scheme.Commune)
	if n > len(all) {
		tb.Fatalf("%d communes, want %d", len(all), n)
	}
	p := scheme.Project{Lead: scheme.Body{ID: all[0].ID}}
	for _, c := range all[1:n] {
		p.Members = append(p.Members, scheme.Body{ID: c.ID})
	}
	return p
}

func BenchmarkComplete(b *testing.B) {
	if _, err := load(); err != nil {
		b.Fatal(err)
	}
	b.Run("4 bodies", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkProject, sinkErr = Complete(fourBodies)
		}
	})
	b.Run("an EPCI and a commune", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkProject, sinkErr = Complete(batchRow)
		}
	})
	// No département has 1 000 communes: the Pas-de-Calais has the most,
	// 890, all of them given with the département answered Yes.
	var pdc scheme.Project
	for _, c := range All(scheme.Commune) {
		if c.DepartementCode == "62" {
			pdc.Members = append(pdc.Members, scheme.Body{ID: c.ID})
		}
	}
	pdc.Lead, pdc.Members = pdc.Members[0], pdc.Members[1:]
	b.Run("890 communes of the Pas-de-Calais", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkProject, sinkErr = Complete(pdc)
		}
	})
	// The sizes take the communes in code order, from the Ain.
	for _, n := range []int{10, 40, 1000, 8000, 35000} {
		p := communesProject(b, n)
		b.Run(fmt.Sprintf("%d communes", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkProject, sinkErr = Complete(p)
			}
		})
	}
}

// BenchmarkUnion compares the two ways in which Complete counts the
// communes of the bodies once: by asking the bodies before each commune
// whether they hold it (scan), as it does up to scanChecks questions, and
// by marking them in a bit set of every commune (marks), as it does beyond.
func BenchmarkUnion(b *testing.B) {
	tb, err := load()
	if err != nil {
		b.Fatal(err)
	}
	for _, bb := range []struct {
		name string
		p    scheme.Project
	}{
		{"an EPCI and a commune", batchRow},
		{"4 bodies", fourBodies},
		{"64 communes", communesProject(b, 64)},
		{"100 communes", communesProject(b, 100)},
	} {
		c := completion{t: tb}
		c.body(-1, &bb.p.Lead)
		for i := range bb.p.Members {
			c.body(i, &bb.p.Members[i])
		}
		b.Logf("%s: questions: %d", bb.name, c.order())
		b.Run("scan/"+bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkOverlap, sinkWhole = c.unionScan()
			}
		})
		b.Run("marks/"+bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkOverlap, sinkWhole = c.unionMarks()
			}
		})
	}
}

// TestCompleteGrowth checks that Complete costs memory and time linear in
// the number of bodies: eight times the bodies allocate at most twelve times
// the bytes, 1.5 times linear, where a quadratic cost would take sixty-four;
// and, without the race detector, whose instrumentation of memory distorts
// times, take at most sixteen times as long, twice linear: the larger
// project, whose bodies outgrow the processor's caches, takes 8 to 12.5
// times as long on a loaded machine of two processors. Both sizes are timed
// in turn, in ten short rounds of as many communes each, and keep their
// fastest round, so that a burst of load on the machine does not fall on
// one size only.
func TestCompleteGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("times benchmarks")
	}
	_ = tablesT(t)
	small, large := communesProject(t, 1000), communesProject(t, 8000)
	// run completes p n times, and returns the time and bytes of a call.
	run := func(p scheme.Project, n int) (ns, bytes float64) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		for range n {
			sinkProject, sinkErr = Complete(p)
		}
		ns = float64(time.Since(start).Nanoseconds()) / float64(n)
		runtime.ReadMemStats(&after)
		return ns, float64(after.TotalAlloc-before.TotalAlloc) / float64(n)
	}
	smallNs, largeNs := math.Inf(1), math.Inf(1)
	var smallBytes, largeBytes float64
	for range 10 {
		var ns float64
		ns, smallBytes = run(small, 200)
		smallNs = min(smallNs, ns)
		ns, largeBytes = run(large, 25)
		largeNs = min(largeNs, ns)
	}
	t.Logf("Complete: 1 000 communes %.0f ns, %.0f B; 8 000 communes %.0f ns, %.0f B: ×%.1f, ×%.1f",
		smallNs, smallBytes, largeNs, largeBytes, largeNs/smallNs, largeBytes/smallBytes)
	assert.Less(t, largeBytes/smallBytes, 12.0)
	if !growth.Race {
		assert.Less(t, largeNs/smallNs, 16.0)
	}
}
