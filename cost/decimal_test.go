package cost

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// zerosDecimal returns coef × 10^zeros × 10^(exp − zeros): the value coef ×
// 10^exp written with zeros more trailing zeros, as "1." followed by a
// million zeros is 1 written with a million of them.
func zerosDecimal(coef *big.Int, exp int32, zeros int) decimal.Decimal {
	c := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(zeros)), nil)
	return decimal.NewFromBigInt(c.Mul(c, coef), exp-int32(zeros))
}

// pow returns base^n × factor + add.
func pow(base, n int64, factor, add *big.Int) *big.Int {
	p := new(big.Int).Exp(big.NewInt(base), big.NewInt(n), nil)
	return p.Mul(p, factor).Add(p, add)
}

func TestAmountOfHugeDecimals(t *testing.T) {
	maxCents := big.NewInt(math.MaxInt64)
	tests := []struct {
		name string
		in   decimal.Decimal
		want int64
	}{
		{`"1." and a million zeros`, zerosDecimal(big.NewInt(1), 0, 1_000_000), 100},
		{"one cent and a hundred thousand zeros", zerosDecimal(big.NewInt(1), -2, 100_000), 1},
		{"minus one cent and a hundred thousand zeros", zerosDecimal(big.NewInt(-1), -2, 100_000), -1},
		{"the largest amount with forty zeros", zerosDecimal(maxCents, -2, 40), math.MaxInt64},
		{"the smallest amount with forty zeros", zerosDecimal(big.NewInt(math.MinInt64), -2, 40), math.MinInt64},
		{"the largest amount with a thousand zeros", zerosDecimal(maxCents, -2, 1000), math.MaxInt64},
		{"seven cents as 7 × 5¹⁰⁰ × 2¹⁰⁰ × 10⁻¹⁰²", decimal.NewFromBigInt(new(big.Int).Lsh(pow(5, 100, big.NewInt(7), new(big.Int)), 100), -102), 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AmountOf(tt.in)
			require.NoError(t, err)
			assert.Equal(t, Cents(tt.want), got)
		})
	}
}

