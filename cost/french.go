package cost

import "strings"

// frenchNotation is what ParseFrench wants, for its errors.
const frenchNotation = `want French notation, as in "12 000,50 €": digits in groups of three, a comma before the decimals, an optional €`

// ParseFrench returns the amount that s writes in euros the French way, as
// [Amount.French] writes it: "12 000,50 €", "-12,00 €", "0,05 €". It is
// the French counterpart of [ParseAmount], for text that people type or
// copy from a document.
//
// The grammar is an optional sign ("-" or "+"); the euros, either plain
// digits ("12000") or digits in groups of three after a first group of one
// to three ("12 000", "1 234 567"), the groups separated by a narrow
// no-break space (U+202F, as French writes them), a no-break space (U+00A0)
// or a plain space; optionally a comma followed by one or more digits; and
// optionally one euro sign "€" at the end, after a no-break space, a narrow
// no-break space, a plain space or nothing. Nothing else is accepted: no
// dot, no group of another size, no other currency sign, no euro sign
// before the amount or twice ("12 €€", "12 € €"), no space at either end.
// Such text gives an error wrapping [ErrInvalidAmount] that says which
// notation is expected, or where the euro sign goes:
//
//	cost: parse French amount "12.000,50": invalid amount: want French notation, as in "12 000,50 €": digits in groups of three, a comma before the decimals, an optional €
//	cost: parse French amount "12 €€": invalid amount: more than one euro sign; write one, at the end, as in "12 000,50 €"
//
// As with ParseAmount, decimals beyond the second are accepted only when
// they are zeros ("1,230" is 1,23 €; "1,234" gives an error wrapping
// [ErrSubCent]) and a value beyond the range of [Amount] gives an error
// wrapping [ErrOverflow]. ParseFrench reads what Amount.French writes:
// ParseFrench(a.French()) is a.
func ParseFrench(s string) (Amount, error) {
	plain, ok := frenchToPlain(s)
	if !ok {
		detail := frenchNotation
		switch n := strings.Count(s, "€"); {
		case n > 1:
			detail = `more than one euro sign; write one, at the end, as in "12 000,50 €"`
		case n == 1 && !strings.HasSuffix(s, "€"):
			detail = `the euro sign goes at the end, as in "12 000,50 €"`
		}
		return Amount{}, parseError("French amount", s, ErrInvalidAmount, detail)
	}
	c, err := parseCents(plain)
	if err != nil {
		return Amount{}, parseError("French amount", s, err, "")
	}
	return Amount{c}, nil
}

// frenchToPlain returns the amount that s writes in French notation in the
// notation of ParseAmount, and whether s is in French notation.
func frenchToPlain(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		b.WriteByte(s[i])
		i++
	}
	digits, groups := 0, 0 // digits in the group being read; groups before it
	for i < len(s) {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
			digits++
			i++
			continue
		}
		n := spaceAt(s, i)
		if n == 0 || i+n == len(s) || !isDigit(s[i+n]) {
			break // the end of the euros
		}
		if digits == 0 || digits > 3 || groups > 0 && digits != 3 {
			return "", false
		}
		groups++
		digits = 0
		i += n
	}
	if digits == 0 || groups > 0 && digits != 3 {
		return "", false
	}
	if i < len(s) && s[i] == ',' {
		b.WriteByte('.')
		i++
		start := i
		for ; i < len(s) && isDigit(s[i]); i++ {
			b.WriteByte(s[i])
		}
		if i == start {
			return "", false
		}
	}
	if n := spaceAt(s, i); n > 0 && s[i+n:] == "€" {
		i += n // a space stands only before the unit
	}
	if rest := s[i:]; rest != "" && rest != "€" {
		return "", false
	}
	return b.String(), true
}

// spaceAt returns the length in bytes of the space at s[i:] that French
// notation allows between groups of digits and before the unit: a narrow
// no-break space, a no-break space or a plain space; or 0.
func spaceAt(s string, i int) int {
	for _, space := range []string{"\u202f", "\u00a0", " "} {
		if strings.HasPrefix(s[i:], space) {
			return len(space)
		}
	}
	return 0
}
