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

func TestPhaseOn(t *testing.T) {
	se := mustGet(t, Incubateur).Sessions()[0]
	tests := []struct {
		name   string
		id     string
		on     calendar.Date
		window string // "" when there is no such phase
	}{
		{"zero date: as first published", "vote", calendar.Date{}, "2021-03-15/2021-04-15"},
		{"the day before the revision: as first published", "vote", day(2021, time.March, 18), "2021-03-15/2021-04-15"},
		{"the day the revision is published", "vote", day(2021, time.March, 19), "2021-04-01/2021-05-01"},
		{"a support of 20 April 2021: the revised vote", "vote", day(2021, time.April, 20), "2021-04-01/2021-05-01"},
		{"référents as first published", "referents", day(2021, time.February, 1), "2021-04-15/2021-05-31"},
		{"référents as revised", "referents", day(2021, time.June, 15), "2021-05-03/2021-06-30"},
		{"a step the revision kept", "recueil", day(2021, time.March, 20), "2021-01-25/2021-03-15"},
		{"the open-ended last step", "deploiement", day(2030, time.January, 1), "2021-07-05/.."},
		{"no such phase", "candidatures", day(2021, time.April, 20), ""},
		{"the empty ID", "", day(2021, time.April, 20), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := se.PhaseOn(tt.id, tt.on)
			assert.Equal(t, tt.window != "", ok)
			if tt.window == "" {
				assert.Equal(t, calendar.Phase{}, p)
				return
			}
			assert.Equal(t, tt.id, p.ID)
			assert.Equal(t, tt.window, p.Window.String())
			want, _ := se.CalendarOn(tt.on).Phase(tt.id)
			assert.Equal(t, want, p, "the phase of CalendarOn(d)")
		})
	}

	var zero Session
	p, ok := zero.PhaseOn("vote", day(2021, time.April, 20))
	assert.False(t, ok, "the zero Session has no phase")
	assert.Equal(t, calendar.Phase{}, p)

	on := day(2021, time.April, 20)
	assert.Zero(t, testing.AllocsPerRun(100, func() { sinkPhase, _ = se.PhaseOn("vote", on) }), "PhaseOn does not allocate")
}

var sinkPhase calendar.Phase

// TestWorkedOutOnce checks what New works out of the rules against the rules
// themselves, for the zero Session too.
func TestWorkedOutOnce(t *testing.T) {
	sessions := []Session{{}}
	for _, s := range All() {
		sessions = append(sessions, s.Sessions()...)
	}
	for _, se := range sessions {
		s := se.get()
		assert.Equal(t, s.countCriteria(), s.criteria, se.String())
		assert.Equal(t, len(se.Check(Project{}).Criteria), s.criteria, se.String())
	}
	for _, m := range []int{1, 6, 18, 120, 9999*12 - 1, 9999 * 12, 1 << 40} {
		last := lastStart(m)
		if !last.IsZero() {
			assert.False(t, last.AddMonths(m).After(lastDay), "%d: the limit of the last start is a date", m)
			assert.True(t, beyondCalendar(last.AddDays(1), m), "%d: the next day's is not", m)
		}
		assert.True(t, beyondCalendar(lastDay, m), "%d", m)
	}
}
