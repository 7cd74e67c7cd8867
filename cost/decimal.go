package cost

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/shopspring/decimal"
)

// AmountOf returns the amount that d holds in euros. The scale of d does not
// matter, only its value: decimal 1.2300 is 1.23 €, and so is 1 followed by
// a million zeros times 10⁻¹⁰⁰⁰⁰⁰⁰.
//
// It fails, with an error wrapping [ErrOverflow], when d lies outside the
// range of [Amount], and otherwise, with an error wrapping [ErrSubCent],
// when d has a fraction of a cent. The range is checked first: a decimal
// that is both beyond the range and finer than a cent reports ErrOverflow
// (where [ParseAmount], reading text, checks the precision first). The
// error quotes d:
//
//	cost: amount of decimal "1.234": fraction of a cent
//
// AmountOf takes time linear in the size of d, whatever its size, with one
// exception: a decimal that passes every linear test of being a whole number
// of cents — an amount written with a great many trailing zeros, or a number
// made on purpose to look like one in its low bits, high bits and length —
// is then checked against a power of five as long as its coefficient, which
// [math/big] computes in about n^1.6 steps (0.9 ms for 100 KB of digits,
// 32 ms for 1 MB on the machine of the README, where refusing a decimal of
// 1 MB takes 0.1 ms). Its error message quotes d cut to a readable
// length, or, past 4 096 bits of coefficient, gives its size and exponent
// rather than writing out its digits:
//
//	cost: amount of decimal with a 3321932-bit coefficient and exponent -1000001: fraction of a cent
func AmountOf(d decimal.Decimal) (Amount, error) {
	c := d.Coefficient() // a copy, which scaleExact may change
	size := c.BitLen()
	neg := c.Sign() < 0
	c.Abs(c)
	most := uint64(math.MaxInt64)
	if neg {
		most++ // one more cent below zero than above
	}
	u, st := scaleExact(c, int64(d.Exponent())+2, most)
	switch st {
	case scaleTooBig:
		return Amount{}, decimalError("amount", d, size, ErrOverflow, "")
	case scaleTooFine:
		return Amount{}, decimalError("amount", d, size, ErrSubCent, "")
	}
	if neg {
		return Amount{int64(-u)}, nil // -(1<<63) wraps to math.MinInt64, as meant
	}
	return Amount{int64(u)}, nil
}

// RateOf returns the rate that d holds as a fraction of one: decimal 0.5 is
// 50 %. It fails, with an error wrapping [ErrInvalidRate], when d is below
// 0, above 1, or has more than nine decimals that are not zeros; the range
// is checked before the precision, as in [AmountOf], whose remark on time
// holds for RateOf too. The error quotes d:
//
//	cost: rate of decimal "1.5": invalid rate: above 1
func RateOf(d decimal.Decimal) (Rate, error) {
	c := d.Coefficient()
	size := c.BitLen()
	if c.Sign() < 0 {
		return Rate{}, decimalError("rate", d, size, ErrInvalidRate, "below 0")
	}
	u, st := scaleExact(c, int64(d.Exponent())+9, billion)
	switch st {
	case scaleTooBig:
		return Rate{}, decimalError("rate", d, size, ErrInvalidRate, "above 1")
	case scaleTooFine:
		return Rate{}, decimalError("rate", d, size, ErrInvalidRate, "more than 9 decimals")
	}
	return Rate{int64(u)}, nil
}

// scaleStatus tells what scaleExact found.
type scaleStatus int8

const (
	scaleWhole   scaleStatus = iota // a whole number, at most the bound
	scaleTooBig                     // above the bound, whole or not
	scaleTooFine                    // at most the bound, and not whole
)

// pow10 holds the powers of ten that fit in a uint64.
var pow10 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// Lower bounds of log₂ 10 and log₂ 5, in units of 10⁻¹⁸, each within 10⁻¹⁸
// of the true value.
const (
	log2Of10 = 3_321928094887362347
	log2Of5  = 2_321928094887362347
)

// inverseOf5 is the inverse of 5 modulo 2⁶⁴: 5 × inverseOf5 = 4·2⁶⁴ + 1.
const inverseOf5 = 0xCCCCCCCCCCCCCCCD

// exactBelow is the shift below which scaleExact computes 10^k exactly at
// once: 10^64 has 213 bits, a few words.
const exactBelow = 64

