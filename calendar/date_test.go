package calendar_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
)

// date is MustDate for the tests.
func date(year int, month time.Month, day int) calendar.Date {
	return calendar.MustDate(year, month, day)
}

var (
	firstDate = date(1, time.January, 1)
	lastDate  = date(9999, time.December, 31)
)

func TestNewDate(t *testing.T) {
	tests := []struct {
		name  string
		year  int
		month time.Month
		day   int
	}{
		{"ordinary day", 2021, time.March, 15},
		{"first day of the range", 1, time.January, 1},
		{"last day of the range", 9999, time.December, 31},
		{"leap day, year divisible by 4", 2024, time.February, 29},
		{"leap day, year divisible by 400", 2000, time.February, 29},
		{"leap day, year 1600", 1600, time.February, 29},
		{"end of February, non-leap year", 2021, time.February, 28},
		{"end of a 30-day month", 2021, time.April, 30},
		{"end of a 31-day month", 2021, time.May, 31},
		{"year end", 2021, time.December, 31},
		{"year start", 2022, time.January, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := calendar.NewDate(tt.year, tt.month, tt.day)
			require.NoError(t, err)
			assert.False(t, d.IsZero())
			assert.Equal(t, tt.year, d.Year())
			assert.Equal(t, tt.month, d.Month())
			assert.Equal(t, tt.day, d.Day())
			assert.Equal(t, time.Date(tt.year, tt.month, tt.day, 0, 0, 0, 0, time.UTC).Weekday(), d.Weekday())
			assert.Equal(t, d, calendar.MustDate(tt.year, tt.month, tt.day))
		})
	}
}

func TestNewDateErrors(t *testing.T) {
	tests := []struct {
		name  string
		year  int
		month time.Month
		day   int
		msg   string
	}{
		{"30 February", 2021, time.February, 30, `calendar: new date "2021-02-30": invalid date: day outside 1..28`},
		{"29 February, non-leap year", 2021, time.February, 29, `calendar: new date "2021-02-29": invalid date: day outside 1..28`},
		{"29 February 1900, century not divisible by 400", 1900, time.February, 29, `calendar: new date "1900-02-29": invalid date: day outside 1..28`},
		{"29 February 2100, century not divisible by 400", 2100, time.February, 29, `calendar: new date "2100-02-29": invalid date: day outside 1..28`},
		{"31 April", 2021, time.April, 31, `calendar: new date "2021-04-31": invalid date: day outside 1..30`},
		{"32 January", 2021, time.January, 32, `calendar: new date "2021-01-32": invalid date: day outside 1..31`},
		{"day 0", 2021, time.March, 0, `calendar: new date "2021-03-00": invalid date: day outside 1..31`},
		{"negative day", 2021, time.March, -1, `calendar: new date "2021-03--1": invalid date: day outside 1..31`},
		{"month 0", 2021, 0, 1, `calendar: new date "2021-00-01": invalid date: month outside 1..12`},
		{"month 13", 2021, 13, 1, `calendar: new date "2021-13-01": invalid date: month outside 1..12`},
		{"year 0", 0, time.January, 1, `calendar: new date "0000-01-01": invalid date: year outside 1..9999`},
		{"year 10000", 10000, time.January, 1, `calendar: new date "10000-01-01": invalid date: year outside 1..9999`},
		{"huge year", math.MaxInt, time.January, 1, ""},
		{"negative year", math.MinInt, time.January, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := calendar.NewDate(tt.year, tt.month, tt.day)
			require.ErrorIs(t, err, calendar.ErrInvalidDate)
			assert.True(t, d.IsZero())
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
			assert.Panics(t, func() { calendar.MustDate(tt.year, tt.month, tt.day) })
		})
	}
}

// TestCivilAgainstTime checks the conversion between days and year, month,
// day against the time package: every day of 1890 to 2110, and a stride
// through the whole range.
func TestCivilAgainstTime(t *testing.T) {
	check := func(tm time.Time) {
		t.Helper()
		d := calendar.DateOf(tm)
		y, m, day := tm.Date()
		if d.Year() != y || d.Month() != m || d.Day() != day || d.Weekday() != tm.Weekday() {
			t.Fatalf("DateOf(%v) = %v (%v), want %04d-%02d-%02d (%v)", tm, d, d.Weekday(), y, m, day, tm.Weekday())
		}
		// 1970-01-01 is 719162 days after 0001-01-01.
		if got := firstDate.DaysUntil(d); got != int(tm.Unix()/86400)+719162 {
			t.Fatalf("0001-01-01 until %v = %d", d, got)
		}
	}
	for tm := time.Date(1890, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() <= 2110; tm = tm.AddDate(0, 0, 1) {
		check(tm)
	}
	start := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := 0; n <= 3652058; n += 97 {
		check(start.AddDate(0, 0, n))
	}
	check(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC))
}

