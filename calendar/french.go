package calendar

import (
	"strconv"
	"time"
)

// French returns d as French texts write it: the day, the month in lower
// case and the year, "15 mars 2021", with "1er" for the first day of a month,
// "1er juin 2021". The zero Date gives "".
func (d Date) French() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendFrench(make([]byte, 0, 20), true))
}

// AppendFrench appends [Date.French] to b and returns the extended buffer,
// without allocating when b has room: a French date takes at most 17
// bytes, "31 décembre 9999". The zero Date appends nothing.
func (d Date) AppendFrench(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	return d.appendFrench(b, true)
}

// appendFrench appends the French form of a non-zero d to b, with its month
// and, if withYear, its year.
func (d Date) appendFrench(b []byte, withYear bool) []byte {
	year, month, day := d.civil()
	b = appendFrenchDay(b, day)
	b = append(b, ' ')
	b = append(b, frenchMonth(month)...)
	if withYear {
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(year), 10)
	}
	return b
}

// appendFrenchDay appends a day of the month to b: "15", or "1er" for the
// first.
func appendFrenchDay(b []byte, day int) []byte {
	b = strconv.AppendInt(b, int64(day), 10)
	if day == 1 {
		b = append(b, "er"...)
	}
	return b
}

// frenchMonth returns the French name of a valid month, in lower case as
// French writes it inside a sentence.
func frenchMonth(m time.Month) string {
	switch m {
	case time.January:
		return "janvier"
	case time.February:
		return "février"
	case time.March:
		return "mars"
	case time.April:
		return "avril"
	case time.May:
		return "mai"
	case time.June:
		return "juin"
	case time.July:
		return "juillet"
	case time.August:
		return "août"
	case time.September:
		return "septembre"
	case time.October:
		return "octobre"
	case time.November:
		return "novembre"
	}
	return "décembre"
}

// French returns w as French texts write it, naming the year once when both
// ends share it, and the month once when they share it too:
//
//	du 25 janvier au 15 mars 2021
//	du 15 décembre 2021 au 15 janvier 2022
//	du 8 au 22 novembre 2021
//	le 15 mars 2021                 (a one-day window)
//	à partir du 1er juin 2021       (an open-ended window)
//
// The zero Window gives "".
func (w Window) French() string {
	first, last := w.first, w.last
	b := make([]byte, 0, 48)
	switch {
	case first.IsZero():
		return ""
	case last.IsZero():
		b = append(b, "à partir du "...)
		b = first.appendFrench(b, true)
	case first == last:
		b = append(b, "le "...)
		b = first.appendFrench(b, true)
	default:
		b = append(b, "du "...)
		y1, m1, d1 := first.civil()
		y2, m2, _ := last.civil()
		switch {
		case y1 != y2:
			b = first.appendFrench(b, true)
		case m1 != m2:
			b = first.appendFrench(b, false)
		default:
			b = appendFrenchDay(b, d1)
		}
		b = append(b, " au "...)
		b = last.appendFrench(b, true)
	}
	return string(b)
}
