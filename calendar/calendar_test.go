package calendar_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
)

// incubateur is the calendar of the Incubateur des Territoires consultation,
// as first published.
func incubateur() calendar.Calendar {
	return calendar.Calendar{Phases: []calendar.Phase{
		{ID: "recueil", Name: "Recueil des besoins et des services existants",
			Window: calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15))},
		{ID: "vote", Name: "Vote pour les propositions",
			Window: calendar.MustBetween(date(2021, time.March, 15), date(2021, time.April, 15))},
		{ID: "referents", Name: "Expression d'intérêt à devenir « territoire référent » pour les services numériques retenus",
			Window: calendar.MustBetween(date(2021, time.April, 15), date(2021, time.May, 31))},
		{ID: "deploiement", Name: "Développement et déploiement des services numériques lauréats",
			Window: calendar.From(date(2021, time.June, 1))},
	}}
}

// ids returns the IDs of phases.
func ids(phases []calendar.Phase) []string {
	var out []string
	for _, p := range phases {
		out = append(out, p.ID)
	}
	return out
}

func TestCalendarOnCurrentNext(t *testing.T) {
	c := incubateur()
	require.NoError(t, c.Validate())
	tests := []struct {
		name    string
		d       calendar.Date
		on      []string
		current string
		next    string
		status  calendar.Status
	}{
		{"before everything", date(2021, time.January, 1), nil, "", "recueil", calendar.Upcoming},
		{"the day before the first phase", date(2021, time.January, 24), nil, "", "recueil", calendar.Upcoming},
		{"first day of the first phase", date(2021, time.January, 25), []string{"recueil"}, "recueil", "vote", calendar.Open},
		{"shared boundary day 15 March: both open, step 2 is current", date(2021, time.March, 15), []string{"recueil", "vote"}, "vote", "referents", calendar.Open},
		{"during the vote", date(2021, time.April, 2), []string{"vote"}, "vote", "referents", calendar.Open},
		{"shared boundary day 15 April", date(2021, time.April, 15), []string{"vote", "referents"}, "referents", "deploiement", calendar.Open},
		{"last day of step 3, the day before step 4", date(2021, time.May, 31), []string{"referents"}, "referents", "deploiement", calendar.Open},
		{"first day of the open-ended step", date(2021, time.June, 1), []string{"deploiement"}, "deploiement", "", calendar.Open},
		{"long after", lastDate, []string{"deploiement"}, "deploiement", "", calendar.Open},
		{"zero Date: in no phase, everything upcoming", calendar.Date{}, nil, "", "recueil", calendar.Upcoming},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.on, ids(c.On(tt.d)))
			cur, ok := c.Current(tt.d)
			assert.Equal(t, tt.current != "", ok)
			assert.Equal(t, tt.current, cur.ID)
			next, ok := c.Next(tt.d)
			assert.Equal(t, tt.next != "", ok)
			assert.Equal(t, tt.next, next.ID)
			assert.Equal(t, tt.status, c.Status(tt.d))
		})
	}
}

func TestCalendarGapAndClosed(t *testing.T) {
	c := calendar.Calendar{Phases: []calendar.Phase{
		{ID: "session-1", Window: calendar.MustBetween(date(2021, time.January, 25), date(2021, time.May, 28))},
		{ID: "session-2", Window: calendar.MustBetween(date(2021, time.October, 8), date(2021, time.November, 22))},
	}}
	require.NoError(t, c.Validate())
	assert.Equal(t, calendar.MustBetween(date(2021, time.January, 25), date(2021, time.November, 22)), c.Window())

	t.Run("between the sessions", func(t *testing.T) {
		d := date(2021, time.July, 14)
		assert.Nil(t, c.On(d))
		_, ok := c.Current(d)
		assert.False(t, ok)
		next, ok := c.Next(d)
		require.True(t, ok)
		assert.Equal(t, "session-2", next.ID)
		assert.Equal(t, calendar.Open, c.Status(d), "the calendar's window spans its gaps")
		assert.Equal(t, calendar.Closed, c.Phases[0].Status(d))
		assert.Equal(t, calendar.Upcoming, c.Phases[1].Status(d))
	})
	t.Run("after the last", func(t *testing.T) {
		d := date(2022, time.June, 27)
		assert.Nil(t, c.On(d))
		_, ok := c.Next(d)
		assert.False(t, ok)
		assert.Equal(t, calendar.Closed, c.Status(d))
	})
}

func TestCalendarTies(t *testing.T) {
	day := date(2021, time.March, 15)
	c := calendar.Calendar{Phases: []calendar.Phase{
		{ID: "a", Window: calendar.MustBetween(day, day)},
		{ID: "b", Window: calendar.MustBetween(day, day.AddDays(5))},
	}}
	require.NoError(t, c.Validate(), "a one-day phase may share its day with the next")
	cur, ok := c.Current(day)
	require.True(t, ok)
	assert.Equal(t, "b", cur.ID, "of phases started the same day, Current is the last in order")
	next, ok := c.Next(day.AddDays(-1))
	require.True(t, ok)
	assert.Equal(t, "a", next.ID, "of phases opening the same day, Next is the first in order")
}

