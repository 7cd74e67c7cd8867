package calendar_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/planrelance/numerique/calendar"
)

func TestDateFrench(t *testing.T) {
	tests := []struct {
		name string
		d    calendar.Date
		want string
	}{
		{"first day of a month is 1er", date(2021, time.June, 1), "1er juin 2021"},
		{"ordinary day", date(2021, time.March, 15), "15 mars 2021"},
		{"2nd is not 2e", date(2021, time.January, 2), "2 janvier 2021"},
		{"21st is not 21er", date(2021, time.January, 21), "21 janvier 2021"},
		{"zero Date", calendar.Date{}, ""},
		{"year 1", firstDate, "1er janvier 1"},
		{"year 9999", lastDate, "31 décembre 9999"},
		{"janvier", date(2021, time.January, 25), "25 janvier 2021"},
		{"février", date(2024, time.February, 29), "29 février 2024"},
		{"mars", date(2021, time.March, 31), "31 mars 2021"},
		{"avril", date(2021, time.April, 15), "15 avril 2021"},
		{"mai", date(2021, time.May, 28), "28 mai 2021"},
		{"juin", date(2022, time.June, 30), "30 juin 2022"},
		{"juillet", date(2021, time.July, 5), "5 juillet 2021"},
		{"août", date(2021, time.August, 31), "31 août 2021"},
		{"septembre", date(2021, time.September, 21), "21 septembre 2021"},
		{"octobre", date(2021, time.October, 8), "8 octobre 2021"},
		{"novembre", date(2021, time.November, 22), "22 novembre 2021"},
		{"décembre", date(2021, time.December, 15), "15 décembre 2021"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.French())
			assert.Equal(t, "le "+tt.want, string(tt.d.AppendFrench([]byte("le "))), "AppendFrench")
		})
	}
}

func TestWindowFrench(t *testing.T) {
	between := func(y1 int, m1 time.Month, d1 int, y2 int, m2 time.Month, d2 int) calendar.Window {
		return calendar.MustBetween(date(y1, m1, d1), date(y2, m2, d2))
	}
	tests := []struct {
		name string
		w    calendar.Window
		want string
	}{
		{"same year: the year once", between(2021, time.January, 25, 2021, time.March, 15), "du 25 janvier au 15 mars 2021"},
		{"across a year end: both years", between(2021, time.December, 15, 2022, time.January, 15), "du 15 décembre 2021 au 15 janvier 2022"},
		{"same month: the month once", between(2021, time.November, 8, 2021, time.November, 22), "du 8 au 22 novembre 2021"},
		{"same month, from the 1st", between(2021, time.June, 1, 2021, time.June, 15), "du 1er au 15 juin 2021"},
		{"same month in different years", between(2021, time.March, 1, 2022, time.March, 1), "du 1er mars 2021 au 1er mars 2022"},
		{"one-day window", between(2021, time.March, 15, 2021, time.March, 15), "le 15 mars 2021"},
		{"one-day window on the 1st", between(2021, time.June, 1, 2021, time.June, 1), "le 1er juin 2021"},
		{"open-ended", calendar.From(date(2021, time.June, 1)), "à partir du 1er juin 2021"},
		{"zero Window", calendar.Window{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.w.French())
		})
	}
}