func TestAmountOfHugeDecimalErrors(t *testing.T) {
	maxCents := big.NewInt(math.MaxInt64)
	one := big.NewInt(1)
	// 2^100 × (low64(7 × 5^100) + 2^240): it passes the test of trailing
	// zeros and its candidate quotient is 7, but it is far longer than
	// 7 × 5^100.
	low := new(big.Int).And(pow(5, 100, big.NewInt(7), new(big.Int)), new(big.Int).SetUint64(math.MaxUint64))
	long := new(big.Int).Lsh(new(big.Int).Add(low, new(big.Int).Lsh(one, 240)), 100)
	// 2^100 × (7 × 5^100 + 2^64): the same low bits and length as 7 cents,
	// which only the full product tells apart.
	near := new(big.Int).Lsh(pow(5, 100, big.NewInt(7), new(big.Int).Lsh(one, 64)), 100)
	tests := []struct {
		name string
		in   decimal.Decimal
		want error
		msg  string
	}{
		{`"1.", a million zeros and a 1`, decimal.NewFromBigInt(pow(10, 1_000_001, one, one), -1_000_001), ErrSubCent,
			"cost: amount of decimal with a 3321932-bit coefficient and exponent -1000001: fraction of a cent"},
		{"a 1 and a million zeros", zerosDecimal(one, 1_000_000, 1_000_000), ErrOverflow,
			"cost: amount of decimal with a 3321929-bit coefficient and exponent 0: amount out of range"},
		{"out of range and finer than a cent: the range first", decimal.RequireFromString("1" + strings.Repeat("0", 30) + ".001"), ErrOverflow,
			`cost: amount of decimal "1000000000000000000000000000000.001": amount out of range`},
		{"one cent above the largest, with forty zeros", zerosDecimal(new(big.Int).Add(maxCents, one), -2, 40), ErrOverflow, ""},
		{"one cent below the smallest, with forty zeros", zerosDecimal(big.NewInt(math.MinInt64+1).Sub(big.NewInt(math.MinInt64), one), -2, 40), ErrOverflow, ""},
		{"a fraction next to the largest", decimal.NewFromBigInt(pow(10, 40, new(big.Int).Sub(maxCents, one), one), -42), ErrSubCent, ""},
		{"one cent above the largest, with a thousand zeros", zerosDecimal(new(big.Int).Add(maxCents, one), -2, 1000), ErrOverflow, ""},
		{"a fraction above the largest, with a thousand zeros", decimal.NewFromBigInt(pow(10, 1000, maxCents, one), -1002), ErrOverflow, ""},
		{"a fraction next to the largest, with a thousand zeros", decimal.NewFromBigInt(pow(10, 1000, new(big.Int).Sub(maxCents, one), one), -1002), ErrSubCent, ""},
		{"a quarter above the largest, with a thousand zeros", decimal.NewFromBigInt(pow(10, 1000, new(big.Int).Add(maxCents, big.NewInt(math.MaxInt64/4)), new(big.Int)), -1002), ErrOverflow, ""},
		{"a far exponent with a short coefficient", decimal.New(1, -30), ErrSubCent, ""},
		{"a long coefficient over a short scale", decimal.NewFromBigInt(pow(10, 60, one, new(big.Int)), -3), ErrOverflow, ""},
		{"a long coefficient over a long scale", decimal.NewFromBigInt(pow(10, 2000, one, new(big.Int)), -100), ErrOverflow, ""},
		{"odd", decimal.New(12345, -5), ErrSubCent, ""},
		{"a far exponent with a short coefficient, beyond the small powers", decimal.New(1, -100), ErrSubCent, ""},
		{"a power of two, whose quotient would be zero, beyond the small powers", decimal.NewFromBigInt(new(big.Int).Lsh(one, 350), -102), ErrSubCent, ""},
		{"2¹⁰⁰ × (2²⁵⁰ + 1), whose quotient would be huge", decimal.NewFromBigInt(new(big.Int).Lsh(new(big.Int).Add(new(big.Int).Lsh(one, 250), one), 100), -102), ErrSubCent, ""},
		{"a power of two, whose quotient would be zero", decimal.NewFromBigInt(new(big.Int).Lsh(one, 200), -44), ErrSubCent, ""},
		{"a power of two, whose quotient would be huge", decimal.NewFromBigInt(big.NewInt(1024), -5), ErrSubCent, ""},
		{"the low bits of 7 cents, much longer", decimal.NewFromBigInt(long, -102), ErrSubCent, ""},
		{"the low bits and length of 7 cents", decimal.NewFromBigInt(near, -102), ErrSubCent, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AmountOf(tt.in)
			require.ErrorIs(t, err, tt.want)
			assert.Equal(t, Amount{}, got)
			assert.Less(t, len(err.Error()), 160, "the message quotes the decimal at a readable length")
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
		})
	}
}

