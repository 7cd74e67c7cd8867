// Package quote quotes user input inside error messages, so that a message
// stays readable whatever it is given.
package quote

import (
	"strconv"
	"unicode/utf8"
)

// Limit is the number of characters of an input that [Input] quotes in full.
const Limit = 64

// Input returns s quoted as Go quotes it ([strconv.Quote]), with what is not
// printable escaped. An input of more than [Limit] characters is cut after
// its first Limit characters, the cut marked by « … » inside the quotes and
// followed by the input's whole length:
//
//	"1.00000000000000000000000000000000000000000000000000000000000000…" (1000002 bytes)
//
// Invalid UTF-8 counts one character per byte.
func Input(s string) string {
	cut, n := 0, 0
	for cut < len(s) && n < Limit {
		_, size := utf8.DecodeRuneInString(s[cut:])
		cut += size
		n++
	}
	if cut == len(s) {
		return strconv.Quote(s)
	}
	q := strconv.Quote(s[:cut])
	return q[:len(q)-1] + "…\" (" + strconv.Itoa(len(s)) + " bytes)"
}
