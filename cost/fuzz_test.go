package cost

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// isSentinel reports whether err wraps one of the package's sentinels.
func isSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// FuzzParseAmount checks ParseAmount on any text, and the reading of the
// same text as a JSON number: exact, and the value ParseAmount reads,
// exactly when it has at most two decimals and no exponent.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1234.56", "1234.5", "1234", "-12.00", "+12", "1.230", "1.234", "1,5", "1e3", "",
		"92233720368547758.07", "-92233720368547758.08", "92233720368547758.08", ".5", "5.", "-", "0", "-0", "1.5E-2", "12.500"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v := strings.Trim(s, " \t\r\n"); v != "" && (v[0] == '-' || isDigit(v[0])) && json.Valid([]byte(s)) { // a JSON number
			fromText, textErr := ParseAmount(v)
			n := Cents(7)
			err := json.Unmarshal([]byte(s), &n)
			point := strings.IndexByte(v, '.')
			plain := !strings.ContainsAny(v, "eE") && (point < 0 || len(v)-point-1 <= 2)
			switch {
			case !plain:
				require.ErrorIs(t, err, ErrInvalidAmount, s)
				require.Contains(t, err.Error(), "write the amount as a string")
				require.Equal(t, Cents(7), n)
			case textErr != nil:
				require.ErrorIs(t, err, ErrOverflow, s)
			default:
				require.NoError(t, err, s)
				require.Equal(t, fromText, n, "a JSON number reads as its text: %s", s)
			}
		}
		a, err := ParseAmount(s)
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.Equal(t, Amount{}, a)
			require.Contains(t, err.Error(), `cost: parse amount `)
			return
		}
		back, err := ParseAmount(a.String())
		require.NoError(t, err)
		require.Equal(t, a, back, "ParseAmount(a.String()) == a")
		var u Amount
		require.NoError(t, u.UnmarshalText([]byte(a.String())))
		require.Equal(t, a, u)
		// The value agrees with math/big's reading of the same text.
		r, ok := new(big.Rat).SetString(s)
		require.True(t, ok, s)
		require.Equal(t, 0, r.Cmp(big.NewRat(a.Cents(), 100)), "%s read as %s", s, a)
	})
}

func FuzzParseRate(f *testing.F) {
	for _, s := range []string{"0.5", "0.75", "50%", "33.33 %", "1", "0", "100%", "150%", "0.123456789", "0.1234567891",
		"12.5\u00a0%", "33,33 %", "33,33\u00a0%", "0,5", "-1", "%", "1.0000000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRate(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidRate)
			require.Equal(t, Rate{}, r)
			return
		}
		require.GreaterOrEqual(t, r.n, int64(0))
		require.LessOrEqual(t, r.n, int64(billion))
		back, err := ParseRate(r.String())
		require.NoError(t, err)
		require.Equal(t, r, back, "ParseRate(r.String()) == r")
		back, err = ParseRate(r.French())
		require.NoError(t, err)
		require.Equal(t, r, back, "ParseRate(r.French()) == r")
		again, err := RateOf(r.Decimal())
		require.NoError(t, err)
		require.Equal(t, r, again)
	})
}

func FuzzParseCategory(f *testing.F) {
	for _, c := range Categories() {
		f.Add(string(c))
	}
	f.Add("")
	f.Add("Materiel")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCategory(s)
		if err != nil {
			require.ErrorIs(t, err, ErrUnknownCategory)
			require.False(t, Category(s).IsValid())
			require.Contains(t, Category(s).Label(), "%!Category(")
			return
		}
		require.Equal(t, s, string(c))
		require.True(t, c.IsValid())
		require.Contains(t, Categories(), c)
		text, err := c.MarshalText()
		require.NoError(t, err)
		require.Equal(t, s, string(text))
	})
}