func TestRateOfHugeDecimals(t *testing.T) {
	tests := []struct {
		name string
		in   decimal.Decimal
		want int64
		msg  string
	}{
		{`"0.5" and a million zeros`, zerosDecimal(big.NewInt(5), -1, 1_000_000), 500000000, ""},
		{`"1." and a hundred thousand zeros`, zerosDecimal(big.NewInt(1), 0, 100_000), billion, ""},
		{"one billionth and a thousand zeros", zerosDecimal(big.NewInt(1), -9, 1000), 1, ""},
		{"a billionth above one, with a thousand zeros", zerosDecimal(big.NewInt(billion+1), -9, 1000), 0,
			`cost: rate of decimal "1000000001000000000000000000000000000000000000000000000000000000…" (1016 bytes): invalid rate: above 1`},
		{`"0.5", a hundred thousand zeros and a 1`, decimal.NewFromBigInt(pow(10, 100_001, big.NewInt(5), big.NewInt(1)), -100_002), 0,
			"cost: rate of decimal with a 332199-bit coefficient and exponent -100002: invalid rate: more than 9 decimals"},
		{"a 1 and a million zeros", zerosDecimal(big.NewInt(1), 1_000_000, 1_000_000), 0,
			"cost: rate of decimal with a 3321929-bit coefficient and exponent 0: invalid rate: above 1"},
		{"above one and too fine: the range first", decimal.RequireFromString("1.0000000000001"), 0,
			`cost: rate of decimal "1.0000000000001": invalid rate: above 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := RateOf(tt.in)
			if tt.msg != "" {
				require.ErrorIs(t, err, ErrInvalidRate)
				assert.EqualError(t, err, tt.msg)
				assert.Equal(t, Rate{}, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, Rate{tt.want}, got)
		})
	}
}

// TestFloorLog checks the bounds that scaleExact draws from floorLog:
// 2^f ≤ 10^k < 2^(f+2), and likewise for 5^k.
func TestFloorLog(t *testing.T) {
	for _, base := range []struct {
		b   int64
		log uint64
	}{{10, log2Of10}, {5, log2Of5}} {
		p := big.NewInt(1)
		for k := int64(1); k <= 3000; k++ {
			p.Mul(p, big.NewInt(base.b))
			f := floorLog(k, base.log)
			n := int64(p.BitLen())
			if !assert.True(t, f+1 <= n && n <= f+2, "%d^%d has %d bits, f = %d", base.b, k, n, f) {
				return
			}
		}
	}
	assert.Equal(t, int64(7133786293), floorLog(1<<31+9, log2Of10), "⌊(2³¹ + 9) × log₂ 10⌋, the largest shift that a decimal's exponent allows")
}

func TestLow64AndPowMod64(t *testing.T) {
	x := new(big.Int).Lsh(big.NewInt(3), 70)
	x.Add(x, new(big.Int).SetUint64(0xDEADBEEF_12345678))
	assert.Equal(t, uint64(0xDEADBEEF_12345678), low64(x))
	assert.Equal(t, uint64(0), low64(new(big.Int)))
	assert.Equal(t, uint64(1), 5*powMod64(inverseOf5, 1))
	assert.Equal(t, uint64(1), powMod64(5, 20)*powMod64(inverseOf5, 20))
	assert.Equal(t, uint64(1), powMod64(7, 0))
}

func TestMulBound(t *testing.T) {
	tests := []struct {
		name  string
		a, b  bound
		up    bool
		wantM uint64
		wantE int64
	}{
		{"exact, no shift", bound{1 << 63, 0}, bound{1 << 63, 0}, true, 1 << 63, 63},
		{"rounded down", bound{1<<63 + 1, 0}, bound{math.MaxUint64 - 1, 0}, false, math.MaxUint64, 63},
		{"rounded up past the top: one more bit", bound{1<<63 + 1, 0}, bound{math.MaxUint64 - 1, 0}, true, 1 << 63, 64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, bound{tt.wantM, tt.wantE}, mulBound(tt.a, tt.b, tt.up))
		})
	}
}

// TestPowBounds checks the bounds of 10^k and 5^k against the powers
// themselves, and cmpScaled against math/big's comparison around them.
func TestPowBounds(t *testing.T) {
	for _, x := range []struct {
		b int64
		x bound
	}{{10, ten}, {5, five}} {
		p := big.NewInt(1)
		for k := uint64(1); k <= 1000; k++ {
			p.Mul(p, big.NewInt(x.b))
			lo, hi := powBounds(x.x, k)
			if !assert.True(t, boundInt(lo, 1).Cmp(p) <= 0 && p.Cmp(boundInt(hi, 1)) <= 0, "lo ≤ %d^%d ≤ hi", x.b, k) {
				return
			}
			if k < 40 { // cmpScaled wants a bound with e ≥ 0
				continue
			}
			for _, f := range []uint64{1, 3, math.MaxUint64} {
				for _, b := range []bound{lo, hi} {
					at := boundInt(b, f)
					for _, d := range []int64{-1, 0, 1} {
						c := new(big.Int).Add(at, big.NewInt(d))
						if !assert.Equal(t, int(d), cmpScaled(c, f, b), "%d^%d × %d %+d", x.b, k, f, d) {
							return
						}
					}
				}
			}
		}
	}
}

// boundInt returns f × b as a big.Int, for b.e ≥ 0, or b.m × f >> −b.e.
func boundInt(b bound, f uint64) *big.Int {
	v := new(big.Int).Mul(new(big.Int).SetUint64(b.m), new(big.Int).SetUint64(f))
	if b.e >= 0 {
		return v.Lsh(v, uint(b.e))
	}
	return v.Rsh(v, uint(-b.e))
}
