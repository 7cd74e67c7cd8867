package cost

import (
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/french"
	"github.com/shopspring/decimal"
)

// billion is the denominator of a Rate: a Rate counts billionths of one.
const billion = 1_000_000_000

// Rate is a fraction of a cost between 0 and 1 inclusive, such as the 50 %
// that the State co-finances.
//
// Rate is a value: it holds a whole number of billionths (10⁻⁹) in an
// integer, so it is exact to nine decimals as a fraction, seven as a
// percentage (33.3333333 %); a third is not a Rate. Every Rate is in
// [0, 1]: the constructors refuse or clamp what lies outside. Two Rates are
// equal with == exactly when they are the same fraction, so Rate works as a
// map key. A Rate never changes; it is safe for concurrent use.
//
// The zero value is 0 %.
type Rate struct {
	n int64 // billionths of one, in [0, billion]
}

// Percent returns the rate of p percent: Percent(50) is one half. It clamps
// p to [0, 100]: Percent(-5) is 0 % and Percent(150) is 100 %.
func Percent(p int64) Rate {
	switch {
	case p < 0:
		return Rate{}
	case p > 100:
		return Rate{billion}
	}
	return Rate{p * (billion / 100)}
}

// ParseRate returns the rate that s writes, either as a fraction of one
// with a dot for the decimals ("0.5", "0.75", "1", "0") or as a percentage
// followed by a percent sign, with or without one space before it ("50%",
// "33.33 %", "12.5%"). A percentage may have a comma for its decimals, as
// French writes them: ParseRate reads what [Rate.French] writes,
// "33,33 %" with a no-break space (U+00A0) before the sign, and the same
// with a plain space, a narrow no-break space (U+202F) or none.
//
// A fraction takes at most nine decimals and a percentage at most seven,
// the precision of [Rate]; further decimals are accepted only when they are
// zeros. No sign, exponent or grouping is accepted, nor a comma in a
// fraction ("0,5" is refused: a comma is read only in a percentage). Text
// that is not a rate, lies outside [0, 1] (above 100 %) or is finer than the
// precision gives an error wrapping [ErrInvalidRate] that quotes s:
//
//	cost: parse rate "150%": invalid rate: above 100%
//
// ParseRate reads what [Rate.String] and [Rate.French] write:
// ParseRate(r.String()) and ParseRate(r.French()) are r.
func ParseRate(s string) (Rate, error) {
	n, detail := parseBillionths(s)
	if detail != "" {
		return Rate{}, parseError("rate", s, ErrInvalidRate, detail)
	}
	return Rate{n}, nil
}

