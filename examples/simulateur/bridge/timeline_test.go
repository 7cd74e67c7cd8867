package bridge_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTimeline(t *testing.T) {
	resp := bridge.Bridge{}.Answer(bridge.Example())
	tl := resp.Timeline
	require.NotNil(t, tl)
	assert.Equal(t, "2021-01-01", tl.First)
	assert.Equal(t, "2021-11-30", tl.Last)
	assert.Equal(t, 334, tl.Days)
	assert.Equal(t, 59, tl.On) // 1 March 2021
	assert.Equal(t, "1er mars 2021", tl.OnFrench)
	require.Len(t, tl.Months, 11)
	assert.Equal(t, bridge.Tick{Offset: 0, Label: "janv.", Year: 2021}, tl.Months[0])
	assert.Equal(t, bridge.Tick{Offset: 304, Label: "nov.", Year: 2021}, tl.Months[10])

	on := calendar.MustDate(2021, time.March, 1)
	first := calendar.MustDate(2021, time.January, 1)
	var rows int
	for _, s := range scheme.All() {
		for _, se := range s.Sessions() {
			row := tl.Rows[rows]
			rows++
			assert.Equal(t, string(s.ID()), row.Scheme)
			assert.Equal(t, se.ID(), row.Session)
			assert.Equal(t, se.Name(), row.SessionName)
			phases := se.CalendarOn(on).Phases
			require.Len(t, row.Phases, len(phases))
			for i, p := range phases {
				span := row.Phases[i]
				assert.Equal(t, p.ID, span.ID)
				assert.Equal(t, p.Name, span.Name)
				assert.Equal(t, p.Window.French(), span.Window)
				assert.Equal(t, first.DaysUntil(p.Window.First()), span.From)
				assert.Equal(t, p.Window.OpenEnded(), span.OpenEnded)
				if p.Window.OpenEnded() {
					assert.Equal(t, tl.Days-1, span.To)
				} else {
					assert.Equal(t, first.DaysUntil(p.Window.Last()), span.To)
				}
				assert.Equal(t, p.ID == se.Intake(), span.Intake)
				assert.Equal(t, p.Status(on).String(), span.Status)
				assert.Equal(t, p.Status(on).French(), span.StatusLabel)
			}
		}
	}
	assert.Len(t, tl.Rows, rows)

	// A date near the sessions widens the line to it.
	for _, tt := range []struct{ on, first, last string }{
		{"15/10/2022", "2021-01-01", "2022-10-31"},
		{"30/11/2022", "2021-01-01", "2022-11-30"},
		{"15/06/2020", "2020-06-01", "2021-11-30"},
		{"01/01/2020", "2020-01-01", "2021-11-30"},
	} {
		r := bridge.Example()
		r.On = tt.on
		tl = bridge.Bridge{}.Answer(r).Timeline
		on, code := bridge.ParseDate(tt.on)
		require.Empty(t, code)
		assert.Equal(t, tt.first, tl.First, tt.on)
		assert.Equal(t, tt.last, tl.Last, tt.on)
		assert.Equal(t, tt.first, on.AddDays(-tl.On).String(), "%s is at its place", tt.on)
		assert.Empty(t, tl.Outside, tt.on)
		checkLine(t, tl)
		assert.Equal(t, on.French(), tl.OnLabel, tt.on)
	}
}

// TestTimelineFarDates checks that a date of orientation far from the
// sessions, up to the ends of the calendar, is marked at the edge of a line
// that spans the sessions, and that the answer stays the size of an
// ordinary one.
func TestTimelineFarDates(t *testing.T) {
	b := bridge.Bridge{}
	ordinary := b.Orient([]byte(`{"on": "01/03/2021"}`))
	var near bridge.Response
	require.NoError(t, json.Unmarshal(ordinary, &near))
	tests := []struct{ on, outside, label string }{ // label: what follows the date
		{"01/01/0001", "before", ", avant la frise"},
		{"31/12/2019", "before", ", avant la frise"},
		{"01/12/2022", "after", ", après la frise"},
		{"15/06/2030", "after", ", après la frise"},
		{"31/12/9999", "after", ", après la frise"},
	}
	for _, tt := range tests {
		t.Run(tt.on, func(t *testing.T) {
			answer := b.Orient([]byte(`{"on": "` + tt.on + `"}`))
			assert.LessOrEqual(t, float64(len(answer)), 1.5*float64(len(ordinary)), "the answer is %d bytes, an ordinary one %d", len(answer), len(ordinary))
			var resp bridge.Response
			require.NoError(t, json.Unmarshal(answer, &resp))
			tl := resp.Timeline
			require.NotNil(t, tl)
			checkLine(t, tl)
			assert.Equal(t, tt.outside, tl.Outside)
			on, code := bridge.ParseDate(tt.on)
			require.Empty(t, code)
			assert.Equal(t, on.French(), tl.OnFrench)
			assert.Equal(t, on.French()+tt.label, tl.OnLabel)
			first := mustParse(t, tl.First)
			assert.Equal(t, first.DaysUntil(on), tl.On, "the offset of the date, off the line")
			if tt.outside == "before" {
				assert.Negative(t, tl.On)
			} else {
				assert.GreaterOrEqual(t, tl.On, tl.Days)
			}
			assert.Equal(t, near.Timeline.Months, tl.Months, "the months of the sessions, no more")
		})
	}
}

// checkLine checks that a timeline runs from the 1st of a month to the
// last day of a month, a tick on the 1st of each.
func checkLine(t *testing.T, tl *bridge.Timeline) {
	t.Helper()
	first, last := mustParse(t, tl.First), mustParse(t, tl.Last)
	assert.Equal(t, 1, first.Day())
	assert.Equal(t, 1, last.AddDays(1).Day(), "%s is the last day of its month", last)
	assert.Equal(t, tl.Days, first.DaysUntil(last)+1)
	require.NotEmpty(t, tl.Months)
	for i, m := range tl.Months {
		d := first.AddMonths(i)
		assert.Equal(t, bridge.Tick{Offset: first.DaysUntil(d), Label: m.Label, Year: d.Year()}, m)
	}
	assert.Equal(t, last.Month(), first.AddMonths(len(tl.Months)-1).Month(), "a tick for each month, up to the last")
	assert.Equal(t, last.Year(), first.AddMonths(len(tl.Months)-1).Year())
}

func mustParse(t *testing.T, iso string) calendar.Date {
	t.Helper()
	d, code := bridge.ParseDate(iso)
	require.Empty(t, code, iso)
	return d
}
