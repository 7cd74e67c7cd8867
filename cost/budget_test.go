package cost

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedBudget is a budget such as a collectivité files with an axis-2
// application.
func seedBudget() Budget {
	return Budget{
		{Services, "Développement du téléservice", Euros(180000)},
		{Personnel, "Chef de projet (agent)", Euros(60000)},
		{Equipment, "Serveurs", Euros(20000)},
	}
}

func TestBudgetTotalAndSum(t *testing.T) {
	b := seedBudget()
	b = append(b, Line{Services, "Intégration", MustParseAmount("1234.56")})
	assert.Equal(t, MustParseAmount("261234.56"), b.Total())
	assert.Equal(t, MustParseAmount("181234.56"), b.Sum(Services))
	assert.Equal(t, Euros(60000), b.Sum(Personnel))
	assert.Equal(t, Amount{}, b.Sum(Hosting), "a category without lines sums to 0 €")

	var empty Budget
	assert.Equal(t, Amount{}, empty.Total(), "the empty budget costs 0 €")
	assert.NoError(t, empty.Validate(), "the empty budget is valid")
	assert.NoError(t, b.Validate())
}

func TestBudgetTotalOfInvalidBudgets(t *testing.T) {
	tests := []struct {
		name  string
		b     Budget
		total Amount
		sum   Amount // of Services
	}{
		{"beyond the largest amount", Budget{{Services, "a", Cents(math.MaxInt64)}, {Services, "b", Cents(1)}},
			Cents(math.MaxInt64), Cents(math.MaxInt64)},
		{"beyond the smallest amount", Budget{{Services, "a", Cents(math.MinInt64)}, {Services, "b", Cents(-1)}},
			Cents(math.MinInt64), Cents(math.MinInt64)},
		{"back in range after going beyond it", Budget{{Services, "a", Cents(math.MaxInt64)}, {Services, "b", Cents(1)}, {Services, "c", Cents(-5)}},
			Cents(math.MaxInt64 - 4), Cents(math.MaxInt64 - 4)},
		{"the same lines in another order", Budget{{Services, "c", Cents(-5)}, {Services, "a", Cents(math.MaxInt64)}, {Services, "b", Cents(1)}},
			Cents(math.MaxInt64 - 4), Cents(math.MaxInt64 - 4)},
		{"far beyond, many times over", Budget{{Services, "a", Cents(math.MaxInt64)}, {Services, "b", Cents(math.MaxInt64)}, {Services, "c", Cents(math.MaxInt64)}, {Personnel, "d", Cents(-1)}},
			Cents(math.MaxInt64), Cents(math.MaxInt64)},
		{"only the category counts in Sum", Budget{{Services, "a", Cents(math.MaxInt64)}, {Personnel, "b", Cents(math.MinInt64)}},
			Cents(-1), Cents(math.MaxInt64)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.total, tt.b.Total(), "Total is exact, then clamped: never wrapped, whatever the order")
			assert.Equal(t, tt.sum, tt.b.Sum(Services))
			require.Error(t, tt.b.Validate())
		})
	}
}

func TestBudgetValidateErrors(t *testing.T) {
	b := Budget{
		{Services, "Développement", Euros(1000)},
		{Equipment, "Serveurs", Cents(-1200)},
		{"xyz", "Divers", Euros(5)},
		{"", "Sans catégorie", Cents(-1)},
	}
	err := b.Validate()
	require.Error(t, err)
	require.ErrorIs(t, err, ErrNegativeAmount)
	require.ErrorIs(t, err, ErrUnknownCategory)
	assert.NotErrorIs(t, err, ErrOverflow)
	assert.EqualError(t, err, `cost: line 2 ("Serveurs"): negative amount -12.00
cost: line 3 ("Divers"): unknown category "xyz"
cost: line 4 ("Sans catégorie"): unknown category ""
cost: line 4 ("Sans catégorie"): negative amount -0.01`)

	var le *LineError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, 1, le.Index, "Index counts from 0: b[1] is line 2")
	assert.Equal(t, "Serveurs", le.Label)
	assert.ErrorIs(t, le, ErrNegativeAmount)

	var all []*LineError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		require.ErrorAs(t, e, &le)
		all = append(all, le)
	}
	require.Len(t, all, 4, "every problem at once")
	assert.Equal(t, []int{1, 2, 3, 3}, []int{all[0].Index, all[1].Index, all[2].Index, all[3].Index})
}

