package strictjson_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/growth"
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
		if growth.Race {
			continue
		}
		ratio := growth.TimeRatio(decode(small), decode(large), 3*factor)
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