// FuzzParseRounding checks that ParseRounding never panics, that what it
// accepts prints back exactly as written (Parse(x.String()) == x), and that
// what it refuses wraps ErrInvalidRounding and quotes the text; and that
// every Rounding, valid or not, reads back from its String only when it is
// valid.
func FuzzParseRounding(f *testing.F) {
	for _, s := range []string{"down-to-cent", "half-up-to-cent", "half-even-to-cent", "down-to-euro",
		"", "Down-To-Cent", "down_to_cent", "down-to-cent ", "%!Rounding(9)"} {
		f.Add(s, 0)
	}
	f.Add("down-to-euro", 4)
	f.Add("half-up-to-cent", -1)
	f.Fuzz(func(t *testing.T, s string, n int) {
		m, err := ParseRounding(s)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidRounding)
			require.Equal(t, DownToCent, m)
			require.Contains(t, err.Error(), "cost: parse rounding ")
			u := DownToEuro
			require.Error(t, u.UnmarshalText([]byte(s)))
			require.Equal(t, DownToEuro, u, "UnmarshalText leaves its receiver unchanged on error")
		} else {
			require.True(t, m.IsValid())
			require.Equal(t, s, m.String())
			text, err := m.MarshalText()
			require.NoError(t, err)
			require.Equal(t, s, string(text))
		}

		v := Rounding(n)
		back, err := ParseRounding(v.String())
		if v.IsValid() {
			require.NoError(t, err)
			require.Equal(t, v, back, "ParseRounding(v.String()) == v")
		} else {
			require.ErrorIs(t, err, ErrInvalidRounding)
		}
	})
}

// fuzzBudget builds a budget of up to four lines from fuzz arguments: the
// low bits of cats choose the categories, including unknown ones.
func fuzzBudget(n uint8, cats uint32, amounts [4]int64) Budget {
	all := append(Categories(), "xyz")
	b := make(Budget, int(n)%5)
	for i := range b {
		b[i] = Line{all[int(cats>>(4*i)&0xf)%len(all)], "ligne", Cents(amounts[i])}
	}
	return b
}

func FuzzCofinance(f *testing.F) {
	f.Add(uint8(3), uint32(0x210), int64(18000000), int64(6000000), int64(2000000), int64(0), uint32(500000000), uint8(0), uint8(1), int64(0))
	f.Add(uint8(1), uint32(2), int64(12345679), int64(0), int64(0), int64(0), uint32(500000000), uint8(2), uint8(0), int64(0))
	f.Add(uint8(2), uint32(0x22), int64(math.MaxInt64), int64(1), int64(0), int64(0), uint32(billion), uint8(1), uint8(0), int64(5))
	f.Add(uint8(4), uint32(0x8765), int64(-5), int64(7), int64(3), int64(1), uint32(333300000), uint8(3), uint8(0xff), int64(-1))
	f.Fuzz(func(t *testing.T, n uint8, cats uint32, a0, a1, a2, a3 int64, rate uint32, mode, excluded uint8, ceiling int64) {
		b := fuzzBudget(n, cats, [4]int64{a0, a1, a2, a3})
		p := Policy{
			Rate:     Rate{int64(rate % (billion + 1))},
			Rounding: Rounding(mode % 5), // 4 is invalid
			Ceiling:  Cents(ceiling),
		}
		for i, c := range append(Categories(), "xyz") {
			if excluded&(1<<i) != 0 {
				p.Excluded = append(p.Excluded, c)
			}
		}
		res, err := Cofinance(b, p)
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.True(t, b.Validate() != nil || p.Validate() != nil, "Cofinance refuses only what validation refuses")
			return
		}
		require.NoError(t, b.Validate())
		require.NoError(t, p.Validate())
		require.True(t, checkResult(t, b, p, res))
	})
}

