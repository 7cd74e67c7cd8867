package relancetest_test

import (
	"strconv"
	"testing"

	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/stretchr/testify/require"
)

var sink relancetest.Report
var tableSink string

// BenchmarkCorpus runs the library's corpus as RunWith does, without the
// subtests: load and parse its files, verify every case, and render the
// coverage table that ends with the summary.
func BenchmarkCorpus(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		files, err := relancetest.Load(relancetest.Corpus(), "*.json")
		require.NoError(b, err)
		sink = relancetest.Verify(files)
		tableSink = sink.Table()
	}
}

// BenchmarkVerify verifies the parsed corpus, with its coverage.
func BenchmarkVerify(b *testing.B) {
	files, err := relancetest.Load(relancetest.Corpus(), "*.json")
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		sink = relancetest.Verify(files)
	}
}

var sinkErr error

// BenchmarkHostile runs each hostile file at three sizes, 8 times apart,
// and reports its size and the longest message of a problem.
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostile {
		for _, n := range h.sizes {
			b.Run(h.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				data, run := h.setup(n)
				b.ReportAllocs()
				for b.Loop() {
					sinkErr = run()
				}
				b.ReportMetric(float64(len(data)), "file-bytes")
				b.ReportMetric(float64(longest(sinkErr)), "longest-message-bytes")
			})
		}
	}
}
