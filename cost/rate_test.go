package cost

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRateZeroValue(t *testing.T) {
	var r Rate
	assert.True(t, r.IsZero(), "the zero Rate is 0 %")
	assert.Equal(t, Percent(0), r)
	assert.Equal(t, "0%", r.String())
	assert.Equal(t, "0\u00a0%", r.French())
	assert.True(t, r.Decimal().IsZero())
}

func TestPercent(t *testing.T) {
	tests := []struct {
		name string
		in   int64
		want string
	}{
		{"half", 50, "50%"},
		{"three quarters", 75, "75%"},
		{"zero", 0, "0%"},
		{"whole", 100, "100%"},
		{"clamped below", -5, "0%"},
		{"clamped above", 150, "100%"},
		{"clamped far above", math.MaxInt64, "100%"},
		{"clamped far below", math.MinInt64, "0%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Percent(tt.in).String())
		})
	}
	assert.Equal(t, MustParseRate("0.5"), Percent(50))
}

func TestParseRate(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   int64 // billionths
		str    string
		french string
	}{
		{"a half as a fraction", "0.5", 500000000, "50%", "50\u00a0%"},
		{"three quarters as a fraction", "0.75", 750000000, "75%", "75\u00a0%"},
		{"percent sign", "50%", 500000000, "50%", "50\u00a0%"},
		{"space before the sign", "33.33 %", 333300000, "33.33%", "33,33\u00a0%"},
		{"no-break space before the sign", "33.33\u00a0%", 333300000, "33.33%", "33,33\u00a0%"},
		{"narrow no-break space before the sign", "12.5\u202f%", 125000000, "12.5%", "12,5\u00a0%"},
		{"one", "1", billion, "100%", "100\u00a0%"},
		{"one with decimals", "1.000", billion, "100%", "100\u00a0%"},
		{"zero", "0", 0, "0%", "0\u00a0%"},
		{"zero percent", "0%", 0, "0%", "0\u00a0%"},
		{"a hundred percent", "100%", billion, "100%", "100\u00a0%"},
		{"nine decimals", "0.123456789", 123456789, "12.3456789%", "12,3456789\u00a0%"},
		{"seven decimals of a percent", "0.0000001%", 1, "0.0000001%", "0,0000001\u00a0%"},
		{"zeros beyond the precision", "0.1234567890000", 123456789, "12.3456789%", "12,3456789\u00a0%"},
		{"leading zeros", "007.5%", 75000000, "7.5%", "7,5\u00a0%"},
		{"as Rate.French writes it", "33,33\u00a0%", 333300000, "33.33%", "33,33\u00a0%"},
		{"French, with a plain space", "33,33 %", 333300000, "33.33%", "33,33\u00a0%"},
		{"French, with a narrow no-break space", "12,5\u202f%", 125000000, "12.5%", "12,5\u00a0%"},
		{"French, with no space", "0,0000001%", 1, "0.0000001%", "0,0000001\u00a0%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, Rate{tt.want}, got)
			assert.Equal(t, tt.str, got.String())
			assert.Equal(t, tt.french, got.French())
			assert.Equal(t, got, MustParseRate(tt.in))
			back, err := ParseRate(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back, "String round-trips")
			back, err = ParseRate(got.French())
			require.NoError(t, err)
			assert.Equal(t, got, back, "French round-trips")
		})
	}
}

func TestParseRateErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		msg  string
	}{
		{"empty", "", `cost: parse rate "": invalid rate: not a number`},
		{"above one", "1.5", `cost: parse rate "1.5": invalid rate: above 1`},
		{"just above one", "1.000000001", `cost: parse rate "1.000000001": invalid rate: above 1`},
		{"above a hundred percent", "150%", `cost: parse rate "150%": invalid rate: above 100%`},
		{"far above", "99999999999999999999999%", `cost: parse rate "99999999999999999999999%": invalid rate: above 100%`},
		{"negative", "-0.5", `cost: parse rate "-0.5": invalid rate: not a number`},
		{"too precise a fraction", "0.1234567891", `cost: parse rate "0.1234567891": invalid rate: more than 9 decimals`},
		{"too precise a percentage", "33.33333333%", `cost: parse rate "33.33333333%": invalid rate: more than 7 decimals`},
		{"a third", "0.3333333333333", ""},
		{"a comma in a fraction", "0,5", `cost: parse rate "0,5": invalid rate: not a number: a comma is read only in a percentage, as in "33,33 %"`},
		{"a comma and a dot", "33,3.3 %", ""},
		{"French, too precise", "33,33333333\u00a0%", `cost: parse rate "33,33333333\u00a0%": invalid rate: more than 7 decimals`},
		{"two spaces", "50  %", ""},
		{"space without sign", "50 ", ""},
		{"sign only", "%", ""},
		{"exponent", "5e-1", ""},
		{"plus sign", "+0.5", ""},
		{"no digit after the dot", "0.", ""},
		{"no digit before the dot", ".5", ""},
		{"per mille", "5‰", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRate(tt.in)
			require.ErrorIs(t, err, ErrInvalidRate)
			assert.Equal(t, Rate{}, got)
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
			assert.Panics(t, func() { MustParseRate(tt.in) })
		})
	}
}