func TestCalendarWindow(t *testing.T) {
	tests := []struct {
		name string
		c    calendar.Calendar
		want string
	}{
		{"Incubateur, open-ended", incubateur(), "2021-01-25/.."},
		{"zero Calendar", calendar.Calendar{}, ""},
		{"only zero windows", calendar.Calendar{Phases: []calendar.Phase{{ID: "a"}}}, ""},
		{"single phase", calendar.Calendar{Phases: []calendar.Phase{{ID: "a", Window: mustWindow(t, "2021-01-25/2021-05-28")}}}, "2021-01-25/2021-05-28"},
		{"out of order: still the smallest window that holds all", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "b", Window: mustWindow(t, "2021-10-08/2021-11-22")},
			{ID: "z"},
			{ID: "a", Window: mustWindow(t, "2021-01-25/2021-05-28")},
		}}, "2021-01-25/2021-11-22"},
		{"open-ended phase first", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "a", Window: mustWindow(t, "2021-06-01/..")},
			{ID: "b", Window: mustWindow(t, "2021-01-25/2021-05-28")},
		}}, "2021-01-25/.."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.c.Window().String())
		})
	}
}

func TestCalendarPhase(t *testing.T) {
	c := incubateur()
	p, ok := c.Phase("vote")
	require.True(t, ok)
	assert.Equal(t, "Vote pour les propositions", p.Name)
	_, ok = c.Phase("candidatures")
	assert.False(t, ok)
	_, ok = calendar.Calendar{}.Phase("")
	assert.False(t, ok)
}

func TestZeroCalendar(t *testing.T) {
	var c calendar.Calendar
	d := date(2021, time.March, 15)
	assert.NoError(t, c.Validate())
	assert.Nil(t, c.On(d))
	_, ok := c.Current(d)
	assert.False(t, ok)
	_, ok = c.Next(d)
	assert.False(t, ok)
	assert.True(t, c.Window().IsZero())
	assert.Equal(t, calendar.Closed, c.Status(d))

	var p calendar.Phase
	assert.Equal(t, calendar.Closed, p.Status(d), "the zero Phase is never open")
}

func mustWindow(t *testing.T, s string) calendar.Window {
	t.Helper()
	w, err := calendar.ParseWindow(s)
	require.NoError(t, err)
	return w
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		c    calendar.Calendar
	}{
		{"Incubateur consultation, shared boundary days", incubateur()},
		{"zero Calendar", calendar.Calendar{}},
		{"one open-ended phase", calendar.Calendar{Phases: []calendar.Phase{{ID: "a", Window: mustWindow(t, "2021-06-01/..")}}}},
		{"a gap between phases", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "a", Window: mustWindow(t, "2021-01-25/2021-05-28")},
			{ID: "b", Window: mustWindow(t, "2021-10-08/2021-11-22")},
		}}},
		{"three phases open on one day: a one-day phase on a shared boundary day", threeOnOneDay(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, tt.c.Validate())
		})
	}
}

// threeOnOneDay is a valid calendar whose three phases are all open on
// 10 January 2021: each pair shares that day only, the last day of the
// earlier phase and the first of the later.
func threeOnOneDay(t *testing.T) calendar.Calendar {
	return calendar.Calendar{Phases: []calendar.Phase{
		{ID: "a", Window: mustWindow(t, "2021-01-01/2021-01-10")},
		{ID: "b", Window: mustWindow(t, "2021-01-10/2021-01-10")},
		{ID: "c", Window: mustWindow(t, "2021-01-10/..")},
	}}
}

func TestCalendarThreeOnOneDay(t *testing.T) {
	c := threeOnOneDay(t)
	tests := []struct {
		name    string
		d       calendar.Date
		on      []string
		current string
	}{
		{"the day before: only the first", date(2021, time.January, 9), []string{"a"}, "a"},
		{"the shared day: all three, more than two", date(2021, time.January, 10), []string{"a", "b", "c"}, "c"},
		{"the day after: only the open-ended one", date(2021, time.January, 11), []string{"c"}, "c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.on, ids(c.On(tt.d)))
			cur, ok := c.Current(tt.d)
			require.True(t, ok)
			assert.Equal(t, tt.current, cur.ID)
		})
	}
}

