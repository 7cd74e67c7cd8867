package cost

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAmountZeroValue(t *testing.T) {
	var a Amount
	assert.True(t, a.IsZero(), "the zero Amount is 0 €")
	assert.False(t, a.IsNegative())
	assert.Equal(t, Cents(0), a)
	assert.Equal(t, "0.00", a.String())
	assert.Equal(t, "0,00\u00a0€", a.French())
	assert.Equal(t, int64(0), a.Cents())
	assert.True(t, a.Decimal().IsZero())
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64 // cents
	}{
		{"two decimals", "1234.56", 123456},
		{"one decimal", "1234.5", 123450},
		{"no decimal", "1234", 123400},
		{"negative", "-12.00", -1200},
		{"explicit plus sign", "+12", 1200},
		{"zero", "0", 0},
		{"negative zero", "-0.00", 0},
		{"leading zeros", "0007.05", 705},
		{"half a euro below zero", "-0.50", -50},
		{"zeros beyond the cent do not change the value", "1.230", 123},
		{"many zeros beyond the cent", "1.2300000000000000000000", 123},
		{"largest amount", "92233720368547758.07", math.MaxInt64},
		{"smallest amount", "-92233720368547758.08", math.MinInt64},
		{"largest whole euros", "92233720368547758", 9223372036854775800},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			require.NoError(t, err)
			assert.Equal(t, Cents(tt.want), got)
			assert.Equal(t, got, MustParseAmount(tt.in))
		})
	}
}

func TestParseAmountErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
		msg  string
	}{
		{"empty", "", ErrInvalidAmount, `cost: parse amount "": invalid amount`},
		{"comma", "1,5", ErrInvalidAmount, `cost: parse amount "1,5": invalid amount`},
		{"exponent", "1e3", ErrInvalidAmount, `cost: parse amount "1e3": invalid amount`},
		{"space inside", "1 000", ErrInvalidAmount, ""},
		{"leading space", " 10", ErrInvalidAmount, ""},
		{"trailing space", "10 ", ErrInvalidAmount, ""},
		{"no digit before the dot", ".5", ErrInvalidAmount, ""},
		{"no digit after the dot", "5.", ErrInvalidAmount, ""},
		{"sign only", "-", ErrInvalidAmount, ""},
		{"two signs", "--5", ErrInvalidAmount, ""},
		{"two dots", "1.2.3", ErrInvalidAmount, ""},
		{"euro sign", "10 €", ErrInvalidAmount, ""},
		{"letters", "abc", ErrInvalidAmount, ""},
		{"hexadecimal", "0x10", ErrInvalidAmount, ""},
		{"infinity", "Inf", ErrInvalidAmount, ""},
		{"fraction of a cent", "1.234", ErrSubCent, `cost: parse amount "1.234": fraction of a cent`},
		{"a nonzero digit far beyond the cent", "1.2300001", ErrSubCent, ""},
		{"syntax is checked before precision", "1.234x", ErrInvalidAmount, ""},
		{"one cent above the range", "92233720368547758.08", ErrOverflow, `cost: parse amount "92233720368547758.08": amount out of range`},
		{"one cent below the range", "-92233720368547758.09", ErrOverflow, ""},
		{"far above the range", "1000000000000000000000000", ErrOverflow, ""},
		{"precision is checked before range", "99999999999999999999.999", ErrSubCent, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			require.ErrorIs(t, err, tt.want)
			assert.Equal(t, Amount{}, got)
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
			assert.Panics(t, func() { MustParseAmount(tt.in) })
		})
	}
}

func TestEuros(t *testing.T) {
	tests := []struct {
		name string
		in   int64
		want int64
	}{
		{"ten euros", 10, 1000},
		{"negative", -3, -300},
		{"largest exact", math.MaxInt64 / 100, math.MaxInt64 / 100 * 100},
		{"saturates above", math.MaxInt64/100 + 1, math.MaxInt64},
		{"saturates below", math.MinInt64/100 - 1, math.MinInt64},
		{"saturates at the int64 limit", math.MaxInt64, math.MaxInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, Cents(tt.want), Euros(tt.in))
		})
	}
}

func TestAmountString(t *testing.T) {
	tests := []struct {
		cents  int64
		plain  string
		french string
	}{
		{6172839, "61728.39", "61\u202f728,39\u00a0€"},
		{1050, "10.50", "10,50\u00a0€"},
		{-1200, "-12.00", "-12,00\u00a0€"},
		{-50, "-0.50", "-0,50\u00a0€"},
		{5, "0.05", "0,05\u00a0€"},
		{100000000, "1000000.00", "1\u202f000\u202f000,00\u00a0€"},
		{math.MaxInt64, "92233720368547758.07", "92\u202f233\u202f720\u202f368\u202f547\u202f758,07\u00a0€"},
		{math.MinInt64, "-92233720368547758.08", "-92\u202f233\u202f720\u202f368\u202f547\u202f758,08\u00a0€"},
	}
	for _, tt := range tests {
		t.Run(tt.plain, func(t *testing.T) {
			a := Cents(tt.cents)
			assert.Equal(t, tt.plain, a.String())
			assert.Equal(t, tt.french, a.French())
			text, err := a.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.plain, string(text))
			back, err := ParseAmount(a.String())
			require.NoError(t, err)
			assert.Equal(t, a, back, "String round-trips")
		})
	}
}

