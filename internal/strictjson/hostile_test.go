package strictjson_test

import (
	"math"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// row is an element of the documents of the growth tests and benchmarks.
type row struct {
	ID     string          `json:"id"`
	Kind   enum            `json:"kind"`
	Count  int             `json:"count"`
	Days   []calendar.Date `json:"days"`
	Nested struct {
		Flag bool `json:"flag"`
	} `json:"nested"`
}

// table is the document of the growth tests and benchmarks.
type table struct {
	Name string `json:"name"`
	Rows []row  `json:"rows"`
}

// document returns a document of n rows, valid, or hostile: every row then
// has an unknown key of a kilobyte, a key given twice, a count given as a
// string, a date that does not exist and a bad kind, five problems a row.
func document(n int, hostile bool) []byte {
	var b strings.Builder
	b.WriteString(`{"name": "table", "rows": [`)
	long := strings.Repeat("k", 1024)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		id := strconv.Itoa(i)
		if hostile {
			b.WriteString(`{"id": "r` + id + `", "` + long + `": 1, "id": "again", "kind": "bad", "count": "` + id + `", "days": ["2021-02-30"], "nested": {"flag": true}}`)
			continue
		}
		b.WriteString(`{"id": "r` + id + `", "kind": "k", "count": ` + id + `, "days": ["2021-03-15", "2021-04-15"], "nested": {"flag": true}}`)
	}
	b.WriteString("]}")
	return []byte(b.String())
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

// TestDecodeGrowth decodes documents of n and 8n rows, valid and hostile,
// and checks that the allocations grow as the input (at most 1.5 × 8), and
// the time too, within a generous ratio (3 × 8) that quadratic time (64)
// breaks. Under the race detector it counts the allocations alone.
func TestDecodeGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("measures time")
	}
	const n, factor = 500, 8
	for _, hostile := range []bool{false, true} {
		small, large := document(n, hostile), document(factor*n, hostile)
		decode := func(data []byte) func() {
			return func() {
				var v table
				ps := strictjson.Decode(data, &v, strictjson.Options{})
				if hostile != (len(ps) > 0) {
					panic("unexpected problems")
				}
			}
		}
		allocs := testing.AllocsPerRun(3, decode(large)) / testing.AllocsPerRun(3, decode(small))
		assert.LessOrEqual(t, allocs, 1.5*factor, "hostile %v: allocations ×%.1f for ×%d", hostile, allocs, factor)
		if race {
			continue
		}
		ratio := timeRatio(decode(small), decode(large), 3*factor)
		t.Logf("hostile %v: allocations ×%.1f, time ×%.1f for ×%d", hostile, allocs, ratio, factor)
		assert.LessOrEqual(t, ratio, 3.0*factor, "hostile %v: time ×%.1f for ×%d", hostile, ratio, factor)
	}
}

// TestDecodeHostileMessages checks that every problem of a hostile document
// is reported, five a row, each in a short message.
func TestDecodeHostileMessages(t *testing.T) {
	const n = 100
	var v table
	ps := strictjson.Decode(document(n, true), &v, strictjson.Options{})
	require.Len(t, ps, 5*n)
	for _, p := range ps {
		assert.Less(t, len(p.Error()), 300, p.Error())
	}
	assert.Equal(t, "r99", v.Rows[99].ID, "what decodes is kept")
}