func TestValidateErrors(t *testing.T) {
	tests := []struct {
		name string
		c    calendar.Calendar
		msgs []string
	}{
		{"empty ID", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "", Window: mustWindow(t, "2021-01-25/2021-03-15")},
		}}, []string{
			`calendar: validate Phases[0] "" (2021-01-25/2021-03-15): invalid calendar: empty ID`,
		}},
		{"duplicate ID", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "vote", Window: mustWindow(t, "2021-01-25/2021-03-15")},
			{ID: "vote", Window: mustWindow(t, "2021-03-15/2021-04-15")},
		}}, []string{
			`calendar: validate Phases[1] "vote" (2021-03-15/2021-04-15): invalid calendar: duplicate ID, also Phases[0]`,
		}},
		{"zero window", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "recueil"},
		}}, []string{
			`calendar: validate Phases[0] "recueil": invalid calendar: no window`,
		}},
		{"out of order", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "vote", Window: mustWindow(t, "2021-03-15/2021-04-15")},
			{ID: "recueil", Window: mustWindow(t, "2021-01-25/2021-03-15")},
		}}, []string{
			`calendar: validate Phases[1] "recueil" (2021-01-25/2021-03-15): invalid calendar: starts before Phases[0] "vote" (2021-03-15/2021-04-15)`,
		}},
		{"overlap by two days", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "recueil", Window: mustWindow(t, "2021-01-25/2021-03-15")},
			{ID: "vote", Window: mustWindow(t, "2021-03-14/2021-04-15")},
		}}, []string{
			`calendar: validate Phases[1] "vote" (2021-03-14/2021-04-15): invalid calendar: overlaps Phases[0] "recueil" (2021-01-25/2021-03-15) by more than a shared boundary day`,
		}},
		{"same start, the first longer", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "a", Window: mustWindow(t, "2021-03-15/2021-03-20")},
			{ID: "b", Window: mustWindow(t, "2021-03-15/2021-03-16")},
		}}, []string{
			`calendar: validate Phases[1] "b" (2021-03-15/2021-03-16): invalid calendar: overlaps Phases[0] "a" (2021-03-15/2021-03-20) by more than a shared boundary day`,
		}},
		{"a one-day phase inside the phase before it: one shared day, but not a boundary day", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "a", Window: mustWindow(t, "2021-01-01/2021-01-10")},
			{ID: "b", Window: mustWindow(t, "2021-01-05/2021-01-05")},
		}}, []string{
			`calendar: validate Phases[1] "b" (2021-01-05/2021-01-05): invalid calendar: overlaps Phases[0] "a" (2021-01-01/2021-01-10) by more than a shared boundary day`,
		}},
		{"open-ended phase not last", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "deploiement", Window: mustWindow(t, "2021-06-01/..")},
			{ID: "bilan", Window: mustWindow(t, "2022-06-01/2022-06-30")},
		}}, []string{
			`calendar: validate Phases[0] "deploiement" (2021-06-01/..): invalid calendar: open-ended but not the last phase`,
		}},
		{"open-ended phase followed by a phase without a window", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "deploiement", Window: mustWindow(t, "2021-06-01/..")},
			{ID: "bilan"},
		}}, []string{
			`calendar: validate Phases[0] "deploiement" (2021-06-01/..): invalid calendar: open-ended but not the last phase`,
			`calendar: validate Phases[1] "bilan": invalid calendar: no window`,
		}},
		{"every problem at once", calendar.Calendar{Phases: []calendar.Phase{
			{ID: "recueil", Window: mustWindow(t, "2021-01-25/2021-03-15")},
			{ID: "", Window: mustWindow(t, "2021-03-01/2021-04-15")},
			{ID: "recueil"},
			{ID: "deploiement", Window: mustWindow(t, "2021-06-01/..")},
			{ID: "referents", Window: mustWindow(t, "2021-04-15/2021-05-31")},
		}}, []string{
			`calendar: validate Phases[1] "" (2021-03-01/2021-04-15): invalid calendar: empty ID`,
			`calendar: validate Phases[1] "" (2021-03-01/2021-04-15): invalid calendar: overlaps Phases[0] "recueil" (2021-01-25/2021-03-15) by more than a shared boundary day`,
			`calendar: validate Phases[2] "recueil": invalid calendar: duplicate ID, also Phases[0]`,
			`calendar: validate Phases[2] "recueil": invalid calendar: no window`,
			`calendar: validate Phases[3] "deploiement" (2021-06-01/..): invalid calendar: open-ended but not the last phase`,
			`calendar: validate Phases[4] "referents" (2021-04-15/2021-05-31): invalid calendar: starts before Phases[3] "deploiement" (2021-06-01/..)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			require.ErrorIs(t, err, calendar.ErrInvalidCalendar)
			assert.Equal(t, strings.Join(tt.msgs, "\n"), err.Error())
			var joined interface{ Unwrap() []error }
			require.True(t, errors.As(err, &joined))
			for _, e := range joined.Unwrap() {
				require.ErrorIs(t, e, calendar.ErrInvalidCalendar, "each problem wraps the sentinel")
			}
			assert.Len(t, joined.Unwrap(), len(tt.msgs))
		})
	}
}
