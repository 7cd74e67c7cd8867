package calendar

import (
	"cmp"
	"strconv"
	"time"
)

// The supported range of dates, 0001-01-01 to 9999-12-31 in the proleptic
// Gregorian calendar, as days since 0001-01-01.
const (
	minYear = 1
	maxYear = 9999
	minDays = 0
	maxDays = 3652058 // 9999-12-31
)

// Date is a civil day of the proleptic Gregorian calendar, such as
// 15 March 2021, between 0001-01-01 and 9999-12-31: a day on a wall calendar,
// with no time of day and no time zone. It is not an instant: the same Date
// begins and ends at different instants in Paris and in Nouméa. Use
// [ParisDate] to learn which Date an instant falls on in Paris.
//
// Date is a small value type (a single integer inside), to be passed and
// stored by value. Two Dates are equal under == exactly when they are the
// same day, so a Date may be used as a map key; [Date.Compare] orders them.
//
// A Date is immutable: its methods return new values and none but
// [Date.UnmarshalText] modifies its receiver, so a Date is safe for concurrent
// use.
//
// The zero value is "no date": [Date.IsZero] reports true, it prints as "",
// and it sorts before every other Date. Build other Dates with [NewDate],
// [MustDate], [ParseDate], [DateOf] or [ParisDate].
type Date struct {
	// n is the number of days since 0001-01-01, plus one, so that the zero
	// value is no date: n = 1 is 0001-01-01, n = 0 is the zero Date.
	n int32
}

// NewDate returns the Date of the given year, month and day. It returns an
// error wrapping [ErrInvalidDate], which quotes the input, when the day does
// not exist (2021-02-30, 2021-13-01) or the year is outside 1..9999. It does
// not normalise: unlike [time.Date], NewDate(2021, time.February, 30) is an
// error, not 2 March.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if reason := check(year, month, day); reason != "" {
		return Date{}, newDateError(year, month, day, reason)
	}
	return fromCivil(year, month, day), nil
}

// MustDate is like [NewDate] but panics when the date is invalid. It is meant
// for literals in programs and tests, such as MustDate(2021, time.March, 15).
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the civil date of t in t's own location: the year, month and
// day that [time.Time.Date] reports. An instant whose date in that location
// lies before 0001-01-01 gives 0001-01-01, and one after 9999-12-31 gives
// 9999-12-31. DateOf(time.Time{}) is 0001-01-01, not the zero Date.
func DateOf(t time.Time) Date {
	// time.Time.Date wraps around for instants near the ends of what a
	// time.Time holds: settle those first, far from the range of Date.
	const margin = 1000 * 366 * 86400 // a thousand years, in seconds
	switch {
	case t.Before(time.Unix(parisFirstUnix-margin, 0)):
		return Date{n: minDays + 1}
	case t.After(time.Unix(parisEndUnix+margin, 0)):
		return Date{n: maxDays + 1}
	}
	year, month, day := t.Date()
	switch {
	case year < minYear:
		return Date{n: minDays + 1}
	case year > maxYear:
		return Date{n: maxDays + 1}
	}
	return fromCivil(year, month, day)
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d.n == 0 }

// Year returns the year of d, between 1 and 9999, or 0 for the zero Date.
func (d Date) Year() int {
	y, _, _ := d.civil()
	return y
}

// Month returns the month of d, or 0 (not a valid [time.Month]) for the zero
// Date.
func (d Date) Month() time.Month {
	_, m, _ := d.civil()
	return m
}

// Day returns the day of the month of d, between 1 and 31, or 0 for the zero
// Date.
func (d Date) Day() int {
	_, _, day := d.civil()
	return day
}

// Weekday returns the day of the week of d. For the zero Date it returns
// [time.Sunday], the zero [time.Weekday]: check [Date.IsZero] first when the
// Date may be missing.
func (d Date) Weekday() time.Weekday {
	if d.n == 0 {
		return time.Sunday
	}
	// 0001-01-01 (n = 1) was a Monday.
	return time.Weekday(d.n % 7)
}

// Compare returns -1 if d is before e, 0 if they are the same day and +1 if d
// is after e. The zero Date is before every other Date. Compare suits
// [slices.SortFunc].
func (d Date) Compare(e Date) int { return cmp.Compare(d.n, e.n) }

// Before reports whether d is before e. The zero Date is before every other
// Date.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e. The zero Date is before every other
// Date.
func (d Date) After(e Date) bool { return d.n > e.n }

