package calendar

import "time"

// Instants that bound ParisDate, in seconds since 1970-01-01 00:00 UTC.
const (
	// parisFirstUnix is 0001-01-01 00:00 in Paris, 0000-12-31 23:00 UTC.
	parisFirstUnix = -62135596800 - 3600
	// parisEndUnix is 10000-01-01 00:00 in Paris, 9999-12-31 23:00 UTC.
	parisEndUnix = 253402300800 - 3600
	// epochSeconds is the number of seconds from 0001-01-01 00:00 UTC to
	// 1970-01-01 00:00 UTC.
	epochSeconds = 62135596800
)

// ParisDate returns the civil date of instant t in Paris: the day that a wall
// calendar in Paris shows at that instant, whatever t's own location. Both
// ParisDate(time.Date(2021, 3, 14, 23, 30, 0, 0, time.UTC)) and the same
// instant written in New York time give 2021-03-15, because it is then 00:30
// in Paris.
//
// ParisDate reads no time-zone database and no file: it applies the rule of
// legal time in metropolitan France since 1996, which is the European Union's
// rule and the one that the tz database records for Europe/Paris from 1996 on
// and for the future. Paris is at UTC+1 (heure d'hiver), and at UTC+2 (heure
// d'été) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October. ParisDate applies the same rule, proleptically, to the
// years before 1996, when France followed other rules (and, before 1911,
// Paris mean time): for those years it may be wrong in the hours around
// midnight, and around the changes of time.
//
// An instant before 0001-01-01 00:00 in Paris gives 0001-01-01, and one from
// 10000-01-01 00:00 in Paris on gives 9999-12-31. ParisDate(time.Time{}),
// 01:00 on 0001-01-01 in Paris, is 0001-01-01, not the zero Date.
func ParisDate(t time.Time) Date {
	switch {
	case t.Before(time.Unix(parisFirstUnix, 0)):
		return Date{n: minDays + 1}
	case !t.Before(time.Unix(parisEndUnix, 0)):
		return Date{n: maxDays + 1}
	}
	s := t.Unix() + epochSeconds // seconds since 0001-01-01 00:00 UTC, >= -3600
	offset := int64(3600)
	if s >= 0 && summerTime(s) {
		offset = 7200
	}
	return Date{n: int32((s+offset)/86400) + 1}
}

// summerTime reports whether Paris is on summer time at s, a non-negative
// number of seconds since 0001-01-01 00:00 UTC.
func summerTime(s int64) bool {
	year, month, _ := civilOf(int(s / 86400))
	if month < time.March || month > time.October {
		return false
	}
	march31 := daysOf(year, time.March, 31)
	october31 := march31 + 214 // 30 + 31 + 30 + 31 + 31 + 30 + 31 days later
	const changeHour = 3600    // the clocks change at 01:00 UTC
	start := int64(lastSunday(march31))*86400 + changeHour
	end := int64(lastSunday(october31))*86400 + changeHour
	return start <= s && s < end
}

// lastSunday returns the Sunday on or before day, in days since 0001-01-01.
func lastSunday(day int) int {
	// Day 0, 0001-01-01, was a Monday: (day+1)%7 is 0 on Sundays.
	return day - (day+1)%7
}
