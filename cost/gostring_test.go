package cost

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder is an assert.TestingT that keeps the failure messages that
// testify writes, so that a test can read them.
type recorder struct{ messages []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.messages = append(r.messages, fmt.Sprintf(format, args...))
}

func TestGoString(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"an amount", MustParseAmount("90000.00"), `cost.MustParseAmount("90000.00")`},
		{"a negative amount", Cents(-5), `cost.MustParseAmount("-0.05")`},
		{"the zero Amount", Amount{}, `cost.MustParseAmount("0.00")`},
		{"the smallest amount", MustParseAmount("-92233720368547758.08"), `cost.MustParseAmount("-92233720368547758.08")`},
		{"a whole percentage", Percent(50), "cost.Percent(50)"},
		{"the zero Rate", Rate{}, "cost.Percent(0)"},
		{"a fraction of a percent", MustParseRate("33.33%"), `cost.MustParseRate("33.33%")`},
		{"a billionth", Rate{1}, `cost.MustParseRate("0.0000001%")`},
		{"a category", Equipment, "cost.Equipment"},
		{"a rounding", HalfEvenToCent, "cost.HalfEvenToCent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, fmt.Sprintf("%#v", tt.v))
		})
	}
	// What GoString writes builds the value back.
	for _, a := range []Amount{MustParseAmount("90000.00"), Cents(-5), {}} {
		s := strings.TrimSuffix(strings.TrimPrefix(a.GoString(), `cost.MustParseAmount("`), `")`)
		assert.Equal(t, a, MustParseAmount(s))
	}
	for _, r := range []Rate{MustParseRate("33.33%"), {1}} {
		s := strings.TrimSuffix(strings.TrimPrefix(r.GoString(), `cost.MustParseRate("`), `")`)
		assert.Equal(t, r, MustParseRate(s))
	}
}

// TestGoStringInTestify checks what a failing assert.Equal prints for the
// package's values: the Go that builds them, not their insides.
func TestGoStringInTestify(t *testing.T) {
	tests := []struct {
		name             string
		expected, actual any
		want             []string
	}{
		{"amounts", MustParseAmount("90000.00"), MustParseAmount("89999.99"),
			[]string{`expected: cost.MustParseAmount("90000.00")`, `actual  : cost.MustParseAmount("89999.99")`}},
		{"rates", Percent(50), MustParseRate("33.33%"),
			[]string{`expected: cost.Percent(50)`, `actual  : cost.MustParseRate("33.33%")`}},
		{"categories", Personnel, Equipment,
			[]string{`expected: cost.Personnel`, `actual  : cost.Equipment`}},
		{"roundings", DownToCent, DownToEuro,
			[]string{`expected: cost.DownToCent`, `actual  : cost.DownToEuro`}},
		{"results", Result{Grant: Euros(90000)}, Result{Grant: MustParseAmount("89999.99")},
			[]string{`Grant:cost.MustParseAmount("90000.00")`, `Grant:cost.MustParseAmount("89999.99")`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recorder
			require.False(t, assert.Equal(&r, tt.expected, tt.actual))
			require.Len(t, r.messages, 1)
			for _, w := range tt.want {
				assert.Contains(t, r.messages[0], w)
			}
			head, _, _ := strings.Cut(r.messages[0], "Diff:")
			assert.NotContains(t, head, "cents:", "the lines expected and actual do not show the insides")
		})
	}
}