func FuzzSplit(f *testing.F) {
	f.Add(int64(100), uint8(3), int64(1), int64(1), int64(1), int64(0))
	f.Add(int64(13000000), uint8(4), int64(48250), int64(287430), int64(126875), int64(57640))
	f.Add(int64(math.MaxInt64), uint8(2), int64(math.MaxInt64), int64(math.MaxInt64), int64(0), int64(0))
	f.Add(int64(-1), uint8(0), int64(-1), int64(0), int64(0), int64(0))
	f.Fuzz(func(t *testing.T, total int64, n uint8, w0, w1, w2, w3 int64) {
		weights := []int64{w0, w1, w2, w3}[:int(n)%5]
		parties := []string{"a", "b", "c", "d"}[:len(weights)]
		if n >= 5*5 { // sometimes, lengths that differ
			parties = parties[:len(parties)/2]
		}
		shares, err := Split(Cents(total), parties, weights)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidSplit)
			require.Nil(t, shares)
			return
		}
		again, err := Split(Cents(total), parties, weights)
		require.NoError(t, err)
		require.Equal(t, shares, again, "deterministic")

		sum := new(big.Int)
		for _, w := range weights {
			sum.Add(sum, big.NewInt(w))
		}
		var got Amount
		for i, s := range shares {
			require.Equal(t, parties[i], s.Party)
			got = got.Add(s.Amount)
			exact := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(total), big.NewInt(weights[i])), sum)
			diff := new(big.Rat).Sub(new(big.Rat).SetInt64(s.Amount.Cents()), exact)
			require.True(t, diff.Cmp(big.NewRat(-1, 1)) > 0 && diff.Cmp(big.NewRat(1, 1)) < 0,
				"share %d is %s, exact proportion %s cents", i, s.Amount, exact.FloatString(3))
		}
		require.Equal(t, Cents(total), got, "the shares add up exactly")
	})
}

func FuzzBudgetJSON(f *testing.F) {
	f.Add([]byte(`[{"category":"prestations","label":"Développement","amount":"180000.00"},{"category":"personnel","label":"Agent","amount":"60000"}]`))
	f.Add([]byte(`[{"category":"xyz","label":"a","amount":"1.00"}]`))
	f.Add([]byte(`[{}]`))
	f.Add([]byte(`[{"category":null,"amount":null}]`))
	f.Add([]byte(`[{"amount":"-12.5","label":"\u00e9"}]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"a":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var b Budget
		if json.Unmarshal(data, &b) != nil {
			return
		}
		out, err := json.Marshal(b)
		require.NoError(t, err, "what decodes encodes")
		var again Budget
		require.NoError(t, json.Unmarshal(out, &again), "what encodes decodes: %s", out)
		require.True(t, slices.Equal(b, again), "the same budget back: %s", out)
		out2, err := json.Marshal(again)
		require.NoError(t, err)
		require.True(t, bytes.Equal(out, out2), "the same encoding again")
		if err := b.Validate(); err != nil {
			assert.True(t, isSentinel(err), "%v", err)
		}
	})
}

// FuzzParseFrench checks that ParseFrench reads back what Amount.French
// writes, for any amount; and that whatever it reads from any text is the
// value that the text's digits write, and prints back in French to text it
// reads again as the same amount.
func FuzzParseFrench(f *testing.F) {
	for _, s := range []string{"12\u202f000,50\u00a0€", "12 000,50 €", "12000,50", "-12,00 €", "1,234", "12.000,50",
		"1 2 3", "92 233 720 368 547 758,08", "0,5€", "", "€", "12,50 ", "12 €€", "12 € €", "€ 12", "12\u00a0€\u202f€"} {
		f.Add(s, int64(0))
	}
	f.Add("", int64(math.MaxInt64))
	f.Add("", int64(math.MinInt64))
	f.Add("", int64(-5))
	f.Fuzz(func(t *testing.T, s string, cents int64) {
		a := Cents(cents)
		back, err := ParseFrench(a.French())
		require.NoError(t, err, a.French())
		require.Equal(t, a, back, "ParseFrench(a.French()) == a")

		got, err := ParseFrench(s)
		if err != nil {
			require.True(t, isSentinel(err), "%v", err)
			require.Equal(t, Amount{}, got)
			require.True(t, strings.HasPrefix(err.Error(), "cost: parse French amount "), err.Error())
			return
		}
		require.LessOrEqual(t, strings.Count(s, "€"), 1, "one euro sign at most: %q", s)
		require.True(t, !strings.Contains(s, "€") || strings.HasSuffix(s, "€"), "the euro sign at the end: %q", s)
		// The value is that of the text's digits, the comma as the point.
		digits := strings.Map(func(r rune) rune {
			switch r {
			case '\u202f', '\u00a0', ' ', '€':
				return -1
			case ',':
				return '.'
			}
			return r
		}, s)
		r, ok := new(big.Rat).SetString(digits)
		require.True(t, ok, digits)
		require.Zero(t, r.Cmp(big.NewRat(got.Cents(), 100)), "%q read as %s", s, got)
		again, err := ParseFrench(got.French())
		require.NoError(t, err)
		require.Equal(t, got, again)
	})
}
