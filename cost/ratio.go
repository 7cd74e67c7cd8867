package cost

import (
	"math/big"
	"math/bits"
	"strconv"

	"github.com/planrelance/numerique/internal/french"
)

// Ratio is the exact fraction Num ÷ Den of two amounts, such as the share
// of the owner in the public funding of a project: 15 000,00 € out of
// 120 000,00 € is Ratio{Euros(15000), Euros(120000)}, one eighth. A share
// is kept as the two amounts it is made of, so that it is never rounded:
// [Ratio.Compare] sets it against a [Rate] exactly, and only its French
// wording rounds it, as it says.
//
// Ratio is a value of two amounts, comparable with ==, which compares the
// terms: 1/2 and 2/4 are the same fraction but not ==; Compare them with
// [Ratio.Cmp]. A Ratio never changes; it is safe for concurrent use.
//
// A Ratio whose Den is zero or less is the share of nothing, and counts as
// 0. The zero Ratio, 0 ÷ 0, is one: the share of the owner in a plan with
// no public funding.
type Ratio struct {
	Num Amount `json:"num"` // the part
	Den Amount `json:"den"` // the whole; zero or less: the Ratio counts as 0
}

// terms returns the magnitude of the numerator, its sign, and the
// denominator of q, 0 for a Ratio that counts as 0.
func (q Ratio) terms() (neg bool, num, den uint64) {
	if q.Den.cents <= 0 {
		return false, 0, 1
	}
	neg, num = magnitude(q.Num.cents)
	return neg, num, uint64(q.Den.cents)
}

// Compare compares q with the rate r exactly, and returns -1 if q is less
// than r, 0 if they are equal, +1 if q is greater: Ratio{Euros(1),
// Euros(5)}.Compare(Percent(20)) is 0.
func (q Ratio) Compare(r Rate) int {
	neg, num, den := q.terms()
	if neg && num != 0 {
		return -1 // a Rate is never below 0
	}
	// num ÷ den against r.n ÷ 10⁹, in 128 bits: num × 10⁹ against r.n × den.
	ah, al := bits.Mul64(num, billion)
	bh, bl := bits.Mul64(uint64(r.n), den)
	return cmp128(ah, al, bh, bl)
}

// Cmp compares q with o as fractions, exactly, and returns -1, 0 or +1. It
// suits [slices.SortFunc].
func (q Ratio) Cmp(o Ratio) int {
	qn, qa, qd := q.terms()
	on, oa, od := o.terms()
	switch {
	case qn && qa != 0 && !(on && oa != 0):
		return -1
	case on && oa != 0 && !(qn && qa != 0):
		return 1
	}
	ah, al := bits.Mul64(qa, od)
	bh, bl := bits.Mul64(oa, qd)
	c := cmp128(ah, al, bh, bl)
	if qn && qa != 0 { // both negative: the larger magnitude is the smaller
		return -c
	}
	return c
}

// cmp128 compares the 128-bit numbers a and b, each given as its high and
// low words.
func cmp128(ah, al, bh, bl uint64) int {
	switch {
	case ah < bh || ah == bh && al < bl:
		return -1
	case ah > bh || ah == bh && al > bl:
		return 1
	}
	return 0
}

// String returns q as its two amounts: "15000.00/120000.00".
func (q Ratio) String() string { return q.Num.String() + "/" + q.Den.String() }

// French returns q as a French percentage rounded down to the hundredth of
// a percent, with as few decimals as it needs: "12,5 %" for one eighth,
// "33,33 %" for a third, "0 %" for a Ratio that counts as 0.
func (q Ratio) French() string {
	var buf [32]byte
	return string(q.appendPercent(buf[:0], false))
}

// appendPercent appends q as French writes a percentage, to the hundredth
// of a percent, rounded up when up is set and down otherwise.
func (q Ratio) appendPercent(b []byte, up bool) []byte {
	neg, num, den := q.terms()
	// hundredths of a percent: num × 10⁴ ÷ den, rounded, on 128 bits.
	hi, lo := bits.Mul64(num, 10_000)
	qh, r := hi/den, hi%den
	ql, r := bits.Div64(r, lo, den)
	if up && r != 0 && !neg || !up && r != 0 && neg { // away from the side asked, in magnitude
		if ql++; ql == 0 {
			qh++
		}
	}
	if neg && (qh != 0 || ql != 0) {
		b = append(b, '-')
	}
	if qh != 0 { // a hand-made Ratio of more than 18 446 744 073 709 551 615 hundredths
		v := new(big.Int).SetUint64(qh)
		v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(ql))
		whole, frac := v.QuoRem(v, big.NewInt(100), new(big.Int))
		b = append(b, whole.String()...)
		b = appendFraction(b, frac.Uint64(), 2, ',')
	} else {
		b = strconv.AppendUint(b, ql/100, 10)
		b = appendFraction(b, ql%100, 2, ',')
	}
	return append(b, french.NoBreak+"%"...)
}