func TestDateOf(t *testing.T) {
	newYork := time.FixedZone("UTC-5", -5*3600)
	tests := []struct {
		name string
		t    time.Time
		want calendar.Date
	}{
		{"UTC", time.Date(2021, 3, 15, 23, 59, 59, 0, time.UTC), date(2021, time.March, 15)},
		{"own location, not Paris", time.Date(2021, 3, 14, 23, 30, 0, 0, newYork), date(2021, time.March, 14)},
		{"zero time is 0001-01-01", time.Time{}, firstDate},
		{"before year 1 saturates", time.Date(-5, 6, 1, 0, 0, 0, 0, time.UTC), firstDate},
		{"after year 9999 saturates", time.Date(10500, 6, 1, 0, 0, 0, 0, time.UTC), lastDate},
		{"far after year 9999 saturates", time.Date(50000, 6, 1, 0, 0, 0, 0, time.UTC), lastDate},
		{"far before year 1 saturates", time.Date(-50000, 6, 1, 0, 0, 0, 0, time.UTC), firstDate},
		{"earliest time.Time saturates", time.Unix(math.MinInt64, 0), firstDate},
		{"latest time.Time saturates", maxTime, lastDate},
		{"last day", time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC), lastDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, calendar.DateOf(tt.t))
		})
	}
}

func TestZeroDate(t *testing.T) {
	var zero calendar.Date
	d := date(2021, time.March, 15)
	assert.True(t, zero.IsZero())
	assert.Equal(t, 0, zero.Year())
	assert.Equal(t, time.Month(0), zero.Month())
	assert.Equal(t, 0, zero.Day())
	assert.Equal(t, time.Sunday, zero.Weekday())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.French())
	assert.Equal(t, zero, zero.AddDays(10))
	assert.Equal(t, zero, zero.AddDays(math.MinInt))
	assert.Equal(t, zero, zero.AddMonths(6))
	assert.Equal(t, 0, zero.DaysUntil(d))
	assert.Equal(t, 0, d.DaysUntil(zero))
	assert.Equal(t, -1, zero.Compare(d), "the zero Date sorts before every date")
	assert.Equal(t, 1, d.Compare(zero))
	assert.Equal(t, -1, zero.Compare(firstDate))
	assert.Equal(t, 0, zero.Compare(calendar.Date{}))
	assert.True(t, zero.Before(firstDate))
	assert.True(t, firstDate.After(zero))
}

func TestDateGoString(t *testing.T) {
	tests := []struct {
		name string
		d    calendar.Date
		want string
	}{
		{"the zero Date, no date", calendar.Date{}, "calendar.Date{}"},
		{"a day of 2021", date(2021, time.March, 15), "calendar.MustDate(2021, time.March, 15)"},
		{"the first day", firstDate, "calendar.MustDate(1, time.January, 1)"},
		{"the last day", date(9999, time.December, 31), "calendar.MustDate(9999, time.December, 31)"},
		{"a leap day", date(2024, time.February, 29), "calendar.MustDate(2024, time.February, 29)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.GoString())
			assert.Equal(t, tt.want, fmt.Sprintf("%#v", tt.d))
		})
	}
}

