package bridge

import (
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/stretchr/testify/assert"
)

func TestTimelineWithoutPhases(t *testing.T) {
	tl := newTimeline(nil, calendar.MustDate(2021, time.March, 15))
	assert.Equal(t, "2021-03-01", tl.First)
	assert.Equal(t, "2021-03-31", tl.Last)
	assert.Equal(t, 31, tl.Days)
	assert.Equal(t, 14, tl.On)
	assert.Empty(t, tl.Outside)
	assert.Equal(t, []Tick{{Offset: 0, Label: "mars", Year: 2021}}, tl.Months)
}

func TestEndOfMonth(t *testing.T) {
	tests := []struct{ in, want calendar.Date }{
		{calendar.MustDate(9999, time.December, 1), calendar.MustDate(9999, time.December, 31)},
		{calendar.MustDate(9999, time.November, 30), calendar.MustDate(9999, time.November, 30)},
		{calendar.MustDate(1, time.January, 1), calendar.MustDate(1, time.January, 31)},
		{calendar.MustDate(2024, time.February, 10), calendar.MustDate(2024, time.February, 29)},
		{calendar.MustDate(2021, time.February, 28), calendar.MustDate(2021, time.February, 28)},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, endOfMonth(tt.in), tt.in.String())
		assert.Equal(t, 1, startOfMonth(tt.in).Day())
		assert.Equal(t, tt.in.Month(), startOfMonth(tt.in).Month())
	}
}
