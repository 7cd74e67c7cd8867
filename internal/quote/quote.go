// Package quote quotes user input inside error messages, so that a message
// stays readable whatever it is given: a string of a megabyte is cut to its
// first [Limit] characters and its length ([Input]), and a list of ten
// thousand names to its first [MaxChoices] and their number ([Choices]).
package quote

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limit is the number of characters of an input that [Input] quotes in full.
const Limit = 64

// MaxChoices is the number of names that [Choices] writes out in full.
const MaxChoices = 12

// Input returns s quoted as Go quotes it ([strconv.Quote]), with what is not
// printable escaped. An input of more than [Limit] characters is cut after
// its first Limit characters, the cut marked by « … » inside the quotes and
// followed by the input's whole length:
//
//	"1.00000000000000000000000000000000000000000000000000000000000000…" (1000002 bytes)
//
// Invalid UTF-8 counts one character per byte.
func Input(s string) string {
	cut, long := prefix(s)
	if !long {
		return strconv.Quote(s)
	}
	q := strconv.Quote(s[:cut])
	return q[:len(q)-1] + "…\" (" + strconv.Itoa(len(s)) + " bytes)"
}

// Number returns the JSON number s as written, for an error message:
// digits, signs, points and exponents, which need no quotes, cut after
// [Limit] characters as [Input] cuts a text, its length then said:
//
//	99999999999999999999999999999999999999999999999999999999999999999… (200 bytes)
//
// s is ASCII, as JSON numbers are.
func Number(s string) string {
	if len(s) <= Limit {
		return s
	}
	return s[:Limit] + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// Long reports whether s has more than [Limit] characters: whether [Input]
// cuts it.
func Long(s string) bool {
	_, long := prefix(s)
	return long
}

// prefix returns the length in bytes of the first Limit characters of s,
// and whether s is longer. It reads no more of s than that.
func prefix(s string) (int, bool) {
	cut, n := 0, 0
	for cut < len(s) && n < Limit {
		_, size := utf8.DecodeRuneInString(s[cut:])
		cut += size
		n++
	}
	return cut, cut < len(s)
}

// Choices lists names for a message, as English words a choice: "a",
// "a or b", "a, b or c"; "" for no name. A name is written as it is, unless
// it is longer than [Limit] characters, which [Input] quotes. Past
// [MaxChoices] names, the list ends with the number of the others:
//
//	s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11 or 989 others
//
// so that the message stays short whatever the number of names.
func Choices(names []string) string {
	shown, others := names, 0
	if len(names) > MaxChoices {
		shown, others = names[:MaxChoices-1], len(names)-(MaxChoices-1)
	}
	var b strings.Builder
	for i, name := range shown {
		switch {
		case i == 0:
		case i == len(shown)-1 && others == 0:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		if Long(name) {
			name = Input(name)
		}
		b.WriteString(name)
	}
	if others > 0 {
		b.WriteString(" or " + strconv.Itoa(others) + " others")
	}
	return b.String()
}
