package cost

import (
	"math"
	"strconv"

	"github.com/planrelance/numerique/internal/french"
	"github.com/shopspring/decimal"
)

// Amount is a sum of money in euros, exact to the cent.
//
// Amount is a value: it holds a count of cents in an int64, so it ranges
// from -92233720368547758.08 € to 92233720368547758.07 €. Two Amounts are
// equal with == exactly when they are the same number of cents, so Amount
// works as a map key and with testify's assert.Equal (unlike
// [decimal.Decimal], whose == compares pointers). An Amount never changes;
// it is safe for concurrent use.
//
// The zero value is 0 €.
type Amount struct {
	cents int64
}

// Cents returns the amount of n cents: Cents(1050) is 10.50 €.
func Cents(n int64) Amount { return Amount{n} }

// Euros returns the amount of n whole euros: Euros(10) is 10.00 €. Beyond
// the range of [Amount] (more than 92233720368547758 euros either way) it
// saturates: it returns the largest or the smallest Amount.
func Euros(n int64) Amount {
	switch {
	case n > math.MaxInt64/100:
		return Amount{math.MaxInt64}
	case n < math.MinInt64/100:
		return Amount{math.MinInt64}
	}
	return Amount{n * 100}
}

// ParseAmount returns the amount that s writes in euros with a dot for the
// decimals, as [Amount.String] does: "1234.56", "1234.5", "1234", "-12.00".
//
// The grammar is an optional sign ("-" or "+"), one or more digits, and
// optionally a dot followed by one or more digits. Nothing else is accepted:
// no spaces, no grouping, no comma, no exponent, no currency sign, no digit
// missing on either side of the dot (".5" and "5." are refused). Such text
// gives an error wrapping [ErrInvalidAmount].
//
// Decimals beyond the second are accepted only when they are zeros, since
// they do not change the value: "1.230" is 1.23 €, while "1.234" gives an
// error wrapping [ErrSubCent]. Text whose value leaves the range of
// [Amount] gives an error wrapping [ErrOverflow]. Errors quote s:
//
//	cost: parse amount "1,5": invalid amount
func ParseAmount(s string) (Amount, error) {
	c, err := parseCents(s)
	if err != nil {
		return Amount{}, parseError("amount", s, err, "")
	}
	return Amount{c}, nil
}

// MustParseAmount is like [ParseAmount] but panics on error. It is meant
// for literals in programs and tests.
func MustParseAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// parseCents parses the grammar of ParseAmount. It checks the syntax of the
// whole text first, then the precision, then the range, and returns the
// sentinel of the first problem.
func parseCents(s string) (int64, error) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	// limit is the magnitude allowed: one more cent below zero than above.
	limit := uint64(math.MaxInt64)
	if neg {
		limit++
	}
	var euros uint64
	tooBig := false
	start := i
	for ; i < len(s) && isDigit(s[i]); i++ {
		if euros > limit/10 {
			tooBig = true
			continue
		}
		euros = euros*10 + uint64(s[i]-'0')
	}
	if i == start {
		return 0, ErrInvalidAmount
	}
	var frac uint64
	subCent := false
	if i < len(s) && s[i] == '.' {
		i++
		start = i
		for ; i < len(s) && isDigit(s[i]); i++ {
			switch n := i - start; {
			case n < 2:
				frac = frac*10 + uint64(s[i]-'0')
			case s[i] != '0':
				subCent = true
			}
		}
		if i == start {
			return 0, ErrInvalidAmount
		}
		if i-start == 1 {
			frac *= 10
		}
	}
	if i != len(s) {
		return 0, ErrInvalidAmount
	}
	if subCent {
		return 0, ErrSubCent
	}
	if tooBig || euros > (limit-frac)/100 {
		return 0, ErrOverflow
	}
	u := euros*100 + frac
	if neg {
		return int64(-u), nil // -(1<<63) wraps to math.MinInt64, as meant
	}
	return int64(u), nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Decimal returns a as an exact decimal number of euros.
func (a Amount) Decimal() decimal.Decimal { return decimal.New(a.cents, -2) }

// Cents returns a as a number of cents: Cents(1050).Cents() is 1050.
func (a Amount) Cents() int64 { return a.cents }

