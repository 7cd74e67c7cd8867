package cost

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAwardZeroValue(t *testing.T) {
	var a Award
	require.NoError(t, a.Validate())
	assert.Equal(t, Amount{}, a.MaxAdvance())
	assert.Equal(t, Amount{}, a.MaxBeforeBalance())
	assert.Equal(t, Amount{}, a.Final(Euros(1000)), "the zero Award pays nothing")
}

func TestAwardCeilings(t *testing.T) {
	tests := []struct {
		name          string
		a             Award
		advance, upTo string
	}{
		{"30 % and 80 %", Award{Grant: Euros(100000)}, "30000.00", "80000.00"},
		{"60 % with a bank guarantee", Award{Grant: Euros(100000), Guarantee: true}, "60000.00", "80000.00"},
		{"48 months: 80 %", Award{Grant: Euros(100000), Months: 48}, "30000.00", "80000.00"},
		{"49 months: still 80 %, the decision not raising it", Award{Grant: Euros(100000), Months: 49}, "30000.00", "80000.00"},
		{"49 months, raised by the decision: 90 %", Award{Grant: Euros(100000), Months: 49, Extended: true}, "30000.00", "90000.00"},
		{"raised for 48 months, which the décret does not allow: 80 %", Award{Grant: Euros(100000), Months: 48, Extended: true}, "30000.00", "80000.00"},
		{"both", Award{Grant: Euros(100000), Months: 60, Guarantee: true, Extended: true}, "60000.00", "90000.00"},
		{"rounded down to the cent", Award{Grant: MustParseAmount("33333.33")}, "9999.99", "26666.66"},
		{"one cent", Award{Grant: Cents(1), Months: 100, Guarantee: true, Extended: true}, "0.00", "0.00"},
		{"a negative grant counts as 0", Award{Grant: Euros(-100)}, "0.00", "0.00"},
		{"the largest grant", Award{Grant: Cents(math.MaxInt64), Months: 49, Guarantee: true, Extended: true}, "55340232221128654.84", "83010348331692982.26"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			advance, upTo := tt.a.MaxAdvance(), tt.a.MaxBeforeBalance()
			assert.Equal(t, MustParseAmount(tt.advance), advance)
			assert.Equal(t, MustParseAmount(tt.upTo), upTo)
			assert.LessOrEqual(t, advance.Compare(upTo), 0, "MaxAdvance ≤ MaxBeforeBalance")
			assert.LessOrEqual(t, upTo.Compare(Amount{max(tt.a.Grant.cents, 0)}), 0, "MaxBeforeBalance ≤ Grant")
		})
	}
}

func TestAwardFinal(t *testing.T) {
	tests := []struct {
		name  string
		a     Award
		spent string
		want  string
	}{
		{"the rate of what was spent", Award{Grant: Euros(100000), Rate: Percent(50)}, "170000.00", "85000.00"},
		{"rounded down by default", Award{Grant: Euros(100000), Rate: Percent(50)}, "179999.99", "89999.99"},
		{"rounded half up", Award{Grant: Euros(100000), Rate: Percent(50), Rounding: HalfUpToCent}, "179999.99", "90000.00"},
		{"rounded to the euro", Award{Grant: Euros(100000), Rate: Percent(50), Rounding: DownToEuro}, "179999.99", "89999.00"},
		{"never above the maximum grant", Award{Grant: Euros(100000), Rate: Percent(50)}, "250000.00", "100000.00"},
		{"exactly the maximum grant", Award{Grant: Euros(100000), Rate: Percent(50)}, "200000.00", "100000.00"},
		{"one cent below it", Award{Grant: Euros(100000), Rate: Percent(50)}, "199999.98", "99999.99"},
		{"nothing spent", Award{Grant: Euros(100000), Rate: Percent(50)}, "0.00", "0.00"},
		{"a negative expense counts as 0", Award{Grant: Euros(100000), Rate: Percent(50)}, "-5.00", "0.00"},
		{"an invalid rounding rounds down", Award{Grant: Euros(100000), Rate: Percent(50), Rounding: 9}, "0.03", "0.01"},
		{"the largest expense at 100 %", Award{Grant: Cents(math.MaxInt64), Rate: Percent(100)}, "92233720368547758.07", "92233720368547758.07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, MustParseAmount(tt.want), tt.a.Final(MustParseAmount(tt.spent)))
		})
	}
}

func TestAwardOf(t *testing.T) {
	res, err := Cofinance(seedBudget(), Policy{Rate: Percent(50), Excluded: []Category{Personnel}, Rounding: HalfUpToCent})
	require.NoError(t, err)
	assert.Equal(t, Award{Grant: Euros(100000), Rate: Percent(50), Rounding: HalfUpToCent, Months: 18, Guarantee: true}, AwardOf(res, 18, true))
}

func TestAwardValidate(t *testing.T) {
	err := Award{Grant: Cents(-1), Months: -3, Rounding: 9}.Validate()
	require.ErrorIs(t, err, ErrNegativeAmount)
	require.ErrorIs(t, err, ErrInvalidAward)
	require.ErrorIs(t, err, ErrInvalidRounding)
	assert.EqualError(t, err, `cost: award: grant: negative amount -0.01
cost: award: months: invalid award: a negative duration, -3
cost: award: rounding: unknown rounding %!Rounding(9)`)

	err = Award{Grant: Euros(100000), Months: 48, Extended: true}.Validate()
	require.ErrorIs(t, err, ErrInvalidAward)
	assert.EqualError(t, err, "cost: award: extended: invalid award: the décret allows 90 % only beyond 48 months (art. 12 III), and the planned duration is 48 months")
	require.NoError(t, Award{Grant: Euros(100000), Months: 49, Extended: true}.Validate())
	require.NoError(t, Award{Grant: Euros(100000), Months: 49}.Validate(), "a long project need not be extended")
}

func TestAwardJSON(t *testing.T) {
	a := Award{Grant: Euros(100000), Rate: Percent(50), Rounding: DownToEuro, Months: 60, Guarantee: true, Extended: true}
	data, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{"grant":"100000.00","rate":"50%","rounding":"down-to-euro","months":60,"guarantee":true,"extended":true}`, string(data))
	var back Award
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, a, back)
}
