package cost

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name    string
		total   Amount
		parties []string
		weights []int64
		want    []int64 // cents
	}{
		{"a third each, the leftover cent to the first", Cents(100), []string{"a", "b", "c"}, []int64{1, 1, 1}, []int64{34, 33, 33}},
		{"two leftover cents to the earlier ties", Cents(200), []string{"a", "b", "c"}, []int64{1, 1, 1}, []int64{67, 67, 66}},
		{"largest remainder first, not earliest", Cents(10), []string{"a", "b", "c"}, []int64{1, 2, 4}, []int64{1, 3, 6}},
		{"exact proportions", Euros(1000), []string{"a", "b"}, []int64{3, 1}, []int64{75000, 25000}},
		{"a zero weight gets nothing", Cents(101), []string{"a", "b", "c"}, []int64{1, 0, 1}, []int64{51, 0, 50}},
		{"a single party gets everything", MustParseAmount("123.45"), []string{"seul"}, []int64{7}, []int64{12345}},
		{"zero total", Amount{}, []string{"a", "b"}, []int64{1, 2}, []int64{0, 0}},
		{"populations", MustParseAmount("130000.00"),
			[]string{"Syndicat", "CA", "CC 1", "CC 2"}, []int64{48250, 287430, 126875, 57640},
			[]int64{1205798, 7183056, 3170686, 1440460}},
		{"the largest total and weights", Cents(math.MaxInt64), []string{"a", "b"}, []int64{math.MaxInt64, math.MaxInt64},
			[]int64{math.MaxInt64/2 + 1, math.MaxInt64 / 2}},
		{"weights whose sum overflows int64", Euros(3), []string{"a", "b", "c"}, []int64{math.MaxInt64, math.MaxInt64, 1},
			[]int64{150, 150, 0}},
		{"same names are kept apart", Cents(3), []string{"x", "x"}, []int64{1, 2}, []int64{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Split(tt.total, tt.parties, tt.weights)
			require.NoError(t, err)
			require.Len(t, got, len(tt.parties))
			var sum Amount
			for i, s := range got {
				assert.Equal(t, tt.parties[i], s.Party)
				assert.Equal(t, Cents(tt.want[i]), s.Amount, s.Party)
				sum = sum.Add(s.Amount)
			}
			assert.Equal(t, tt.total, sum, "the shares add up to the total")
		})
	}
}

func TestSplitManyParties(t *testing.T) {
	n := 10000
	parties := make([]string, n)
	weights := make([]int64, n)
	for i := range parties {
		parties[i] = "membre"
		weights[i] = int64(i%97 + 1)
	}
	got, err := Split(MustParseAmount("1234567.89"), parties, weights)
	require.NoError(t, err)
	var sum Amount
	for _, s := range got {
		sum = sum.Add(s.Amount)
	}
	assert.Equal(t, MustParseAmount("1234567.89"), sum)
}

func TestSplitErrors(t *testing.T) {
	tests := []struct {
		name    string
		total   Amount
		parties []string
		weights []int64
		want    []error
		msg     string
	}{
		{"no parties", Euros(1), nil, nil, []error{ErrInvalidSplit}, "cost: split: no parties"},
		{"lengths differ", Euros(1), []string{"a", "b", "c"}, []int64{1, 2}, []error{ErrInvalidSplit}, "cost: split: 3 parties but 2 weights"},
		{"negative weight", Euros(1), []string{"a", "EPCI B"}, []int64{1, -5}, []error{ErrInvalidSplit}, `cost: split: party 2 ("EPCI B"): negative weight -5`},
		{"every weight zero", Euros(1), []string{"a", "b"}, []int64{0, 0}, []error{ErrInvalidSplit}, `cost: split: every weight is zero: "[0 0]"`},
		{"negative total", Cents(-1200), []string{"a"}, []int64{1}, []error{ErrInvalidSplit, ErrNegativeAmount}, "cost: split: negative total -12.00"},
		{"weights beyond 2⁶⁴", Euros(1), []string{"a", "b", "c"}, []int64{math.MaxInt64, math.MaxInt64, 2}, []error{ErrInvalidSplit, ErrOverflow},
			"cost: split: the weights add up to more than 18446744073709551615"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Split(tt.total, tt.parties, tt.weights)
			for _, want := range tt.want {
				require.ErrorIs(t, err, want)
			}
			assert.EqualError(t, err, tt.msg)
			assert.Nil(t, got)
		})
	}
}

func TestShareJSON(t *testing.T) {
	shares, err := Split(Cents(100), []string{"a", "b"}, []int64{1, 1})
	require.NoError(t, err)
	data, err := json.Marshal(shares)
	require.NoError(t, err)
	assert.JSONEq(t, `[{"party":"a","amount":"0.50"},{"party":"b","amount":"0.50"}]`, string(data))
	var back []Share
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, shares, back)
}

func TestSplitReportsEveryProblem(t *testing.T) {
	tests := []struct {
		name    string
		total   Amount
		parties []string
		weights []int64
		want    []error
		msg     string
	}{
		{"every negative weight", Euros(1), []string{"a", "EPCI B", "C"}, []int64{-1, 5, -7}, []error{ErrInvalidSplit},
			`cost: split: party 1 ("a"): negative weight -1
cost: split: party 3 ("C"): negative weight -7`},
		{"lengths, a weight without a party and the total", Cents(-1), []string{"a"}, []int64{2, -3}, []error{ErrInvalidSplit, ErrNegativeAmount},
			`cost: split: 1 parties but 2 weights
cost: split: weight 2: negative weight -3
cost: split: negative total -0.01`},
		{"no parties and zero weights", Euros(1), nil, []int64{0, 0}, []error{ErrInvalidSplit},
			`cost: split: no parties
cost: split: every weight is zero: "[0 0]"`},
		{"an overflow and a negative total", Cents(-5), []string{"a", "b", "c"}, []int64{math.MaxInt64, math.MaxInt64, 2}, []error{ErrInvalidSplit, ErrOverflow, ErrNegativeAmount},
			`cost: split: the weights add up to more than 18446744073709551615
cost: split: negative total -0.05`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Split(tt.total, tt.parties, tt.weights)
			for _, want := range tt.want {
				require.ErrorIs(t, err, want)
			}
			assert.EqualError(t, err, tt.msg)
			assert.Nil(t, got)
		})
	}
}

func TestSplitQuotesLongInputShort(t *testing.T) {
	long := strings.Repeat("x", 1_000_000)
	for _, tt := range []struct {
		name    string
		parties []string
		weights []int64
	}{
		{"a party", []string{long}, []int64{-1}},
		{"weights", []string{"a"}, make([]int64, 1)},
		{"many weights", make([]string, 100_000), make([]int64, 100_000)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Split(Euros(1), tt.parties, tt.weights)
			require.ErrorIs(t, err, ErrInvalidSplit)
			assert.Less(t, len(err.Error()), 400, "%.400s", err)
		})
	}
}