// Add returns a + b. The sum saturates at the bounds of the range: when it
// would leave the range, Add returns the largest or the smallest Amount,
// never a number wrapped around. [Budget.Validate] and [Cofinance] report
// such totals as [ErrOverflow].
func (a Amount) Add(b Amount) Amount {
	s, ok := addCents(a.cents, b.cents)
	if !ok {
		if b.cents > 0 {
			return Amount{math.MaxInt64}
		}
		return Amount{math.MinInt64}
	}
	return Amount{s}
}

// Sub returns a - b, saturating at the bounds of the range as [Amount.Add]
// does.
func (a Amount) Sub(b Amount) Amount {
	d := a.cents - b.cents
	if (a.cents^b.cents)&(a.cents^d) < 0 {
		if b.cents < 0 {
			return Amount{math.MaxInt64}
		}
		return Amount{math.MinInt64}
	}
	return Amount{d}
}

// addCents returns a + b and whether the sum stays in range.
func addCents(a, b int64) (int64, bool) {
	s := a + b
	return s, (a^s)&(b^s) >= 0
}

// IsZero reports whether a is 0 €.
func (a Amount) IsZero() bool { return a.cents == 0 }

// IsNegative reports whether a is below 0 €.
func (a Amount) IsNegative() bool { return a.cents < 0 }

// Compare returns -1 if a is less than b, 0 if they are equal, +1 if a is
// greater. It suits [slices.SortFunc].
func (a Amount) Compare(b Amount) int {
	switch {
	case a.cents < b.cents:
		return -1
	case a.cents > b.cents:
		return 1
	}
	return 0
}

// String returns a in euros with a dot and always two decimals, as
// [ParseAmount] reads it: "61728.39", "10.50", "-0.50", "0.00".
func (a Amount) String() string {
	var buf [24]byte
	return string(appendPlain(buf[:0], a.cents))
}

// French returns a as French text writes it: digits grouped by three with a
// narrow no-break space (U+202F), a comma, two decimals, a no-break space
// (U+00A0) and the euro sign: "61 728,39 €", "-12,00 €".
func (a Amount) French() string {
	var buf [40]byte
	return string(appendFrenchEuros(buf[:0], a.cents))
}

// GoString returns the Go that builds a, so that %#v and a failing
// assert.Equal print the amount rather than its count of cents:
// `cost.MustParseAmount("90000.00")`.
func (a Amount) GoString() string {
	var buf [48]byte
	b := append(buf[:0], `cost.MustParseAmount("`...)
	return string(append(appendPlain(b, a.cents), `")`...))
}

// AppendText appends [Amount.String] to b; it never fails.
func (a Amount) AppendText(b []byte) ([]byte, error) {
	return appendPlain(b, a.cents), nil
}

// MarshalText returns [Amount.String], so that JSON carries "10.50"; it
// never fails.
func (a Amount) MarshalText() ([]byte, error) {
	return a.AppendText(nil)
}

// UnmarshalText sets a to the amount that text holds, read by
// [ParseAmount]. On error a is unchanged.
func (a *Amount) UnmarshalText(text []byte) error {
	v, err := ParseAmount(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// magnitude returns the sign and the absolute value of c, also for
// math.MinInt64.
func magnitude(c int64) (neg bool, u uint64) {
	if c < 0 {
		return true, uint64(^c) + 1
	}
	return false, uint64(c)
}

// appendPlain appends c cents as String writes them.
func appendPlain(b []byte, c int64) []byte {
	neg, u := magnitude(c)
	if neg {
		b = append(b, '-')
	}
	b = strconv.AppendUint(b, u/100, 10)
	return append(b, '.', byte('0'+u%100/10), byte('0'+u%10))
}

// appendFrenchNumber appends u cents, negative when neg, in French without
// the unit: "61 728,39".
func appendFrenchNumber(b []byte, neg bool, u uint64) []byte {
	if neg && u != 0 {
		b = append(b, '-')
	}
	b = french.AppendInt(b, int64(u/100)) // u ≤ 2⁶³, so u/100 < 2⁶³
	return append(b, ',', byte('0'+u%100/10), byte('0'+u%10))
}

// appendFrenchEuros appends c cents as French writes them: "61 728,39 €".
func appendFrenchEuros(b []byte, c int64) []byte {
	neg, u := magnitude(c)
	b = appendFrenchNumber(b, neg, u)
	return append(b, french.NoBreak+"€"...)
}