// scaleExact returns c × 10^shift, for c ≥ 0, when it is a whole number of
// at most most; otherwise it says whether the value is above most or, being
// at most most, has a fraction. It may change c.
//
// It takes time linear in the size of c, deciding by bit lengths, by bounds
// of 10^−shift with 64-bit mantissas, by trailing zero bits, and by the one
// quotient that arithmetic modulo 2⁶⁴ allows, but in two cases: when c is
// within 2⁻⁵⁰ or so of most × 10^−shift, which only a deliberate input is;
// and when c passes every test of being whole, when the value is checked
// against a power of five as long as c.
func scaleExact(c *big.Int, shift int64, most uint64) (uint64, scaleStatus) {
	if c.Sign() == 0 {
		return 0, scaleWhole
	}
	if shift >= 0 {
		if shift >= int64(len(pow10)) || c.BitLen() > 64 { // c ≥ 1, so c × 10^shift ≥ 10^20
			return 0, scaleTooBig
		}
		hi, lo := bits.Mul64(c.Uint64(), pow10[shift])
		if hi != 0 || lo > most {
			return 0, scaleTooBig
		}
		return lo, scaleWhole
	}

	k := -shift // the value is c / 10^k, 1 ≤ k < 2³³
	if k < exactBelow {
		return quoExact(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil), most)
	}
	b := int64(c.BitLen())
	f := floorLog(k, log2Of10)       // 2^f ≤ 10^k < 2^(f+2)
	m := int64(bits.Len64(most)) - 1 // 2^m ≤ most < 2^(m+1)
	switch {
	case b <= f: // c < 2^b ≤ 10^k: a fraction of one
		return 0, scaleTooFine
	case b-1 >= f+m+3: // c ≥ 2^(b−1) ≥ 2^(m+1) × 2^(f+2) > most × 10^k
		return 0, scaleTooBig
	}
	lo, hi := powBounds(ten, uint64(k))
	if cmpScaled(c, most, hi) > 0 { // c > most × hi ≥ most × 10^k
		return 0, scaleTooBig
	}
	if cmpScaled(c, most, lo) > 0 { // too near most × 10^k to tell without it
		return quoExact(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil), most)
	}

	// Now c ≤ most × 10^k: the value is at most most, and whole exactly
	// when 10^k = 2^k × 5^k divides c.
	if uint64(c.TrailingZeroBits()) < uint64(k) {
		return 0, scaleTooFine
	}
	c.Rsh(c, uint(k))
	// If c = q × 5^k with q ≤ most < 2⁶⁴, then q ≡ c × 5^−k (mod 2⁶⁴): the
	// quotient can only be this q, and c lies between q times the bounds
	// of 5^k.
	q := low64(c) * powMod64(inverseOf5, uint64(k))
	if q == 0 || q > most {
		return 0, scaleTooFine
	}
	lo, hi = powBounds(five, uint64(k))
	if cmpScaled(c, q, lo) < 0 || cmpScaled(c, q, hi) > 0 {
		return 0, scaleTooFine
	}
	p := new(big.Int).Exp(big.NewInt(5), big.NewInt(k), nil)
	if p.Mul(p, new(big.Int).SetUint64(q)).Cmp(c) != 0 {
		return 0, scaleTooFine
	}
	return q, scaleWhole
}

// quoExact returns c / p like scaleExact, given p exactly.
func quoExact(c, p *big.Int, most uint64) (uint64, scaleStatus) {
	if c.Cmp(new(big.Int).Mul(p, new(big.Int).SetUint64(most))) > 0 {
		return 0, scaleTooBig
	}
	q, r := new(big.Int).QuoRem(c, p, new(big.Int))
	if r.Sign() != 0 {
		return 0, scaleTooFine
	}
	return q.Uint64(), scaleWhole
}

// bound is the number m × 2^e, m having its top bit set: a bound of a power
// with a 64-bit mantissa.
type bound struct {
	m uint64
	e int64
}

// ten and five as bounds.
var (
	ten  = bound{10 << 60, -60}
	five = bound{5 << 61, -61}
)

// powBounds returns lo and hi with lo ≤ x^n ≤ hi, by squaring and
// multiplying, lo rounded down and hi up at each of the 2 × 33 steps or
// fewer: each is within 2⁻⁵⁶ of x^n, relatively.
func powBounds(x bound, n uint64) (lo, hi bound) {
	lo, hi = bound{1 << 63, -63}, bound{1 << 63, -63}
	for i := bits.Len64(n) - 1; i >= 0; i-- {
		lo, hi = mulBound(lo, lo, false), mulBound(hi, hi, true)
		if n>>i&1 == 1 {
			lo, hi = mulBound(lo, x, false), mulBound(hi, x, true)
		}
	}
	return lo, hi
}

