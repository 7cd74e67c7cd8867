package territoire

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
)

// The sinks keep the compiler from optimising the benchmarks away.
var (
	sinkTables *tables
	sinkBody   scheme.Body
	sinkBodies []scheme.Body
	sinkErr    error
)

// BenchmarkDecode is the first use of the package: decoding the embedded
// data into every table, the index of names included.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		t, err := decode(dataTSV)
		if err != nil {
			b.Fatal(err)
		}
		sinkTables = t
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

// TestMemory reports the memory that the decoded tables hold: the live
// heap after decoding, less the live heap before.
func TestMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	tb, err := decode(dataTSV)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(tb)
	t.Logf("memory after decoding: %.1f MB in %d objects", float64(after.HeapAlloc-before.HeapAlloc)/1e6, after.HeapObjects-before.HeapObjects)
}

// The allocation budgets of the hot paths, once the data is decoded:
// Lookup allocates nothing, Members and Search their result only.
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
}

// sinkProject keeps the compiler from optimising Complete away.
var sinkProject scheme.Project

// fourBodies is a project of four bodies by code: a métropole, one of its
// communes, a neighbouring CA and their département, whose 512 communes
// Complete reads.
var fourBodies = project("200040715", "38185", "243800984", "38")

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
	for _, n := range []int{10, 1000, 8000, 35000} {
		p := communesProject(b, n)
		b.Run(fmt.Sprintf("%d communes", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkProject, sinkErr = Complete(p)
			}
		})
	}
}

// TestCompleteGrowth checks that Complete costs memory and time linear in
// the number of bodies: eight times the bodies allocate at most twelve times
// the bytes, 1.5 times linear, where a quadratic cost would take sixty-four;
// and, without the race detector, whose instrumentation of memory distorts
// times, take at most twelve times as long.
func TestCompleteGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("times benchmarks")
	}
	_ = tablesT(t)
	measure := func(n int) (ns, bytes float64) {
		p := communesProject(t, n)
		for range 3 {
			r := testing.Benchmark(func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					sinkProject, sinkErr = Complete(p)
				}
			})
			if v := float64(r.NsPerOp()); ns == 0 || v < ns {
				ns = v
			}
			bytes = float64(r.AllocedBytesPerOp())
		}
		return ns, bytes
	}
	smallNs, smallBytes := measure(1000)
	largeNs, largeBytes := measure(8000)
	t.Logf("Complete: 1 000 communes %.0f ns, %.0f B; 8 000 communes %.0f ns, %.0f B: ×%.1f, ×%.1f",
		smallNs, smallBytes, largeNs, largeBytes, largeNs/smallNs, largeBytes/smallBytes)
	assert.Less(t, largeBytes/smallBytes, 12.0)
	if !raceDetector {
		assert.Less(t, largeNs/smallNs, 12.0)
	}
}