func TestBudgetValidateOverflow(t *testing.T) {
	tests := []struct {
		name  string
		b     Budget
		index int
	}{
		{"two halves beyond the limit", Budget{
			{Services, "a", Cents(math.MaxInt64/2 + 1)},
			{Software, "b", Cents(math.MaxInt64/2 + 1)},
		}, 1},
		{"reported once, at the first line beyond", Budget{
			{Services, "a", Cents(math.MaxInt64)},
			{Software, "b", Cents(1)},
			{Software, "c", Cents(1)},
		}, 1},
		{"a negative line does not hide the overflow", Budget{
			{Services, "a", Cents(math.MaxInt64)},
			{Software, "neg", Cents(-5)},
			{Software, "b", Cents(5)},
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.b.Validate()
			require.ErrorIs(t, err, ErrOverflow)
			var n int
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var le *LineError
				require.ErrorAs(t, e, &le)
				if errors.Is(le, ErrOverflow) {
					n++
					assert.Equal(t, tt.index, le.Index)
					assert.Contains(t, le.Error(), "amount out of range: the total exceeds 92233720368547758.07")
				}
			}
			assert.Equal(t, 1, n, "overflow is reported once")
		})
	}
}

func TestBudgetLarge(t *testing.T) {
	b := make(Budget, 100000)
	cats := Categories()
	for i := range b {
		b[i] = Line{cats[i%len(cats)], "ligne", Cents(int64(i))}
	}
	require.NoError(t, b.Validate())
	assert.Equal(t, Cents(99999*100000/2), b.Total())
	res, err := Cofinance(b, Policy{Rate: Percent(50), Excluded: []Category{Personnel}})
	require.NoError(t, err)
	assert.Len(t, res.Lines, 100000)
	assert.Equal(t, res.Total, res.Grant.Add(res.Remainder))

	for i := range b {
		b[i].Amount = Cents(-1)
	}
	err = b.Validate()
	require.ErrorIs(t, err, ErrNegativeAmount)
	assert.Len(t, err.(interface{ Unwrap() []error }).Unwrap(), 100000, "every problem at once")
}

func TestBudgetJSON(t *testing.T) {
	b := seedBudget()
	data, err := json.Marshal(b)
	require.NoError(t, err)
	assert.JSONEq(t, `[
		{"category":"prestations","label":"Développement du téléservice","amount":"180000.00"},
		{"category":"personnel","label":"Chef de projet (agent)","amount":"60000.00"},
		{"category":"materiel","label":"Serveurs","amount":"20000.00"}
	]`, string(data))
	var back Budget
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, b, back)

	var empty Budget
	require.NoError(t, json.Unmarshal([]byte(`[]`), &empty))
	assert.NoError(t, empty.Validate())

	var numbers Budget
	require.NoError(t, json.Unmarshal([]byte(`[{"category":"autre","label":"a","amount":40000},{"category":"autre","label":"b","amount":12.5}]`), &numbers))
	assert.Equal(t, Budget{{Other, "a", Euros(40000)}, {Other, "b", Cents(1250)}}, numbers, "amounts as JSON numbers with at most two decimals")

	for _, bad := range []string{
		`[{"category":"xyz","label":"a","amount":"1.00"}]`,
		`[{"category":"autre","label":"a","amount":1e3}]`,
		`[{"category":"autre","label":"a","amount":1.001}]`,
		`[{"category":"autre","label":"a","amount":"1.001"}]`,
	} {
		var out Budget
		assert.Error(t, json.Unmarshal([]byte(bad), &out), bad)
	}
}