func TestAmountArithmetic(t *testing.T) {
	max, min := Cents(math.MaxInt64), Cents(math.MinInt64)
	tests := []struct {
		name     string
		a, b     Amount
		sum, dif Amount
	}{
		{"small", Cents(150), Cents(25), Cents(175), Cents(125)},
		{"negative", Cents(-150), Cents(25), Cents(-125), Cents(-175)},
		{"at the top", max, Cents(1), max, Cents(math.MaxInt64 - 1)},
		{"at the bottom", min, Cents(-1), min, Cents(math.MinInt64 + 1)},
		{"top minus bottom saturates", max, min, Cents(-1), max},
		{"bottom minus one saturates", min, Cents(1), Cents(math.MinInt64 + 1), min},
		{"two large sums saturate", Euros(90000000000000000), Euros(90000000000000000), max, Cents(0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.sum, tt.a.Add(tt.b), "Add")
			assert.Equal(t, tt.dif, tt.a.Sub(tt.b), "Sub")
		})
	}
}

func TestAmountCompare(t *testing.T) {
	assert.Equal(t, -1, Cents(1).Compare(Cents(2)))
	assert.Equal(t, 0, Cents(2).Compare(Cents(2)))
	assert.Equal(t, 1, Cents(3).Compare(Cents(2)))
	assert.True(t, Cents(-1).IsNegative())
	assert.False(t, Cents(1).IsNegative())
	assert.False(t, Cents(1).IsZero())
	m := map[Amount]string{Cents(1050): "a"}
	assert.Equal(t, "a", m[MustParseAmount("10.5")], "an Amount is a map key")
}

func TestAmountDecimal(t *testing.T) {
	for _, c := range []int64{0, 1, -1, 6172839, math.MaxInt64, math.MinInt64} {
		d := Cents(c).Decimal()
		back, err := AmountOf(d)
		require.NoError(t, err)
		assert.Equal(t, Cents(c), back)
	}
	assert.True(t, decimal.New(1050, -2).Equal(Cents(1050).Decimal()))
}

func TestAmountOf(t *testing.T) {
	tests := []struct {
		name string
		in   decimal.Decimal
		want int64
	}{
		{"cents", decimal.New(1050, -2), 1050},
		{"euros", decimal.New(12, 0), 1200},
		{"a positive exponent", decimal.New(5, 3), 500000},
		{"zeros beyond the cent", decimal.New(12300, -4), 123},
		{"a far exponent with zeros", decimal.New(1000000000000000000, -20), 1},
		{"zero with any exponent", decimal.New(0, -40), 0},
		{"negative", decimal.New(-5, -1), -50},
		{"largest", decimal.New(math.MaxInt64, -2), math.MaxInt64},
		{"smallest", decimal.New(math.MinInt64, -2), math.MinInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AmountOf(tt.in)
			require.NoError(t, err)
			assert.Equal(t, Cents(tt.want), got)
		})
	}
}

func TestAmountOfErrors(t *testing.T) {
	tests := []struct {
		name string
		in   decimal.Decimal
		want error
		msg  string
	}{
		{"fraction of a cent", decimal.New(1234, -3), ErrSubCent, `cost: amount of decimal "1.234": fraction of a cent`},
		{"fraction of a cent after zeros", decimal.New(12340, -4), ErrSubCent, `cost: amount of decimal "1.2340": fraction of a cent`},
		{"a tiny fraction", decimal.New(1, -30), ErrSubCent, `cost: amount of decimal "1e-30": fraction of a cent`},
		{"an extreme exponent", decimal.New(-7, math.MinInt32), ErrSubCent, ""},
		{"above the range", decimal.New(math.MaxInt64, -1), ErrOverflow, `cost: amount of decimal "922337203685477580.7": amount out of range`},
		{"a huge exponent", decimal.New(1, math.MaxInt32), ErrOverflow, ""},
		{"just beyond the exponent limit", decimal.New(1, 17), ErrOverflow, `cost: amount of decimal "100000000000000000": amount out of range`},
		{"negative beyond the range", decimal.New(-92233720368547759, 0), ErrOverflow, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AmountOf(tt.in)
			require.ErrorIs(t, err, tt.want)
			assert.Equal(t, Amount{}, got)
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
		})
	}
}

func TestAmountJSON(t *testing.T) {
	type doc struct {
		A Amount  `json:"a"`
		P *Amount `json:"p"`
	}
	in := doc{A: Cents(1050), P: new(Cents(-1))}
	data, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"a":"10.50","p":"-0.01"}`, string(data))
	var out doc
	require.NoError(t, json.Unmarshal(data, &out))
	assert.Equal(t, in, out)

	for _, bad := range []string{`{"a":"10,50"}`, `{"a":"1.234"}`, `{"a":""}`, `{"a":1e3}`, `{"a":12.345}`, `{"a":true}`, `{"a":[1]}`} {
		t.Run(bad, func(t *testing.T) {
			out := doc{A: Cents(7)}
			assert.Error(t, json.Unmarshal([]byte(bad), &out))
			assert.Equal(t, Cents(7), out.A, "unchanged on error")
		})
	}
	a := Cents(7)
	require.Error(t, a.UnmarshalText([]byte("x")))
	assert.Equal(t, Cents(7), a, "UnmarshalText leaves the Amount unchanged on error")
}