// mulBound returns a × b kept to 64 bits, rounded up when up is set and
// down otherwise.
func mulBound(a, b bound, up bool) bound {
	h, l := bits.Mul64(a.m, b.m) // in [2¹²⁶, 2¹²⁸)
	e := a.e + b.e + 64
	if h>>63 == 0 {
		h, l = h<<1|l>>63, l<<1
		e--
	}
	if up && l != 0 {
		if h++; h == 0 {
			h, e = 1<<63, e+1
		}
	}
	return bound{h, e}
}

// cmpScaled compares c with x × b, for x > 0 and b.e ≥ 0, and returns −1,
// 0 or +1. It reads only the top bits of c and its trailing zeros.
func cmpScaled(c *big.Int, x uint64, b bound) int {
	ph, pl := bits.Mul64(x, b.m)
	n := int64(bits.Len64(pl))
	if ph != 0 {
		n = int64(bits.Len64(ph)) + 64
	}
	switch cb := int64(c.BitLen()); {
	case cb < n+b.e:
		return -1
	case cb > n+b.e:
		return 1
	}
	p := new(big.Int).SetUint64(ph)
	p.Lsh(p, 64).Or(p, new(big.Int).SetUint64(pl))
	if r := new(big.Int).Rsh(c, uint(b.e)).Cmp(p); r != 0 {
		return r
	}
	if int64(c.TrailingZeroBits()) < b.e { // bits of c below those of x × b
		return 1
	}
	return 0
}

// floorLog returns ⌊k × log / 10¹⁸⌋ for 1 ≤ k < 2³³, where log is a lower
// bound within 10⁻¹⁸ of a logarithm ℓ, in units of 10⁻¹⁸: since k × 10⁻¹⁸
// is below 10⁻⁸, ⌊k × ℓ⌋ is the result or one more.
func floorLog(k int64, log uint64) int64 {
	hi, lo := bits.Mul64(uint64(k), log)
	q, _ := bits.Div64(hi, lo, 1e18) // hi < 10¹⁸: the quotient fits
	return int64(q)
}

// powMod64 returns x^n modulo 2⁶⁴.
func powMod64(x, n uint64) uint64 {
	r := uint64(1)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r *= x
		}
		x *= x
	}
	return r
}

// low64 returns the low 64 bits of |x|, whatever the size of a machine
// word.
func low64(x *big.Int) uint64 {
	var v uint64
	for i, w := range x.Bits() {
		if i*bits.UintSize >= 64 {
			break
		}
		v |= uint64(w) << (i * bits.UintSize)
	}
	return v
}

// decimalError returns the error of AmountOf or RateOf for d, whose
// coefficient has size bits: the operation, d quoted, the sentinel and, if
// any, the detail.
func decimalError(what string, d decimal.Decimal, size int, err error, detail string) error {
	msg := "cost: " + what + " of decimal " + decimalQuote(d, size) + ": " + err.Error()
	if detail != "" {
		msg += ": " + detail
	}
	return newError(msg, err)
}

// decimalQuoteBits is the largest coefficient, in bits, that decimalQuote
// writes out: some 1 233 digits, which take microseconds to write. Writing
// a larger one in decimal would cost more than reading it did.
const decimalQuoteBits = 4096

// decimalQuote returns d, whose coefficient has size bits, for an error
// message: its text, quoted by [quote.Input] (so cut to a readable
// length), or, for a coefficient of more than decimalQuoteBits bits, its
// size and exponent.
func decimalQuote(d decimal.Decimal, size int) string {
	if size > decimalQuoteBits {
		return "with a " + strconv.Itoa(size) + "-bit coefficient and exponent " + strconv.Itoa(int(d.Exponent()))
	}
	return quote.Input(decimalText(d.Coefficient(), d.Exponent()))
}

// decimalText writes coef × 10^exp without reading any setting of the
// decimal package: plainly when it is short, with an exponent otherwise.
func decimalText(coef *big.Int, exp int32) string {
	digits := new(big.Int).Abs(coef).String()
	sign := ""
	if coef.Sign() < 0 {
		sign = "-"
	}
	switch {
	case exp >= 0 && exp <= 24:
		return sign + digits + strings.Repeat("0", int(exp))
	case exp < 0 && exp >= -24:
		n := int(-exp)
		if len(digits) <= n {
			digits = strings.Repeat("0", n-len(digits)+1) + digits
		}
		return sign + digits[:len(digits)-n] + "." + digits[len(digits)-n:]
	}
	return sign + digits + "e" + strconv.Itoa(int(exp))
}
