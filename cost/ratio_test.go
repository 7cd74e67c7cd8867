package cost

import (
	"encoding/json"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRatioZeroValue(t *testing.T) {
	var q Ratio
	assert.Equal(t, 0, q.Compare(Rate{}), "the zero Ratio counts as 0")
	assert.Equal(t, -1, q.Compare(Rate{1}))
	assert.Equal(t, "0\u00a0%", q.French())
	assert.Equal(t, "0.00/0.00", q.String())
}

func TestRatioCompare(t *testing.T) {
	tests := []struct {
		name string
		q    Ratio
		r    Rate
		want int
	}{
		{"a fifth is 20 %", Ratio{Euros(1), Euros(5)}, Percent(20), 0},
		{"one cent less than a fifth", Ratio{Cents(99999), Euros(5000)}, Percent(20), -1},
		{"one cent more than a fifth", Ratio{Cents(100001), Euros(5000)}, Percent(20), 1},
		{"a third is above 33,33 %", Ratio{Euros(1), Euros(3)}, MustParseRate("33.33%"), 1},
		{"a third is below 33,3333334 %", Ratio{Euros(1), Euros(3)}, MustParseRate("33.3333334%"), -1},
		{"the whole is 100 %", Ratio{Cents(math.MaxInt64), Cents(math.MaxInt64)}, Percent(100), 0},
		{"a negative part is below any rate", Ratio{Cents(-1), Euros(1)}, Rate{}, -1},
		{"no whole counts as 0", Ratio{Euros(5), Amount{}}, Rate{}, 0},
		{"a negative whole counts as 0", Ratio{Euros(5), Cents(-1)}, Percent(1), -1},
		{"more than the whole", Ratio{Euros(2), Euros(1)}, Percent(100), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.q.Compare(tt.r))
		})
	}
}

func TestRatioCmp(t *testing.T) {
	sorted := []Ratio{
		{Cents(-3), Cents(1)},
		{Cents(-1), Cents(1)},
		{Cents(-1), Cents(2)},
		{Cents(0), Cents(7)},
		{Cents(1), Cents(3)},
		{Cents(1), Cents(2)},
		{Cents(2), Cents(1)},
	}
	for i := range sorted {
		for j := range sorted {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			assert.Equal(t, want, sorted[i].Cmp(sorted[j]), "%v against %v", sorted[i], sorted[j])
		}
	}
	assert.Equal(t, 0, Ratio{Cents(1), Cents(2)}.Cmp(Ratio{Cents(2), Cents(4)}), "1/2 and 2/4 are the same fraction")
	assert.NotEqual(t, Ratio{Cents(1), Cents(2)}, Ratio{Cents(2), Cents(4)}, "but not ==")
	assert.Equal(t, 0, Ratio{}.Cmp(Ratio{Cents(0), Cents(5)}), "the zero Ratio is 0")
	shuffled := []Ratio{sorted[4], sorted[0], sorted[6], sorted[2], sorted[5], sorted[1], sorted[3]}
	slices.SortFunc(shuffled, Ratio.Cmp)
	assert.Equal(t, sorted, shuffled, "Cmp suits slices.SortFunc")
}

func TestRatioFrench(t *testing.T) {
	tests := []struct {
		name     string
		q        Ratio
		down, up string
	}{
		{"an eighth", Ratio{Euros(15000), Euros(120000)}, "12,5", "12,5"},
		{"a third", Ratio{Euros(1), Euros(3)}, "33,33", "33,34"},
		{"two thirds", Ratio{Euros(2), Euros(3)}, "66,66", "66,67"},
		{"a whole", Ratio{Euros(3), Euros(3)}, "100", "100"},
		{"just below a whole", Ratio{Cents(999999), Cents(1000000)}, "99,99", "100"},
		{"a tiny share", Ratio{Cents(1), Cents(math.MaxInt64)}, "0", "0,01"},
		{"a negative share", Ratio{Cents(-1), Cents(3)}, "-33,34", "-33,33"},
		{"nothing of nothing", Ratio{}, "0", "0"},
		{"a huge hand-made ratio", Ratio{Cents(math.MaxInt64), Cents(1)}, "922337203685477580700", "922337203685477580700"},
		{"rounded up past 2⁶⁴ − 1 hundredths", Ratio{Cents(239807672958224171), Cents(130)}, "184467440737095516,15", "184467440737095516,16"},
		{"a huge hand-made ratio with decimals", Ratio{Cents(math.MaxInt64), Cents(3)}, "307445734561825860233,33", "307445734561825860233,34"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.down+"\u00a0%", tt.q.French())
			assert.Equal(t, tt.down+"\u00a0%", string(tt.q.appendPercent(nil, false)))
			assert.Equal(t, tt.up+"\u00a0%", string(tt.q.appendPercent(nil, true)))
		})
	}
}

func TestRatioJSON(t *testing.T) {
	q := Ratio{Euros(15000), Euros(120000)}
	data, err := json.Marshal(q)
	require.NoError(t, err)
	assert.JSONEq(t, `{"num":"15000.00","den":"120000.00"}`, string(data))
	var back Ratio
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, q, back)
	assert.Equal(t, "15000.00/120000.00", q.String())
}