func TestDateComparable(t *testing.T) {
	a := date(2021, time.March, 15)
	b, err := calendar.ParseDate("2021-03-15")
	require.NoError(t, err)
	assert.True(t, a == b)
	seen := map[calendar.Date]string{a: "vote"}
	assert.Equal(t, "vote", seen[b])
	c := date(2021, time.April, 15)
	assert.Equal(t, -1, a.Compare(c))
	assert.Equal(t, 1, c.Compare(a))
	assert.Equal(t, 0, a.Compare(b))
	assert.True(t, a.Before(c))
	assert.False(t, c.Before(a))
	assert.True(t, c.After(a))
	assert.False(t, a.After(b))
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		name string
		d    calendar.Date
		n    int
		want calendar.Date
	}{
		{"zero days", date(2021, time.March, 15), 0, date(2021, time.March, 15)},
		{"within a month", date(2021, time.March, 15), 10, date(2021, time.March, 25)},
		{"month end", date(2021, time.April, 30), 1, date(2021, time.May, 1)},
		{"year end", date(2021, time.December, 31), 1, date(2022, time.January, 1)},
		{"backwards over a year end", date(2022, time.January, 1), -1, date(2021, time.December, 31)},
		{"leap day", date(2024, time.February, 28), 1, date(2024, time.February, 29)},
		{"no leap day in 1900", date(1900, time.February, 28), 1, date(1900, time.March, 1)},
		{"leap day in 2000", date(2000, time.February, 28), 1, date(2000, time.February, 29)},
		{"no leap day in 2100", date(2100, time.February, 28), 1, date(2100, time.March, 1)},
		{"a leap year has 366 days", date(2024, time.January, 1), 366, date(2025, time.January, 1)},
		{"to the last day", date(9999, time.December, 30), 1, lastDate},
		{"past the last day saturates", lastDate, 1, lastDate},
		{"far past the last day saturates", date(2021, time.March, 15), math.MaxInt, lastDate},
		{"to the first day", date(1, time.January, 2), -1, firstDate},
		{"before the first day saturates", firstDate, -1, firstDate},
		{"far before the first day saturates", date(2021, time.March, 15), math.MinInt, firstDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.AddDays(tt.n))
		})
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		name string
		d    calendar.Date
		n    int
		want calendar.Date
	}{
		{"zero months", date(2021, time.March, 15), 0, date(2021, time.March, 15)},
		{"18 months", date(2021, time.March, 15), 18, date(2022, time.September, 15)},
		{"31 August + 6 months clamps to 28 February", date(2021, time.August, 31), 6, date(2022, time.February, 28)},
		{"31 August + 6 months clamps to 29 February in a leap year", date(2023, time.August, 31), 6, date(2024, time.February, 29)},
		{"31 January + 1 month", date(2021, time.January, 31), 1, date(2021, time.February, 28)},
		{"31 January + 2 months", date(2021, time.January, 31), 2, date(2021, time.March, 31)},
		{"31 March + 1 month clamps to 30 April", date(2021, time.March, 31), 1, date(2021, time.April, 30)},
		{"29 February + 12 months", date(2024, time.February, 29), 12, date(2025, time.February, 28)},
		{"29 February + 48 months", date(2024, time.February, 29), 48, date(2028, time.February, 29)},
		{"29 February 2096 + 48 months: 2100 is not leap", date(2096, time.February, 29), 48, date(2100, time.February, 28)},
		{"backwards over a year end", date(2021, time.January, 15), -1, date(2020, time.December, 15)},
		{"backwards, clamped", date(2021, time.March, 31), -1, date(2021, time.February, 28)},
		{"to December 9999", date(9999, time.November, 30), 1, date(9999, time.December, 30)},
		{"past December 9999 saturates", date(9999, time.December, 1), 1, lastDate},
		{"far past saturates", date(2021, time.March, 15), math.MaxInt, lastDate},
		{"to January 0001", date(1, time.February, 28), -1, date(1, time.January, 28)},
		{"before January 0001 saturates", date(1, time.January, 31), -1, firstDate},
		{"far before saturates", date(2021, time.March, 15), math.MinInt, firstDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.AddMonths(tt.n))
		})
	}
}

func TestDaysUntil(t *testing.T) {
	tests := []struct {
		name    string
		from, e calendar.Date
		want    int
	}{
		{"same day", date(2021, time.March, 15), date(2021, time.March, 15), 0},
		{"step 2 lasts 31 days from its start", date(2021, time.March, 15), date(2021, time.April, 15), 31},
		{"backwards", date(2021, time.April, 15), date(2021, time.March, 15), -31},
		{"over a leap day", date(2024, time.February, 28), date(2024, time.March, 1), 2},
		{"over February 1900", date(1900, time.February, 28), date(1900, time.March, 1), 1},
		{"whole range", firstDate, lastDate, 3652058},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.from.DaysUntil(tt.e))
			assert.Equal(t, tt.e, tt.from.AddDays(tt.want))
		})
	}
}