// MustParseRate is like [ParseRate] but panics on error. It is meant for
// literals in programs and tests.
func MustParseRate(s string) Rate {
	r, err := ParseRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

// parseBillionths parses the grammar of ParseRate and returns the rate in
// billionths, or why the text is not a rate.
func parseBillionths(s string) (int64, string) {
	body, percent := strings.CutSuffix(s, "%")
	if percent {
		for _, space := range []string{" ", french.NoBreak, french.Thin} {
			if b, ok := strings.CutSuffix(body, space); ok {
				body = b
				break
			}
		}
	}
	scale, places, most := int64(billion), 9, "above 1"
	if percent {
		scale, places, most = billion/100, 7, "above 100%"
	}
	i := 0
	var whole int64
	for ; i < len(body) && isDigit(body[i]); i++ {
		if whole <= 100 { // enough to tell that it is too much
			whole = whole*10 + int64(body[i]-'0')
		}
	}
	if i == 0 {
		return 0, "not a number"
	}
	var frac int64
	fine := false
	if i < len(body) && (body[i] == '.' || percent && body[i] == ',') {
		i++
		start := i
		for ; i < len(body) && isDigit(body[i]); i++ {
			if i-start < places {
				frac = frac*10 + int64(body[i]-'0')
			} else if body[i] != '0' {
				fine = true
			}
		}
		if i == start {
			return 0, "not a number"
		}
		for n := i - start; n < places; n++ {
			frac *= 10
		}
	}
	if i != len(body) {
		if !percent && strings.IndexByte(body, ',') >= 0 {
			return 0, `not a number: a comma is read only in a percentage, as in "33,33 %"`
		}
		return 0, "not a number"
	}
	if fine {
		return 0, "more than " + strconv.Itoa(places) + " decimals"
	}
	if whole > billion/scale || whole*scale+frac > billion {
		return 0, most
	}
	return whole*scale + frac, ""
}

// Decimal returns r as an exact decimal fraction of one: 0.5 for 50 %.
func (r Rate) Decimal() decimal.Decimal { return decimal.New(r.n, -9) }

// IsZero reports whether r is 0 %.
func (r Rate) IsZero() bool { return r.n == 0 }

// Compare returns -1 if r is less than s, 0 if they are equal, +1 if r is
// greater. It suits [slices.SortFunc].
func (r Rate) Compare(s Rate) int {
	switch {
	case r.n < s.n:
		return -1
	case r.n > s.n:
		return 1
	}
	return 0
}

// String returns r as a percentage with as few decimals as it needs and a
// dot: "50%", "33.33%", "12.5%", "0%". [ParseRate] reads it back.
func (r Rate) String() string {
	var buf [24]byte
	b, _ := r.AppendText(buf[:0])
	return string(b)
}

// French returns r as French text writes a percentage: a comma for the
// decimals and a no-break space (U+00A0) before the sign: "50 %",
// "33,33 %".
func (r Rate) French() string {
	var buf [24]byte
	return string(r.appendFrench(buf[:0]))
}

// GoString returns the Go that builds r, so that %#v and a failing
// assert.Equal print the rate rather than its count of billionths:
// "cost.Percent(50)" for a whole percentage, `cost.MustParseRate("33.33%")`
// otherwise.
func (r Rate) GoString() string {
	if r.n%(billion/100) == 0 {
		return "cost.Percent(" + strconv.FormatInt(r.n/(billion/100), 10) + ")"
	}
	return `cost.MustParseRate("` + r.String() + `")`
}

// AppendText appends [Rate.String] to b; it never fails.
func (r Rate) AppendText(b []byte) ([]byte, error) {
	return append(r.appendPercent(b, '.'), '%'), nil
}

// MarshalText returns [Rate.String], so that JSON carries "50%"; it never
// fails.
func (r Rate) MarshalText() ([]byte, error) {
	return r.AppendText(nil)
}

// UnmarshalText sets r to the rate that text holds, read by [ParseRate]. On
// error r is unchanged.
func (r *Rate) UnmarshalText(text []byte) error {
	v, err := ParseRate(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// appendPercent appends r as a percentage without its sign, with point as
// the decimal separator and no trailing zeros.
func (r Rate) appendPercent(b []byte, point byte) []byte {
	const unit = billion / 100 // billionths in one percent
	b = strconv.AppendInt(b, r.n/unit, 10)
	return appendFraction(b, uint64(r.n%unit), 7, point)
}

// appendFrench appends r as French writes it: "33,33 %".
func (r Rate) appendFrench(b []byte) []byte {
	return append(r.appendPercent(b, ','), french.NoBreak+"%"...)
}

// appendFraction appends frac, a fraction with the given number of digits,
// after point, without trailing zeros; it appends nothing when frac is 0.
func appendFraction(b []byte, frac uint64, digits int, point byte) []byte {
	if frac == 0 {
		return b
	}
	return appendDigits(append(b, point), frac, digits)
}

// appendDigits appends frac, a fraction with the given number of digits,
// without trailing zeros and without a point; it appends nothing when frac
// is 0.
func appendDigits(b []byte, frac uint64, digits int) []byte {
	if frac == 0 {
		return b
	}
	for frac%10 == 0 {
		frac /= 10
		digits--
	}
	var buf [20]byte
	i := len(buf)
	for ; digits > 0; digits-- {
		i--
		buf[i] = byte('0' + frac%10)
		frac /= 10
	}
	return append(b, buf[i:]...)
}
