package bridge_test

import (
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

	// A date far from the sessions widens the line to it.
	r := bridge.Example()
	r.On = "15/06/2030"
	tl = bridge.Bridge{}.Answer(r).Timeline
	assert.Equal(t, "2021-01-01", tl.First)
	assert.Equal(t, "2030-06-30", tl.Last)
	assert.Equal(t, tl.Days-16, tl.On)
	r.On = "15/06/2019"
	tl = bridge.Bridge{}.Answer(r).Timeline
	assert.Equal(t, "2019-06-01", tl.First)
	assert.Equal(t, 14, tl.On)
}
