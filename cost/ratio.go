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
// wording rounds it, to the nearest hundredth of a percent, as it says.
//
// Ratio is a value of two amounts, comparable with ==, which compares the
// terms: 1/2 and 2/4 are the same fraction but not ==; Compare them with
// [Ratio.Cmp]. A Ratio never changes; it is safe for concurrent use.
//
// A Ratio whose Den is zero or less is the share of nothing, and counts as
// 0. The zero Ratio, 0 ÷ 0, is one: the share of the owner in a plan with
// no public funding.
//
// In JSON a Ratio is an object with its two amounts, "num" and "den":
// {"num":"15000.00","den":"120000.00"}, exact, for a program to divide as
// it needs.
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

// French returns q as a French percentage rounded to the nearest
// hundredth of a percent, half a hundredth away from zero, with as few
// decimals as it needs: "12,5 %" for one eighth, "33,33 %" for a third,
// "66,67 %" for two thirds, "83,33 %" for 175 000 out of 210 000, "0 %"
// for a Ratio that counts as 0. A share that is not 0 but rounds to it says
// so rather than print 0: "moins de 0,01 %" for 1 € out of 200 000 €
// (a negative one, "entre -0,01 % et 0 %").
// The figure is for reading only: compare a Ratio with a limit by
// [Ratio.Compare], exactly, as [Plan.Check] does.
func (q Ratio) French() string {
	p := q.percent()
	if p.hi == 0 && p.lo == 0 {
		switch neg, num, _ := q.terms(); {
		case num == 0:
		case neg:
			return "entre -0,01" + french.NoBreak + "% et 0" + french.NoBreak + "%"
		default:
			return "moins de 0,01" + french.NoBreak + "%"
		}
	}
	var buf [32]byte
	return string(p.append(buf[:0], false))
}

// percent is a share rounded to the nearest hundredth of a percent, half a
// hundredth away from zero: its sign, and its magnitude in hundredths of a
// percent on 128 bits.
type percent struct {
	neg    bool
	hi, lo uint64
}

// percent returns q rounded as French writes it.
func (q Ratio) percent() percent {
	neg, num, den := q.terms()
	// hundredths of a percent: num × 10⁴ ÷ den, on 128 bits.
	hi, lo := bits.Mul64(num, 10_000)
	qh, r := hi/den, hi%den
	ql, r := bits.Div64(r, lo, den)
	if r >= den-r { // r ≥ den ÷ 2: half a hundredth or more
		if ql++; ql == 0 {
			qh++
		}
	}
	return percent{neg && (qh != 0 || ql != 0), qh, ql}
}

// compare compares p with the rate r and returns -1, 0 or +1.
func (p percent) compare(r Rate) int {
	if p.neg {
		return -1 // a Rate is never below 0
	}
	// A hundredth of a percent is 10⁵ billionths.
	h, l := bits.Mul64(p.lo, 100_000)
	if p.hi != 0 || h != 0 {
		return 1 // more than 2⁶⁴ billionths: above any Rate
	}
	return cmp128(0, l, 0, uint64(r.n))
}

// append appends p as French writes a percentage: with two decimals when
// fixed is set ("80,00 %"), as few as it needs otherwise ("80 %").
func (p percent) append(b []byte, fixed bool) []byte {
	if p.neg {
		b = append(b, '-')
	}
	var frac uint64
	if p.hi != 0 { // a hand-made Ratio of more than 18 446 744 073 709 551 615 hundredths
		v := new(big.Int).SetUint64(p.hi)
		v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(p.lo))
		whole, f := v.QuoRem(v, big.NewInt(100), new(big.Int))
		b = append(b, whole.String()...)
		frac = f.Uint64()
	} else {
		b = strconv.AppendUint(b, p.lo/100, 10)
		frac = p.lo % 100
	}
	if fixed {
		b = append(b, ',', byte('0'+frac/10), byte('0'+frac%10))
	} else {
		b = appendFraction(b, frac, 2, ',')
	}
	return append(b, french.NoBreak+"%"...)
}

// nuance says what a share printed to the hundredth must add so as not to
// contradict the verdict of its exact comparison with a limit: nothing, or
// that it is a little more, a little less or exactly the limit.
type nuance int8

const (
	plainly      nuance = iota // the rounded figure agrees with the verdict
	slightlyMore               // the share is above the limit, the figure says otherwise
	slightlyLess               // the share is below the limit, the figure says otherwise
	exactly                    // the share is the limit, the figure says otherwise
)

// appendAgainst appends q as a percentage that a reader sets against
// limit, a maximum when ceiling is set and a minimum otherwise, and
// returns what the text must add, after the base, for the figure to agree
// with the exact verdict ([appendNuance]). A share that breaks a maximum
// breaks it by its exact figures; when its rounded figure would not show
// it — 99 357,06 € out of 124 196,32 €, 80,00004 %, against 80 % — the
// share is written with two decimals, "80,00 %", and the nuance says
// « un peu plus que le plafond de 80 % ». Likewise for a share that meets
// its limit and whose rounded figure would seem to break it.
func (q Ratio) appendAgainst(b []byte, limit Rate, ceiling bool) ([]byte, nuance) {
	p := q.percent()
	exact, shown := q.Compare(limit), p.compare(limit)
	broken, seems := exact > 0, shown > 0
	if !ceiling {
		broken, seems = exact < 0, shown < 0
	}
	if broken == seems {
		return p.append(b, false), plainly
	}
	n := exactly
	switch {
	case exact > 0:
		n = slightlyMore
	case exact < 0:
		n = slightlyLess
	}
	return p.append(b, true), n
}

// appendNuance appends what n says of a share against limit, a maximum
// (le plafond) when ceiling is set and a minimum otherwise:
// « , un peu plus que le plafond de 80 % ». It appends nothing for plainly.
func appendNuance(b []byte, n nuance, limit Rate, ceiling bool) []byte {
	switch n {
	case plainly:
		return b
	case slightlyMore:
		b = append(b, ", un peu plus que "...)
	case slightlyLess:
		b = append(b, ", un peu moins que "...)
	default:
		b = append(b, ", exactement "...)
	}
	if ceiling {
		b = append(b, "le plafond de "...)
	} else {
		b = append(b, "le minimum de "...)
	}
	return limit.appendFrench(b)
}
