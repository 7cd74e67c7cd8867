package calendar_test

import (
	"math"
	"testing"
	"time"
	_ "time/tzdata" // the reference for ParisDate in tests only; ParisDate itself needs no database

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
)

// paris loads the tz database's Europe/Paris, the reference for ParisDate.
func paris(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Paris")
	require.NoError(t, err)
	return loc
}

// maxTime is the latest instant that a time.Time holds.
var maxTime = time.Unix(math.MaxInt64-62135596800, 999999999)

func TestParisDate(t *testing.T) {
	utc := func(year int, month time.Month, day, hour, min, sec int) time.Time {
		return time.Date(year, month, day, hour, min, sec, 0, time.UTC)
	}
	newYork := time.FixedZone("EST", -5*3600)
	kiritimati := time.FixedZone("+14", 14*3600)
	tests := []struct {
		name string
		t    time.Time
		want calendar.Date
	}{
		{"winter, noon", utc(2021, time.January, 25, 12, 0, 0), date(2021, time.January, 25)},
		{"winter, last second before midnight in Paris", utc(2021, time.March, 14, 22, 59, 59), date(2021, time.March, 14)},
		{"winter, midnight in Paris is 23:00 UTC", utc(2021, time.March, 14, 23, 0, 0), date(2021, time.March, 15)},
		{"winter, midnight in Paris written in New York time", time.Date(2021, time.March, 14, 18, 0, 0, 0, newYork), date(2021, time.March, 15)},
		{"winter, the evening before in New York time", time.Date(2021, time.March, 14, 17, 59, 59, 0, newYork), date(2021, time.March, 14)},
		{"winter, already the next day at UTC+14", time.Date(2021, time.March, 15, 11, 0, 0, 0, kiritimati), date(2021, time.March, 14)},
		{"night of 28 March 2021, before the change (00:59:59 UTC, 01:59:59 in Paris)", utc(2021, time.March, 28, 0, 59, 59), date(2021, time.March, 28)},
		{"night of 28 March 2021, at the change (01:00 UTC, 03:00 in Paris)", utc(2021, time.March, 28, 1, 0, 0), date(2021, time.March, 28)},
		{"night of 28 March 2021, the evening before at 23:00 UTC is midnight in Paris", utc(2021, time.March, 27, 23, 0, 0), date(2021, time.March, 28)},
		{"summer, last second before midnight in Paris", utc(2021, time.April, 14, 21, 59, 59), date(2021, time.April, 14)},
		{"summer, midnight in Paris is 22:00 UTC", utc(2021, time.April, 14, 22, 0, 0), date(2021, time.April, 15)},
		{"summer, midnight in Paris written in New York time", time.Date(2021, time.April, 14, 17, 0, 0, 0, newYork), date(2021, time.April, 15)},
		{"summer, midnight on 1 June 2021", utc(2021, time.May, 31, 22, 0, 0), date(2021, time.June, 1)},
		{"night of 31 October 2021, midnight in Paris (22:00 UTC the day before)", utc(2021, time.October, 30, 22, 0, 0), date(2021, time.October, 31)},
		{"night of 31 October 2021, before the change (00:59:59 UTC, 02:59:59 summer time)", utc(2021, time.October, 31, 0, 59, 59), date(2021, time.October, 31)},
		{"night of 31 October 2021, at the change (01:00 UTC, 02:00 winter time)", utc(2021, time.October, 31, 1, 0, 0), date(2021, time.October, 31)},
		{"night of 31 October 2021, the evening after at 22:30 UTC is still 31 October", utc(2021, time.October, 31, 22, 30, 0), date(2021, time.October, 31)},
		{"night of 31 October 2021, midnight after is 23:00 UTC", utc(2021, time.October, 31, 23, 0, 0), date(2021, time.November, 1)},
		{"second axis-2 call closes at midnight on 22 November 2021", utc(2021, time.November, 22, 22, 59, 59), date(2021, time.November, 22)},
		{"year end: 23:00 UTC on 31 December is New Year in Paris", utc(2021, time.December, 31, 23, 0, 0), date(2022, time.January, 1)},
		{"year end: 22:59:59 UTC on 31 December", utc(2021, time.December, 31, 22, 59, 59), date(2021, time.December, 31)},
		{"leap day", utc(2024, time.February, 28, 23, 0, 0), date(2024, time.February, 29)},
		{"before 1996, the rule applies proleptically", utc(1950, time.July, 1, 22, 30, 0), date(1950, time.July, 2)},
		{"zero time, 01:00 on 0001-01-01 in Paris", time.Time{}, firstDate},
		{"first instant of 0001-01-01 in Paris", utc(0, time.December, 31, 23, 0, 0), firstDate},
		{"an hour before year 1 in Paris saturates", utc(0, time.December, 31, 22, 59, 59), firstDate},
		{"far before year 1 saturates", time.Unix(math.MinInt64, 0), firstDate},
		{"last instant of 9999-12-31 in Paris", utc(9999, time.December, 31, 22, 59, 59), lastDate},
		{"year 10000 in Paris saturates", utc(9999, time.December, 31, 23, 0, 0), lastDate},
		{"far after year 9999 saturates", maxTime, lastDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, calendar.ParisDate(tt.t))
			assert.Equal(t, tt.want, calendar.ParisDate(tt.t.In(newYork)), "the instant's location does not matter")
		})
	}
}

// TestParisDateAgainstTZ compares ParisDate with the tz database's
// Europe/Paris from 1996 to 2100: hour by hour through both nights of change
// and the second before and after each change, on both midnights of a
// sample of days, and on a stride through the whole span.
func TestParisDateAgainstTZ(t *testing.T) {
	loc := paris(t)
	check := func(tm time.Time) {
		if got, want := calendar.ParisDate(tm), calendar.DateOf(tm.In(loc)); got != want {
			t.Fatalf("ParisDate(%v) = %v, want %v (%v in Paris)", tm.UTC(), got, want, tm.In(loc))
		}
	}
	lastSunday := func(year int, month time.Month) time.Time {
		d := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC)
		return d.AddDate(0, 0, -int(d.Weekday()))
	}
	for year := 1996; year <= 2100; year++ {
		for _, month := range []time.Month{time.March, time.October} {
			night := lastSunday(year, month)
			for h := -26; h <= 26; h++ {
				check(night.Add(time.Duration(h) * time.Hour))
			}
			change := night.Add(time.Hour)
			check(change.Add(-time.Second))
			check(change.Add(time.Second))
		}
		for day := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() == year; day = day.AddDate(0, 0, 11) {
			for _, h := range []time.Duration{21, 22, 23, 24} {
				check(day.Add(h*time.Hour - time.Second))
				check(day.Add(h * time.Hour))
			}
		}
	}
	end := time.Date(2101, 1, 1, 0, 0, 0, 0, time.UTC)
	for tm := time.Date(1996, 1, 1, 0, 0, 0, 0, time.UTC); tm.Before(end); tm = tm.Add(7*time.Hour + 13*time.Minute + 17*time.Second) {
		check(tm)
	}
}
