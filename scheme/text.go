package scheme

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/french"
)

// This file holds the pieces of French that the wording of the criteria
// (wording.go) is written with: numbers, dates, lists, quotations, plurals
// and the names of sessions, with French typography.

// text is French being written.
type text []byte

func (t *text) s(s string)           { *t = append(*t, s...) }
func (t *text) int(n int)            { *t = french.AppendInt(*t, int64(n)) }
func (t *text) date(d calendar.Date) { *t = d.AppendFrench(*t) }

// list writes n items separated by commas.
func (t *text) list(n int, item func(i int)) {
	for i := range n {
		if i > 0 {
			t.s(", ")
		}
		item(i)
	}
}

// quote writes s between French quotation marks; what is not printable
// text — invalid UTF-8, control characters — is escaped as Go quotes it
// ("\xff", "\x00").
func (t *text) quote(s string) {
	t.s("«\u00a0")
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && n == 1:
			*t = append(*t, '\\', 'x', hex[s[0]>>4], hex[s[0]&0xf])
		case unicode.IsPrint(r):
			t.s(s[:n])
		default:
			q := strconv.AppendQuoteRune(nil, r) // '\x00', '\u2028'
			*t = append(*t, q[1:len(q)-1]...)
		}
		s = s[n:]
	}
	t.s("\u00a0»")
}

// hex holds the hexadecimal digits, for quote.
const hex = "0123456789abcdef"

// inhabitants writes n followed by « habitant », in the plural from 2 and
// from -2.
func (t *text) inhabitants(n int) {
	t.int(n)
	if -2 < n && n < 2 {
		t.s(" habitant")
	} else {
		t.s(" habitants")
	}
}

// others writes n followed by one or many, as n asks.
func (t *text) others(n int, one, many string) {
	t.int(n)
	if n == 1 {
		t.s(one)
	} else {
		t.s(many)
	}
}

// invalidAnswer writes the invalid answer a, quoted as it prints.
func (t *text) invalidAnswer(a Answer) {
	t.s("«\u00a0%!Answer(")
	*t = strconv.AppendInt(*t, int64(a), 10)
	t.s(")\u00a0»")
}

// months returns n followed by « mois »: "18 mois".
func months(n int) string {
	return french.Int(int64(n)) + " mois"
}

// sessionName writes the name of s as it reads inside a French sentence,
// after « la »: "1re session", "consultation nationale 2021" — a leading
// capital is lowered unless the next letter is a capital too, as in an
// acronym. An empty name gives "session".
func (t *text) sessionName(s *session) {
	if s.def.Name == "" {
		t.s("session")
		return
	}
	t.s(french.InSentence(s.def.Name))
}
