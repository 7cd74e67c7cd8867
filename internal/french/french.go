// Package french formats numbers the French way, for the labels and
// explanations that the library shows to people: digits grouped by three with
// a narrow no-break space (U+202F), as in « 620 000 habitants ».
package french

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Thin is the narrow no-break space (U+202F) that separates groups of three
// digits.
const Thin = "\u202f"

// NoBreak is the no-break space (U+00A0) that stands before a unit, as in
// « 10,50 € », and before a double punctuation mark.
const NoBreak = "\u00a0"

// Colon and Semicolon are « : » and « ; » as French typography writes them
// inside a sentence: a no-break space before, a space after.
const (
	Colon     = NoBreak + ": "
	Semicolon = NoBreak + "; "
)

// Int returns n in decimal with its digits grouped by three: Int(620000) is
// "620 000" (with U+202F between the groups), Int(-1234) is "-1 234".
func Int(n int64) string {
	return string(AppendInt(nil, n))
}

// AppendInt appends Int(n) to dst and returns the extended buffer.
func AppendInt(dst []byte, n int64) []byte {
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], n, 10)
	if digits[0] == '-' {
		dst = append(dst, '-')
		digits = digits[1:]
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			dst = append(dst, Thin...)
		}
		dst = append(dst, c)
	}
	return dst
}

// Visible shows the special spaces of French text, so that a test or a log
// can print and compare them: U+00A0 becomes "~" and U+202F "^", as in
// "Subvention~: 61^728,39~€".
func Visible(s string) string {
	return strings.NewReplacer(NoBreak, "~", Thin, "^").Replace(s)
}

// InSentence returns a name or a label as it reads inside a French
// sentence: its first letter lowered — « 1re session », « consultation
// nationale 2021 », « éligibilité à préciser » — unless the letter after it
// is a capital too, as in an acronym (« TNT 2021 » stays).
func InSentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	if !unicode.IsUpper(r) || unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