func TestRateOf(t *testing.T) {
	tests := []struct {
		name string
		in   decimal.Decimal
		want int64
	}{
		{"half", decimal.New(5, -1), 500000000},
		{"one", decimal.New(1, 0), billion},
		{"one with a scale", decimal.New(1000, -3), billion},
		{"zero", decimal.New(0, 5), 0},
		{"nine decimals", decimal.New(123456789, -9), 123456789},
		{"zeros beyond the precision", decimal.New(5000000000000, -13), 500000000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RateOf(tt.in)
			require.NoError(t, err)
			assert.Equal(t, Rate{tt.want}, got)
			assert.True(t, got.Decimal().Equal(tt.in), "Decimal is exact")
		})
	}
}

func TestRateOfErrors(t *testing.T) {
	tests := []struct {
		name string
		in   decimal.Decimal
		msg  string
	}{
		{"negative", decimal.New(-5, -1), `cost: rate of decimal "-0.5": invalid rate: below 0`},
		{"above one", decimal.New(15, -1), `cost: rate of decimal "1.5": invalid rate: above 1`},
		{"ten", decimal.New(1, 1), `cost: rate of decimal "10": invalid rate: above 1`},
		{"a huge exponent", decimal.New(1, math.MaxInt32), `cost: rate of decimal "1e2147483647": invalid rate: above 1`},
		{"too precise", decimal.New(1, -10), `cost: rate of decimal "0.0000000001": invalid rate: more than 9 decimals`},
		{"an extreme exponent", decimal.New(1, math.MinInt32), `cost: rate of decimal "1e-2147483648": invalid rate: more than 9 decimals`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RateOf(tt.in)
			require.ErrorIs(t, err, ErrInvalidRate)
			assert.Equal(t, Rate{}, got)
			assert.EqualError(t, err, tt.msg)
		})
	}
}

func TestRateCompare(t *testing.T) {
	assert.Equal(t, -1, Percent(50).Compare(Percent(75)))
	assert.Equal(t, 0, Percent(50).Compare(MustParseRate("0.5")))
	assert.Equal(t, 1, Percent(75).Compare(Percent(50)))
	assert.False(t, Percent(1).IsZero())
	m := map[Rate]string{Percent(50): "moitié"}
	assert.Equal(t, "moitié", m[MustParseRate("50 %")], "a Rate is a map key")
}

func TestRateJSON(t *testing.T) {
	type doc struct {
		R Rate `json:"r"`
	}
	for _, r := range []Rate{Percent(50), MustParseRate("33.33%"), {1}, {}, Percent(100)} {
		t.Run(r.String(), func(t *testing.T) {
			data, err := json.Marshal(doc{r})
			require.NoError(t, err)
			assert.JSONEq(t, `{"r":"`+r.String()+`"}`, string(data))
			var out doc
			require.NoError(t, json.Unmarshal(data, &out))
			assert.Equal(t, r, out.R)
		})
	}
	var out doc
	assert.NoError(t, json.Unmarshal([]byte(`{"r":"0.75"}`), &out), "a fraction is read too")
	assert.Equal(t, Percent(75), out.R)
	assert.Error(t, json.Unmarshal([]byte(`{"r":0.75}`), &out), "a JSON number is not a rate")
	r := Percent(50)
	require.ErrorIs(t, r.UnmarshalText([]byte("2")), ErrInvalidRate)
	assert.Equal(t, Percent(50), r, "UnmarshalText leaves the Rate unchanged on error")
}
