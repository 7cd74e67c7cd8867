package relance

import (
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// incubateur returns the one session of the Incubateur's consultation, with
// its calendar first published on 20 January 2021 and revised on 19 March
// 2021.
func incubateur(t testing.TB) scheme.Session {
	t.Helper()
	s, err := scheme.Get(scheme.Incubateur)
	require.NoError(t, err)
	require.Len(t, s.Sessions(), 1)
	se := s.Sessions()[0]
	require.Len(t, se.Revisions(), 1)
	require.Equal(t, day(time.March, 19), se.Revisions()[0].Published)
	return se
}

// TestCountSupportsIn checks each support against the vote as published on
// its date: 15 March – 15 April 2021 until 18 March, 1 April – 1 May 2021
// from the revision of 19 March on. firstCalendar says what the fixed first
// calendar, which version 1 read for every date, decides.
func TestCountSupportsIn(t *testing.T) {
	se := incubateur(t)
	first := se.CalendarOn(calendar.Date{})
	tests := []struct {
		name          string
		on            calendar.Date
		counted       bool
		firstCalendar bool
	}{
		{"the day before the first vote", day(time.March, 14), false, false},
		{"the first day of the first vote, in force", day(time.March, 15), true, true},
		{"16 March: the first calendar still in force", day(time.March, 16), true, true},
		{"the last day of the first calendar", day(time.March, 18), true, true},
		{"the day of the revision: its vote is to come", day(time.March, 19), false, true},
		{"20 March: the first vote, replaced the day before", day(time.March, 20), false, true},
		{"the day before the revised vote", day(time.March, 31), false, true},
		{"the first day of the revised vote", day(time.April, 1), true, true},
		{"the last day of the first vote", day(time.April, 15), true, true},
		{"20 April: in the revised vote only", day(time.April, 20), true, false},
		{"the last day of the revised vote", day(time.May, 1), true, false},
		{"the day after the revised vote", day(time.May, 2), false, false},
		{"no date: the first calendar, which holds no such day", calendar.Date{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Support{"a", commune, tt.on}
			got := CountSupportsIn(se, []string{"a"}, []Support{s})
			if tt.counted {
				assert.Empty(t, got.Rejected)
				assert.Equal(t, []Count{{"a", 1}}, got.Counts)
			} else {
				assert.Equal(t, []Rejection{{s, ReasonOutOfPeriod}}, got.Rejected)
				assert.Equal(t, []Count{{"a", 0}}, got.Counts)
			}
			fixed := CountSupports(first, []string{"a"}, []Support{s})
			assert.Equal(t, tt.firstCalendar, len(fixed.Rejected) == 0, "under the first calendar for every date")
		})
	}
}

func TestReferentsIn(t *testing.T) {
	se := incubateur(t)
	first := se.CalendarOn(calendar.Date{})
	tests := []struct {
		name          string
		on            calendar.Date
		accepted      bool
		firstCalendar bool
	}{
		{"published on 20 January: step 3 from 15 April, but replaced", day(time.April, 15), false, true},
		{"20 April: in the first step 3 only", day(time.April, 20), false, true},
		{"the last day of the first step 3", day(time.May, 31), true, true},
		{"the day before the revised step 3", day(time.May, 2), false, true},
		{"the first day of the revised step 3", day(time.May, 3), true, true},
		{"15 June: in the revised step 3 only", day(time.June, 15), true, false},
		{"the last day of the revised step 3", day(time.June, 30), true, false},
		{"the day after", day(time.July, 1), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Declaration{"s", dept, tt.on}
			got := ReferentsIn(se, []string{"s"}, []Declaration{d})
			if tt.accepted {
				assert.Equal(t, []Declaration{d}, got.Accepted)
				assert.Empty(t, got.Refused)
			} else {
				assert.Empty(t, got.Accepted)
				assert.Equal(t, []Refusal[Declaration]{{d, ReasonOutOfPeriod}}, got.Refused)
			}
			fixed := Referents(first, []string{"s"}, []Declaration{d})
			assert.Equal(t, tt.firstCalendar, len(fixed.Accepted) == 1, "under the first calendar for every date")
		})
	}
}

func TestContributionsIn(t *testing.T) {
	se := incubateur(t)
	tests := []struct {
		name     string
		on       calendar.Date
		accepted bool
	}{
		{"the day before step 1", day(time.January, 24), false},
		{"the first day of step 1", day(time.January, 25), true},
		{"the last day of step 1, in both calendars", day(time.March, 15), true},
		{"the day after", day(time.March, 16), false},
		{"after the revision, which kept step 1", day(time.March, 20), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Contribution{"Guichet", Need, synd, tt.on, []scheme.Theme{scheme.ThemeServices}}
			got := ContributionsIn(se, []Contribution{c})
			if tt.accepted {
				assert.Equal(t, []Contribution{c}, got.Accepted)
				assert.Empty(t, got.Refused)
			} else {
				assert.Empty(t, got.Accepted)
				assert.Equal(t, []Refusal[Contribution]{{c, ReasonOutOfPeriod}}, got.Refused)
			}
		})
	}
}