// AddDays returns the date n days after d, or before it when n is negative.
// The result saturates: a result before 0001-01-01 is 0001-01-01 and one after
// 9999-12-31 is 9999-12-31. The zero Date plus any number of days is the zero
// Date.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	cur := int(d.n) - 1
	switch {
	case n < minDays-cur:
		return Date{n: minDays + 1}
	case n > maxDays-cur:
		return Date{n: maxDays + 1}
	}
	return Date{n: int32(cur+n) + 1}
}

// AddMonths returns the date n calendar months after d, or before it when n
// is negative. When the target month is too short for d's day, the result is
// the last day of that month:
//
//	2021-08-31 + 6 months = 2022-02-28
//	2023-08-31 + 6 months = 2024-02-29 (a leap year)
//	2021-01-31 + 1 month  = 2021-02-28, and + 2 months = 2021-03-31
//
// So adding months one at a time may differ from adding them at once. The
// result saturates: a target month before January 0001 gives 0001-01-01 and
// one after December 9999 gives 9999-12-31. The zero Date plus any number of
// months is the zero Date.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 {
		return d
	}
	y, m, day := d.civil()
	cur := y*12 + int(m) - 1 // months since January of year 0
	const first, last = minYear * 12, maxYear*12 + 11
	switch {
	case n < first-cur:
		return Date{n: minDays + 1}
	case n > last-cur:
		return Date{n: maxDays + 1}
	}
	target := cur + n
	y, m = target/12, time.Month(target%12+1)
	return fromCivil(y, m, min(day, daysIn(y, m)))
}

// DaysUntil returns the number of calendar days from d to e: e minus d,
// negative when e is before d. 2021-03-15 is 31 days until 2021-04-15. When d
// or e is the zero Date, DaysUntil returns 0.
func (d Date) DaysUntil(e Date) int {
	if d.n == 0 || e.n == 0 {
		return 0
	}
	return int(e.n) - int(d.n)
}

// GoString returns the Go expression that builds d,
// "calendar.MustDate(2021, time.March, 15)", or "calendar.Date{}" for the
// zero Date. It is what the %#v verb prints, and what testify shows of a
// Date in a failing assertion, instead of the day count inside.
func (d Date) GoString() string {
	if d.IsZero() {
		return "calendar.Date{}"
	}
	y, m, day := d.civil()
	return "calendar.MustDate(" + strconv.Itoa(y) + ", time." + m.String() + ", " + strconv.Itoa(day) + ")"
}

// civil returns the year, month and day of d, or zeros for the zero Date.
func (d Date) civil() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	return civilOf(int(d.n) - 1)
}

// isLeap reports whether year is a leap year of the Gregorian calendar.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in the given month of the given year.
func daysIn(year int, month time.Month) int {
	switch month {
	case time.February:
		if isLeap(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// check returns why year-month-day is not a supported date, or "" when it is.
func check(year int, month time.Month, day int) string {
	switch {
	case year < minYear || year > maxYear:
		return "year outside 1..9999"
	case month < time.January || month > time.December:
		return "month outside 1..12"
	case day < 1 || day > daysIn(year, month):
		return "day outside 1.." + strconv.Itoa(daysIn(year, month))
	}
	return ""
}

// fromCivil returns the Date of a valid year, month and day.
func fromCivil(year int, month time.Month, day int) Date {
	return Date{n: int32(daysOf(year, month, day)) + 1}
}

// daysOf returns the number of days from 0001-01-01 to the given valid date.
// It counts in years that begin on 1 March, so that the leap day ends the
// year, and in eras of 400 years (146 097 days), in unsigned integers, whose
// division by a constant is cheaper.
func daysOf(year int, month time.Month, day int) int {
	y, m := uint32(year), uint32(month)
	if m <= 2 {
		y-- // January and February end the year that began on 1 March before
		m += 9
	} else {
		m -= 3
	}
	era := y / 400
	yoe := y - era*400 // year of era, 0..399
	doy := (153*m+2)/5 + uint32(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy // day of era, 0..146096
	return int(era*146097+doe) - 306       // 0000-03-01 is 306 days before 0001-01-01
}

// civilOf is the inverse of daysOf, for 0 <= days. It computes in unsigned
// integers, whose division by a constant is cheaper.
func civilOf(days int) (year int, month time.Month, day int) {
	z := uint32(days) + 306
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		month = time.Month(mp + 3)
	} else {
		month = time.Month(mp - 9)
	}
	year = int(yoe + era*400)
	if month <= time.February {
		year++
	}
	return year, month, day
}
