package strictjson_test

import (
	"strconv"
	"testing"

	"github.com/planrelance/numerique/internal/strictjson"
)

var sinkProblems []strictjson.Problem

// BenchmarkDecode decodes documents of 1 000, 8 000 and 64 000 rows, valid
// and hostile (five problems a row, one of them a key of a kilobyte), and
// reports the longest message of a problem at each size.
func BenchmarkDecode(b *testing.B) {
	for _, hostile := range []bool{false, true} {
		for _, n := range []int{1_000, 8_000, 64_000} {
			name := "valid/"
			if hostile {
				name = "hostile/"
			}
			b.Run(name+strconv.Itoa(n), func(b *testing.B) {
				data := document(n, hostile)
				b.ReportAllocs()
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					var v table
					sinkProblems = strictjson.Decode(data, &v, strictjson.Options{})
				}
				longest := 0
				for _, p := range sinkProblems {
					longest = max(longest, len(p.Error()))
				}
				b.ReportMetric(float64(longest), "longest-message-bytes")
			})
		}
	}
}