// TestInMatchesCalendarOn checks, on every day of 2021 and for every kind of
// body, that the dated forms decide for each item as the fixed forms do with
// the calendar as published on the item's date: the same checks, in the
// same order, only the calendar changes.
func TestInMatchesCalendarOn(t *testing.T) {
	se := incubateur(t)
	bodies := []scheme.Body{commune, dept, outre, epci, synd, asso, nokind, noid, {ID: "1", Kind: "mairie"}}
	for on := day(time.January, 1); on.Year() == 2021; on = on.AddDays(1) {
		cal := se.CalendarOn(on)
		for _, b := range bodies {
			supports := []Support{{"a", b, on}, {"a", b, on}, {"z", b, on}}
			require.Equal(t, CountSupports(cal, []string{"a"}, supports), CountSupportsIn(se, []string{"a"}, supports), "%s, %s", on, b.Name)
			declarations := []Declaration{{"s", b, on}, {"s", b, on}, {"x", b, on}}
			require.Equal(t, Referents(cal, []string{"s"}, declarations), ReferentsIn(se, []string{"s"}, declarations), "%s, %s", on, b.Name)
			contributions := []Contribution{{"T", Need, b, on, nil}, {"T", Need, b, on, nil}, {"", Need, b, on, nil}}
			require.Equal(t, Contributions(cal, contributions), ContributionsIn(se, contributions), "%s, %s", on, b.Name)
		}
	}
}

// TestInMixedDates checks supports of several dates in one call: each is
// judged by the calendar of its own date, and a collectivité's second
// support of a proposal is a duplicate only after a counted first one.
func TestInMixedDates(t *testing.T) {
	se := incubateur(t)
	c2 := scheme.Body{ID: "2", Kind: scheme.Commune}
	tally := CountSupportsIn(se, []string{"a", "b"}, []Support{
		{"a", commune, day(time.March, 16)}, // first calendar: counted
		{"a", commune, day(time.April, 20)}, // revised: in the vote, but a duplicate
		{"b", commune, day(time.March, 20)}, // revised: not yet in the vote
		{"b", commune, day(time.April, 20)}, // counted: the refused one did not count
		{"b", c2, day(time.April, 20)},
	})
	assert.Equal(t, []Count{{"b", 2}, {"a", 1}}, tally.Counts)
	assert.Equal(t, []Rejection{
		{Support{"a", commune, day(time.April, 20)}, ReasonDuplicate},
		{Support{"b", commune, day(time.March, 20)}, ReasonOutOfPeriod},
	}, tally.Rejected)
}

// TestInEdgeSessions checks the dated forms with the zero Session, which has
// no calendar, and with a caller's session whose calendar has none of the
// consultation's phases: every item that passes the earlier checks is out
// of period, and the results still hold arrays of their own.
func TestInEdgeSessions(t *testing.T) {
	other, err := scheme.Get(scheme.Donnees)
	require.NoError(t, err)
	on := day(time.April, 20)
	for name, se := range map[string]scheme.Session{"zero Session": {}, "a call without the steps": other.Sessions()[0]} {
		t.Run(name, func(t *testing.T) {
			tally := CountSupportsIn(se, []string{"a"}, []Support{{"a", commune, on}, {"z", commune, on}})
			assert.Equal(t, []Rejection{{Support{"a", commune, on}, ReasonOutOfPeriod}, {Support{"z", commune, on}, ReasonUnknownProposal}}, tally.Rejected)
			refs := ReferentsIn(se, []string{"s"}, []Declaration{{"s", commune, on}})
			assert.Equal(t, ReasonOutOfPeriod, refs.Refused[0].Reason)
			assert.NotNil(t, refs.Accepted)
			contribs := ContributionsIn(se, []Contribution{{"T", Need, commune, day(time.February, 1), nil}})
			assert.Equal(t, ReasonOutOfPeriod, contribs.Refused[0].Reason)
			assert.NotNil(t, contribs.Accepted)
		})
	}
	empty := CountSupportsIn(scheme.Session{}, nil, nil)
	assert.Equal(t, Tally{Counts: []Count{}, Rejected: []Rejection{}}, empty)
}

// TestInAllocations checks that reading the calendar in force on each
// item's date costs no allocation: the dated forms allocate exactly what
// the fixed forms do, for 1 item as for 1 000.
func TestInAllocations(t *testing.T) {
	se := incubateur(t)
	cal := se.CalendarOn(day(time.April, 20))
	for _, n := range []int{1, 1000} {
		supports := make([]Support, n)
		declarations := make([]Declaration, n)
		contributions := make([]Contribution, n)
		for i := range n {
			b := scheme.Body{ID: string(rune('a' + i%26)), Kind: scheme.Commune}
			supports[i] = Support{"a", b, day(time.April, 20)}
			declarations[i] = Declaration{"s", b, day(time.May, 20)}
			contributions[i] = Contribution{"T", Need, b, day(time.February, 1), nil}
		}
		assert.Equal(t,
			testing.AllocsPerRun(20, func() { sinkTally = CountSupports(cal, []string{"a"}, supports) }),
			testing.AllocsPerRun(20, func() { sinkTally = CountSupportsIn(se, []string{"a"}, supports) }), "supports, n = %d", n)
		assert.Equal(t,
			testing.AllocsPerRun(20, func() { sinkDeclarations = Referents(cal, []string{"s"}, declarations) }),
			testing.AllocsPerRun(20, func() { sinkDeclarations = ReferentsIn(se, []string{"s"}, declarations) }), "declarations, n = %d", n)
		assert.Equal(t,
			testing.AllocsPerRun(20, func() { sinkContributions = Contributions(cal, contributions) }),
			testing.AllocsPerRun(20, func() { sinkContributions = ContributionsIn(se, contributions) }), "contributions, n = %d", n)
	}
}

var (
	sinkTally         Tally
	sinkDeclarations  Screened[Declaration]
	sinkContributions Screened[Contribution]
)
