package main

import (
	"bytes"
	"io"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codesFile is a file of projects whose bodies are all given by their official
// codes: an EPCI with one of its communes, a commune with an EPCI, a
// région, a département with an EPCI in it, two EPCI.
const codesFile = `id,porteur,membres,shared-need,themes,practices,start,results,prestations,personnel
c-1,200040715,38185,yes,donnees,code-ouvert,2021-04-01,2022-06-30,120000,30000
c-2,38185,243800984,yes,services,accessibilite;langage-simple;mobile,2021-04-01,2022-06-30,80000,
c-3,R84,,no,cooperation,,2021-05-01,2022-09-30,50000,5000
c-4,38,200040715;243800984,yes,donnees,code-ouvert,2021-04-01,2022-06-30,200000,
c-5,243800984,200040715,,services,,2021-06-01,2022-06-30,,12000
`

// described is the example file without its projects given by code.
var described = func() string {
	var b strings.Builder
	for l := range strings.Lines(example) {
		if f := strings.Split(l, ","); f[colPorteur] == "" || f[0] == "id" {
			b.WriteString(l)
		}
	}
	return b.String()
}()

// generated is an input of n projects, made row by row as it is read: the
// header of a file, then its projects over and over, each with an id of
// its own. It holds one row at a time, so that a test of a large input
// measures the program's memory, not the test's.
type generated struct {
	n, i    int      // projects to write, projects written
	rows    []string // the file's projects, without their ids
	pending []byte   // what is left of the current row
}

// newGenerated returns n projects of file, a CSV file whose first column
// is the id.
func newGenerated(n int, file string) *generated {
	lines := strings.Split(strings.TrimSuffix(file, "\n"), "\n")
	g := &generated{n: n, pending: []byte(lines[0] + "\n")}
	for _, l := range lines[1:] {
		_, rest, _ := strings.Cut(l, ",")
		g.rows = append(g.rows, ","+rest+"\n")
	}
	return g
}

func (g *generated) Read(p []byte) (int, error) {
	if len(g.pending) == 0 {
		if g.i == g.n {
			return 0, io.EOF
		}
		g.pending = strconv.AppendInt(append(g.pending[:0], 'p'), int64(g.i), 10)
		g.pending = append(g.pending, g.rows[g.i%len(g.rows)]...)
		g.i++
	}
	n := copy(p, g.pending)
	g.pending = g.pending[n:]
	return n, nil
}

// lines counts the lines written to it and keeps the last one.
type lines struct {
	n    int
	last []byte
}

func (l *lines) Write(p []byte) (int, error) {
	l.n += bytes.Count(p, []byte("\n"))
	if i := bytes.LastIndexByte(bytes.TrimSuffix(p, []byte("\n")), '\n'); i >= 0 {
		l.last = append(l.last[:0], p[i+1:]...)
	} else {
		l.last = append(l.last, p...)
	}
	return len(p), nil
}

// TestLarge orients twenty thousand projects, of the example file and of
// projects given by code: every one gives its four rows, in order, none is
// refused, and the progress is told every 5 000. BenchmarkLarge times a
// hundred thousand.
func TestLarge(t *testing.T) {
	const n = 20_000
	for _, tt := range []struct{ name, file, last string }{
		{"the example file", example, "20001,p19999,2021-03-01,cooperation,session-1,ineligible,"},
		{"bodies by code", codesFile, "20001,p19999,2021-03-01,cooperation,session-1,"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out lines
			var stderr bytes.Buffer
			require.Equal(t, 0, run([]string{"-in", "-", "-progress", "5000"}, newGenerated(n, tt.file), &out, &stderr), stderr.String())
			assert.Equal(t, 1+4*n, out.n)
			assert.True(t, strings.HasPrefix(string(out.last), tt.last), string(out.last))
			assert.Equal(t, `lot: 5^000 projects read…
lot: 10^000 projects read…
lot: 15^000 projects read…
lot: 20^000 projects read…
lot: 20^000 projects read, 0 refused, 80^000 rows written
`, french.Visible(stderr.String()))
		})
	}
}

// peak discards what is written to it, and keeps the most memory that the
// heap's objects took at any write.
type peak struct {
	sample []metrics.Sample
	most   uint64
}

func newPeak() *peak {
	return &peak{sample: []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}}
}

func (p *peak) Write(b []byte) (int, error) {
	metrics.Read(p.sample)
	p.most = max(p.most, p.sample[0].Value.Uint64())
	return len(b), nil
}

// TestMemoryFlat checks that the program's memory does not grow with its
// input, under the soft limit that the program sets: five times the
// projects, all given by code, take at most 1.5 times the heap at its peak.
func TestMemoryFlat(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(memoryLimit))
	most := func(n int) uint64 {
		runtime.GC()
		p := newPeak()
		require.Equal(t, 0, run([]string{"-in", "-", "-progress", "0"}, newGenerated(n, codesFile), p, io.Discard))
		return p.most
	}
	most(5) // the territories' data, decoded once, which both sizes keep
	small, large := most(5_000), most(25_000)
	t.Logf("the heap's objects at their peak: %.1f MB for 5 000 projects, %.1f MB for 25 000", float64(small)/1e6, float64(large)/1e6)
	assert.Less(t, float64(large)/float64(small), 1.5)
}

func TestDescribed(t *testing.T) {
	assert.Equal(t, 6, strings.Count(described, "\n"), "the header and the five projects described")
	assert.NotContains(t, described, "dossier-6")
}

// BenchmarkLarge measures the program on a hundred thousand projects, from
// the CSV text in to the CSV text out; ns/op is the time of the whole file:
// the example file's projects, two of seven by code; those of them that
// give no code, which never read the territories' data; and projects whose
// bodies are all given by code. The territories' data is decoded once in
// the process, by the first run that meets a code.
func BenchmarkLarge(b *testing.B) {
	const n = 100_000
	for _, bb := range []struct{ name, file string }{
		{"example", example},
		{"described", described},
		{"codes", codesFile},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if status := run([]string{"-in", "-", "-progress", "0"}, newGenerated(n, bb.file), io.Discard, io.Discard); status != 0 {
					b.Fatalf("status %d", status)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/project")
		})
	}
}
