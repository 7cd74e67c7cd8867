package calendar_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		name     string
		s        calendar.Status
		text     string
		french   string
		goString string
	}{
		{"upcoming, the zero value", 0, "upcoming", "à venir", "calendar.Upcoming"},
		{"open", calendar.Open, "open", "ouvert", "calendar.Open"},
		{"closed", calendar.Closed, "closed", "clos", "calendar.Closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, tt.s.IsValid())
			assert.Equal(t, tt.text, tt.s.String())
			assert.Equal(t, tt.french, tt.s.French())
			assert.Equal(t, tt.goString, tt.s.GoString())
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.s))
			text, err := tt.s.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.s.String(), string(text), "MarshalText == String")
			parsed, err := calendar.ParseStatus(tt.s.String())
			require.NoError(t, err)
			assert.Equal(t, tt.s, parsed, "Parse(String(s)) == s")
			var back calendar.Status
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, tt.s, back)
		})
	}
	assert.Equal(t, calendar.Upcoming, calendar.Status(0), "the zero Status is Upcoming")
}

func TestStatusErrors(t *testing.T) {
	out := []struct {
		s                       calendar.Status
		text, goString, marshal string
	}{
		{-1, "%!Status(-1)", "calendar.Status(-1)", "calendar: marshal status -1: invalid status: want upcoming, open or closed"},
		{3, "%!Status(3)", "calendar.Status(3)", "calendar: marshal status 3: invalid status: want upcoming, open or closed"},
		{7, "%!Status(7)", "calendar.Status(7)", "calendar: marshal status 7: invalid status: want upcoming, open or closed"},
	}
	for _, tt := range out {
		t.Run("out of range "+tt.text, func(t *testing.T) {
			assert.False(t, tt.s.IsValid())
			assert.Equal(t, tt.text, tt.s.String())
			assert.Equal(t, tt.text, fmt.Sprint(tt.s))
			assert.Equal(t, tt.text, tt.s.French(), "an invalid Status has no French")
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.s))
			_, err := tt.s.MarshalText()
			require.ErrorIs(t, err, calendar.ErrInvalidStatus)
			assert.EqualError(t, err, tt.marshal)
		})
	}
	for _, text := range []string{"", "Open", "ouvert", "open ", "1", "%!Status(7)"} {
		t.Run("unknown text "+text, func(t *testing.T) {
			_, err := calendar.ParseStatus(text)
			require.ErrorIs(t, err, calendar.ErrInvalidStatus)
			s := calendar.Closed
			require.ErrorIs(t, s.UnmarshalText([]byte(text)), calendar.ErrInvalidStatus)
			assert.Equal(t, calendar.Closed, s, "UnmarshalText leaves the Status unchanged on error")
		})
	}
	_, err := calendar.ParseStatus("ouvert")
	assert.EqualError(t, err, `calendar: parse status "ouvert": invalid status: want upcoming, open or closed`)
}

// TestStatusNull checks the documented reading of a JSON null: a Status
// stays as it was, and a list element is Upcoming, which encodes back.
func TestStatusNull(t *testing.T) {
	s := calendar.Closed
	require.NoError(t, json.Unmarshal([]byte(`null`), &s))
	assert.Equal(t, calendar.Closed, s, "null leaves a Status unchanged")
	var list []calendar.Status
	require.NoError(t, json.Unmarshal([]byte(`["open",null]`), &list))
	assert.Equal(t, []calendar.Status{calendar.Open, calendar.Upcoming}, list)
	back, err := json.Marshal(list)
	require.NoError(t, err)
	assert.JSONEq(t, `["open","upcoming"]`, string(back))
}

// recorder is an assert.TestingT that keeps what a failing assertion
// reports, to check how testify shows the package's values.
type recorder struct{ msg string }

func (r *recorder) Errorf(format string, args ...any) { r.msg += fmt.Sprintf(format, args...) }

// TestTestifyShowsGo checks that a failing assert.Equal shows dates and
// statuses as the Go that builds them, not as the integers inside.
func TestTestifyShowsGo(t *testing.T) {
	tests := []struct {
		name             string
		expected, actual any
		want             []string
		not              []string
	}{
		{"dates", date(2021, time.March, 15), date(2021, time.March, 16),
			[]string{"expected: calendar.MustDate(2021, time.March, 15)", "actual  : calendar.MustDate(2021, time.March, 16)"},
			[]string{"calendar.Date{n:"}},
		{"a date and no date", date(2021, time.March, 15), calendar.Date{},
			[]string{"expected: calendar.MustDate(2021, time.March, 15)", "actual  : calendar.Date{}"},
			[]string{"calendar.Date{n:"}},
		{"statuses", calendar.Open, calendar.Closed,
			[]string{"expected: calendar.Open", "actual  : calendar.Closed"},
			[]string{"calendar.Status(1)", "{"}},
		{"an invalid status", calendar.Open, calendar.Status(7),
			[]string{"expected: calendar.Open", "actual  : calendar.Status(7)"},
			[]string{"{"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recorder
			require.False(t, assert.Equal(&r, tt.expected, tt.actual))
			for _, s := range tt.want {
				assert.Contains(t, r.msg, s)
			}
			for _, s := range tt.not {
				assert.NotContains(t, r.msg, s)
			}
		})
	}
}
