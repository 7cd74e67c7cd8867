package cost

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// FuzzDecimal checks AmountOf and RateOf against a big.Rat reference on
// decimals of every size and scale, huge ones among them: coef, written
// with zeros more trailing zeros and then changed by tail, times
// 10^(exp − zeros). Each is exact, refuses what the reference refuses for
// the same reason, and quotes the decimal at a readable length.
func FuzzDecimal(f *testing.F) {
	f.Add([]byte{1}, false, int16(0), uint16(2000), int8(0)) // "1." and 2 000 zeros
	f.Add([]byte{1}, false, int16(0), uint16(2000), int8(1)) // the same and a final 1
	f.Add([]byte{5}, false, int16(-1), uint16(300), int8(0)) // 0.5 and zeros
	f.Add([]byte{0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, true, int16(-2), uint16(80), int8(0))
	f.Add([]byte{0x80, 0, 0, 0, 0, 0, 0, 0}, true, int16(-2), uint16(80), int8(-1))
	f.Add([]byte{0x80, 0, 0, 0, 0, 0, 0, 0}, false, int16(-2), uint16(80), int8(0))
	f.Add([]byte{3}, false, int16(-9), uint16(0), int8(0))
	f.Add([]byte{}, false, int16(-30000), uint16(5), int8(0))
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, false, int16(200), uint16(7), int8(3))
	f.Fuzz(func(t *testing.T, coef []byte, neg bool, exp int16, zeros uint16, tail int8) {
		z := int64(zeros % 3000)
		c := new(big.Int).SetBytes(coef)
		if neg {
			c.Neg(c)
		}
		c.Mul(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(z), nil))
		c.Add(c, big.NewInt(int64(tail)))
		e := int64(exp) - z
		d := decimal.NewFromBigInt(c, int32(e))

		// value = c × 10^e, exactly.
		value := new(big.Rat).SetInt(c)
		scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(max(e, -e)), nil))
		if e >= 0 {
			value.Mul(value, scale)
		} else {
			value.Quo(value, scale)
		}

		cents := new(big.Rat).Mul(value, big.NewRat(100, 1))
		a, err := AmountOf(d)
		switch {
		case cents.Cmp(new(big.Rat).SetInt64(math.MaxInt64)) > 0 || cents.Cmp(new(big.Rat).SetInt64(math.MinInt64)) < 0:
			require.ErrorIs(t, err, ErrOverflow)
		case !cents.IsInt():
			require.ErrorIs(t, err, ErrSubCent)
		default:
			require.NoError(t, err)
			require.Equal(t, cents.Num().Int64(), a.Cents())
		}
		if err != nil {
			require.Equal(t, Amount{}, a)
			require.True(t, strings.HasPrefix(err.Error(), "cost: amount of decimal "), err.Error())
			require.Less(t, len(err.Error()), 200, "%.200s", err)
		}

		billionths := new(big.Rat).Mul(value, big.NewRat(billion, 1))
		r, err := RateOf(d)
		switch {
		case value.Sign() < 0:
			require.ErrorIs(t, err, ErrInvalidRate)
			require.True(t, strings.HasSuffix(err.Error(), ": below 0"), err.Error())
		case billionths.Cmp(big.NewRat(billion, 1)) > 0:
			require.ErrorIs(t, err, ErrInvalidRate)
			require.True(t, strings.HasSuffix(err.Error(), ": above 1"), err.Error())
		case !billionths.IsInt():
			require.ErrorIs(t, err, ErrInvalidRate)
			require.True(t, strings.HasSuffix(err.Error(), ": more than 9 decimals"), err.Error())
		default:
			require.NoError(t, err)
			require.Equal(t, billionths.Num().Int64(), r.n)
		}
		if err != nil {
			require.Equal(t, Rate{}, r)
			require.Less(t, len(err.Error()), 200, "%.200s", err)
		}
	})
}
