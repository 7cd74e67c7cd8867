package main

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// generated is an input of n projects, made row by row as it is read: the
// header of the example file, then its projects over and over, each with an
// id of its own. It holds one row at a time, so that a test of a large
// input measures the program's memory, not the test's.
type generated struct {
	n, i    int      // projects to write, projects written
	rows    []string // the example's projects, without their ids
	pending []byte   // what is left of the current row
}

func newGenerated(n int) *generated {
	lines := strings.Split(strings.TrimSuffix(example, "\n"), "\n")
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

// TestLarge orients twenty thousand projects: every one gives its four
// rows, in order, none is refused, and the progress is told every 5 000.
// BenchmarkLarge times a hundred thousand.
func TestLarge(t *testing.T) {
	const n = 20_000
	var out lines
	var stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-in", "-", "-progress", "5000"}, newGenerated(n), &out, &stderr), stderr.String())
	assert.Equal(t, 1+4*n, out.n)
	assert.True(t, strings.HasPrefix(string(out.last), "20001,p19999,2021-03-01,cooperation,session-1,ineligible,"), string(out.last))
	assert.Equal(t, `lot~: 5^000 projets lus…
lot~: 10^000 projets lus…
lot~: 15^000 projets lus…
lot~: 20^000 projets lus…
lot~: 20^000 projets lus, 0 refusé, 80^000 lignes écrites
`, french.Visible(stderr.String()))
}

// BenchmarkLarge measures the program on a hundred thousand projects, from
// the CSV text in to the CSV text out; ns/op is the time of the whole file.
func BenchmarkLarge(b *testing.B) {
	const n = 100_000
	b.ReportAllocs()
	for b.Loop() {
		if status := run([]string{"-in", "-", "-progress", "0"}, newGenerated(n), io.Discard, io.Discard); status != 0 {
			b.Fatalf("status %d", status)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/project")
}
