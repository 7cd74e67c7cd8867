package relancetest_test

import (
	"testing"

	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/stretchr/testify/require"
)

var sink relancetest.Report
var tableSink string

// BenchmarkCorpus runs the library's corpus as RunWith does, without the
// subtests: load and parse its files, verify every case, and render the
// coverage table.
func BenchmarkCorpus(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		files, err := relancetest.Load(relancetest.Corpus(), "*.json")
		require.NoError(b, err)
		sink = relancetest.Verify(files)
		tableSink = sink.Coverage.Table()
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
