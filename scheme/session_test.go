package scheme

import (
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/stretchr/testify/assert"
)

func TestSessionOn(t *testing.T) {
	tests := []struct {
		name string
		id   ID
		on   calendar.Date
		want string
	}{
		{"zero date: the first session", Donnees, calendar.Date{}, "1re session"},
		{"before every session: the first", Donnees, day(2020, time.December, 1), "1re session"},
		{"first day of the first session", Donnees, day(2021, time.January, 25), "1re session"},
		{"last day of the first session", Donnees, day(2021, time.May, 28), "1re session"},
		{"between sessions: the latest opened", Donnees, day(2021, time.July, 14), "1re session"},
		{"day before the second session", Donnees, day(2021, time.October, 7), "1re session"},
		{"first day of the second session", Donnees, day(2021, time.October, 8), "2e session"},
		{"last day of the second session", Donnees, day(2021, time.November, 22), "2e session"},
		{"after every session: the latest opened", Donnees, day(2022, time.June, 27), "2e session"},
		{"far future", Cooperation, day(9999, time.December, 31), "2e session"},
		{"Incubateur before its start", Incubateur, day(2021, time.January, 1), "Consultation nationale 2021"},
		{"Incubateur open-ended step 4", Incubateur, day(2024, time.January, 1), "Consultation nationale 2021"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mustGet(t, tt.id).SessionOn(tt.on).Name)
		})
	}
}

func TestSessionOnEdgeSchemes(t *testing.T) {
	on := day(2021, time.March, 1)
	assert.Equal(t, "", Scheme{}.SessionOn(on).Name, "no session: the zero Session")
	assert.Nil(t, Scheme{}.SessionOn(on).Applicants)

	window := func(first, last calendar.Date) calendar.Calendar {
		return calendar.Calendar{Phases: []calendar.Phase{{ID: "p", Window: calendar.MustBetween(first, last)}}}
	}
	overlapping := Scheme{Sessions: []Session{
		{Name: "long", Calendar: window(day(2021, time.January, 1), day(2021, time.December, 31))},
		{Name: "short", Calendar: window(day(2021, time.March, 1), day(2021, time.March, 31))},
		{Name: "empty"},
	}}
	assert.Equal(t, "short", overlapping.SessionOn(day(2021, time.March, 15)).Name, "of two open, the one that opened last")
	assert.Equal(t, "long", overlapping.SessionOn(day(2021, time.June, 1)).Name)
	assert.Equal(t, "short", overlapping.SessionOn(day(2022, time.June, 1)).Name, "of two closed, the one that opened last")
	assert.Equal(t, "long", overlapping.SessionOn(day(2020, time.June, 1)).Name, "before all: the first")

	noCalendar := Scheme{Sessions: []Session{{Name: "a"}, {Name: "b"}}}
	assert.Equal(t, "a", noCalendar.SessionOn(on).Name, "sessions without calendars never open: the first")
}
