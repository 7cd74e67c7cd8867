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
			assert.Equal(t, tt.want, mustGet(t, tt.id).SessionOn(tt.on).Name())
		})
	}
}

func TestSessionOnEdgeSchemes(t *testing.T) {
	on := day(2021, time.March, 1)
	assert.True(t, Scheme{}.SessionOn(on).IsZero(), "no scheme: the zero Session")
	assert.Nil(t, Scheme{}.SessionOn(on).Rules().Applicants)

	window := func(first, last calendar.Date) calendar.Calendar {
		return calendar.Calendar{Phases: []calendar.Phase{{ID: "p", Window: calendar.MustBetween(first, last)}}}
	}
	session := func(id string, c calendar.Calendar) SessionDefinition {
		return SessionDefinition{ID: id, Name: id, Calendar: c, Intake: "p", Rules: Rules{Applicants: []Kind{Commune}}}
	}
	overlapping := MustNew(Definition{ID: "chevauchement", Sessions: []SessionDefinition{
		session("long", window(day(2021, time.January, 1), day(2021, time.December, 31))),
		session("short", window(day(2021, time.March, 1), day(2021, time.March, 31))),
	}})
	assert.Equal(t, "short", overlapping.SessionOn(day(2021, time.March, 15)).ID(), "of two open, the one that opened last")
	assert.Equal(t, "long", overlapping.SessionOn(day(2021, time.June, 1)).ID())
	assert.Equal(t, "short", overlapping.SessionOn(day(2022, time.June, 1)).ID(), "of two closed, the one that opened last")
	assert.Equal(t, "long", overlapping.SessionOn(day(2020, time.June, 1)).ID(), "before all: the first")
}
