package calendar_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
)

func TestBetween(t *testing.T) {
	tests := []struct {
		name        string
		first, last calendar.Date
		days        int
	}{
		{"step 1 of the Incubateur consultation", date(2021, time.January, 25), date(2021, time.March, 15), 50},
		{"one-day window", date(2021, time.March, 15), date(2021, time.March, 15), 1},
		{"across a year end", date(2021, time.December, 15), date(2022, time.January, 15), 32},
		{"February of a leap year", date(2024, time.February, 1), date(2024, time.February, 29), 29},
		{"the whole range", firstDate, lastDate, 3652059},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := calendar.Between(tt.first, tt.last)
			require.NoError(t, err)
			assert.Equal(t, tt.first, w.First())
			assert.Equal(t, tt.last, w.Last())
			assert.False(t, w.OpenEnded())
			assert.False(t, w.IsZero())
			assert.Equal(t, tt.days, w.Days())
			assert.Equal(t, w, calendar.MustBetween(tt.first, tt.last))
		})
	}
}

func TestBetweenErrors(t *testing.T) {
	tests := []struct {
		name        string
		first, last calendar.Date
		msg         string
	}{
		{"last day before first", date(2021, time.March, 15), date(2021, time.January, 25),
			`calendar: between "2021-03-15" and "2021-01-25": invalid window: last day before first day`},
		{"last day the day before first", date(2021, time.March, 15), date(2021, time.March, 14),
			`calendar: between "2021-03-15" and "2021-03-14": invalid window: last day before first day`},
		{"zero first day", calendar.Date{}, date(2021, time.March, 15),
			`calendar: between "" and "2021-03-15": invalid window: no first day`},
		{"zero last day", date(2021, time.March, 15), calendar.Date{},
			`calendar: between "2021-03-15" and "": invalid window: no last day (use From for an open-ended window)`},
		{"both zero", calendar.Date{}, calendar.Date{},
			`calendar: between "" and "": invalid window: no first day`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := calendar.Between(tt.first, tt.last)
			require.ErrorIs(t, err, calendar.ErrInvalidWindow)
			assert.EqualError(t, err, tt.msg)
			assert.True(t, w.IsZero())
			assert.Panics(t, func() { calendar.MustBetween(tt.first, tt.last) })
		})
	}
}

func TestFrom(t *testing.T) {
	start := date(2021, time.June, 1)
	w := calendar.From(start)
	assert.Equal(t, start, w.First())
	assert.True(t, w.Last().IsZero())
	assert.True(t, w.OpenEnded())
	assert.Equal(t, -1, w.Days())
	assert.True(t, w.Contains(lastDate), "an open-ended window never closes")

	t.Run("From of the zero Date is the zero Window", func(t *testing.T) {
		assert.Equal(t, calendar.Window{}, calendar.From(calendar.Date{}))
	})
}

func TestZeroWindow(t *testing.T) {
	var w calendar.Window
	assert.True(t, w.IsZero())
	assert.True(t, w.First().IsZero())
	assert.True(t, w.Last().IsZero())
	assert.False(t, w.OpenEnded())
	assert.Equal(t, 0, w.Days())
	assert.Equal(t, "", w.String())
	assert.Equal(t, "", w.French())
	for _, d := range []calendar.Date{{}, firstDate, date(2021, time.March, 15), lastDate} {
		assert.False(t, w.Contains(d), d.String())
		assert.Equal(t, calendar.Closed, w.Status(d), "the zero Window never opens: %s", d)
	}
}

func TestWindowContainsAndStatus(t *testing.T) {
	step1 := calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15))
	oneDay := calendar.MustBetween(date(2021, time.March, 15), date(2021, time.March, 15))
	step4 := calendar.From(date(2021, time.June, 1))
	tests := []struct {
		name string
		w    calendar.Window
		d    calendar.Date
		want calendar.Status
	}{
		{"the day before the first", step1, date(2021, time.January, 24), calendar.Upcoming},
		{"the first day is included", step1, date(2021, time.January, 25), calendar.Open},
		{"inside", step1, date(2021, time.February, 14), calendar.Open},
		{"the last day is included", step1, date(2021, time.March, 15), calendar.Open},
		{"the day after the last", step1, date(2021, time.March, 16), calendar.Closed},
		{"long before", step1, firstDate, calendar.Upcoming},
		{"long after", step1, lastDate, calendar.Closed},
		{"zero Date sorts before every day", step1, calendar.Date{}, calendar.Upcoming},
		{"one-day window, the day before", oneDay, date(2021, time.March, 14), calendar.Upcoming},
		{"one-day window, its day", oneDay, date(2021, time.March, 15), calendar.Open},
		{"one-day window, the day after", oneDay, date(2021, time.March, 16), calendar.Closed},
		{"open-ended, the day before", step4, date(2021, time.May, 31), calendar.Upcoming},
		{"open-ended, its first day", step4, date(2021, time.June, 1), calendar.Open},
		{"open-ended, the last supported day", step4, lastDate, calendar.Open},
		{"open-ended, zero Date", step4, calendar.Date{}, calendar.Upcoming},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.w.Status(tt.d))
			assert.Equal(t, tt.want == calendar.Open, tt.w.Contains(tt.d))
		})
	}
}

func TestWindowComparable(t *testing.T) {
	a := calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15))
	b, err := calendar.ParseWindow("2021-01-25/2021-03-15")
	require.NoError(t, err)
	assert.True(t, a == b)
	assert.Equal(t, "recueil", map[calendar.Window]string{a: "recueil"}[b])
	assert.NotEqual(t, calendar.From(a.First()), a)
}
