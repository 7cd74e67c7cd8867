package calendar

import (
	"fmt"
	"strings"
	"time"

	"github.com/planrelance/numerique/internal/quote"
)

// openEnd is how the text of an open-ended window ends: "2021-06-01/..".
const openEnd = ".."

// ParseDate parses a date written as in ISO 8601 and RFC 3339, "2021-03-15":
// four digits of year, two of month and two of day, separated by hyphens,
// and nothing else — no time, no zone, no spaces. It returns an error
// wrapping [ErrInvalidDate], which quotes s, for any other text, for a day
// that does not exist ("2021-02-30") and for the empty string. For any Date d
// but the zero one, ParseDate(d.String()) returns d.
func ParseDate(s string) (Date, error) {
	d, reason := parseDate(s)
	if reason != "" {
		return Date{}, fmt.Errorf("calendar: parse date %s: %w: %s", quote.Input(s), ErrInvalidDate, reason)
	}
	return d, nil
}

// parseDate parses s as ParseDate does, without allocating. It returns why s
// is not a date, or "".
func parseDate(s string) (Date, string) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, "want YYYY-MM-DD"
	}
	year, ok1 := digits(s[0:4])
	month, ok2 := digits(s[5:7])
	day, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, "want YYYY-MM-DD"
	}
	if reason := check(year, time.Month(month), day); reason != "" {
		return Date{}, reason
	}
	return fromCivil(year, time.Month(month), day), ""
}

// digits returns the value of s, a string of ASCII decimal digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// String returns d in the form "2021-03-15", which [ParseDate] reads back.
// The zero Date prints as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var buf [10]byte
	return string(d.appendTo(buf[:0]))
}

// appendTo appends the form "2021-03-15" of a non-zero d to b.
func (d Date) appendTo(b []byte) []byte {
	y, m, day := d.civil()
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+day/10), byte('0'+day%10))
}

// AppendText implements [encoding.TextAppender]: it appends [Date.String] to
// b.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	return d.appendTo(b), nil
}

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Date.String], "" for the zero Date. In JSON a Date is thus a string,
// "2021-03-15", and the zero Date is "".
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParseDate] accepts, and the empty text, which gives the zero Date. On error
// it leaves d unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseWindow parses a window written as [Window.String] writes it: two dates
// in the form of [ParseDate] separated by a slash, "2021-01-25/2021-03-15"
// (a one-day window repeats its day), or a date followed by "/.." for an
// open-ended window, "2021-06-01/..", as in ISO 8601 intervals. It returns an
// error wrapping [ErrInvalidWindow], which quotes s, for any other text,
// including the empty string, and for a last day before the first; when a
// date is at fault the error wraps [ErrInvalidDate] too. For any Window w but
// the zero one, ParseWindow(w.String()) returns w.
func ParseWindow(s string) (Window, error) {
	firstText, lastText, found := strings.Cut(s, "/")
	if !found {
		return Window{}, fmt.Errorf("calendar: parse window %s: %w: want YYYY-MM-DD/.. or YYYY-MM-DD/YYYY-MM-DD", quote.Input(s), ErrInvalidWindow)
	}
	first, reason := parseDate(firstText)
	if reason != "" {
		return Window{}, fmt.Errorf("calendar: parse window %s: %w: first day %s: %w: %s", quote.Input(s), ErrInvalidWindow, quote.Input(firstText), ErrInvalidDate, reason)
	}
	if lastText == openEnd {
		return Window{first: first}, nil
	}
	last, reason := parseDate(lastText)
	if reason != "" {
		return Window{}, fmt.Errorf("calendar: parse window %s: %w: last day %s: %w: %s", quote.Input(s), ErrInvalidWindow, quote.Input(lastText), ErrInvalidDate, reason)
	}
	if last.Before(first) {
		return Window{}, fmt.Errorf("calendar: parse window %s: %w: last day before first day", quote.Input(s), ErrInvalidWindow)
	}
	return Window{first: first, last: last}, nil
}

// String returns w in the form "2021-01-25/2021-03-15", or "2021-06-01/.."
// when w is open-ended, which [ParseWindow] reads back. A one-day window
// repeats its day: "2021-03-15/2021-03-15". The zero Window prints as "".
func (w Window) String() string {
	if w.IsZero() {
		return ""
	}
	var buf [21]byte
	return string(w.appendTo(buf[:0]))
}

// appendTo appends the text of a non-zero w to b.
func (w Window) appendTo(b []byte) []byte {
	b = append(w.first.appendTo(b), '/')
	if w.last.IsZero() {
		return append(b, openEnd...)
	}
	return w.last.appendTo(b)
}

// AppendText implements [encoding.TextAppender]: it appends [Window.String]
// to b.
func (w Window) AppendText(b []byte) ([]byte, error) {
	if w.IsZero() {
		return b, nil
	}
	return w.appendTo(b), nil
}

// MarshalText implements [encoding.TextMarshaler]: the text is
// [Window.String], "" for the zero Window. In JSON a Window is thus a
// string, "2021-01-25/2021-03-15".
func (w Window) MarshalText() ([]byte, error) {
	return w.AppendText(make([]byte, 0, 21))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts what
// [ParseWindow] accepts, and the empty text, which gives the zero Window. On
// error it leaves w unchanged.
func (w *Window) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*w = Window{}
		return nil
	}
	v, err := ParseWindow(string(text))
	if err != nil {
		return err
	}
	*w = v
	return nil
}
