package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
)

// messageBound is the most bytes that one problem's message may take,
// whatever the length of the input: a few lines of a terminal.
const messageBound = 400

// TestErrorsBounded gives every entry point that takes text a megabyte of
// it, and checks that each problem's message stays short while it still
// quotes the start of the input, so that a person can find it.
func TestErrorsBounded(t *testing.T) {
	const size = 1 << 20
	megabyte := func(start string) string { return start + strings.Repeat("9", size-len(start)) }
	day := megabyte("2021-03-15")
	slug := megabyte("candidatures-")
	name := megabyte("Dépôt des candidatures ")
	jan := func(d int) calendar.Date { return calendar.MustDate(2021, time.January, d) }
	tests := []struct {
		name  string
		start string // the start of the long input, which every message quotes
		err   func() error
		is    error
	}{
		{"ParseDate", "2021-03-15", func() error { _, err := calendar.ParseDate(day); return err }, calendar.ErrInvalidDate},
		{"ParseWindow without a slash", "2021-03-15", func() error { _, err := calendar.ParseWindow(day); return err }, calendar.ErrInvalidWindow},
		{"ParseWindow, a long first day", "2021-03-15", func() error { _, err := calendar.ParseWindow(day + "/.."); return err }, calendar.ErrInvalidDate},
		{"ParseWindow, a long last day", "2021-03-15", func() error { _, err := calendar.ParseWindow("2021-01-01/" + day); return err }, calendar.ErrInvalidDate},
		{"Validate, a long phase ID given twice", "candidatures-", func() error {
			w := calendar.MustBetween(jan(1), jan(10))
			return calendar.Calendar{Phases: []calendar.Phase{{ID: slug, Name: name, Window: w}, {ID: slug, Name: name, Window: w}}}.Validate()
		}, calendar.ErrInvalidCalendar},
		{"Validate, two long phase IDs that overlap", "candidatures-", func() error {
			return calendar.Calendar{Phases: []calendar.Phase{
				{ID: slug, Name: name, Window: calendar.MustBetween(jan(1), jan(10))},
				{ID: slug + "2", Name: name, Window: calendar.MustBetween(jan(5), jan(20))},
			}}.Validate()
		}, calendar.ErrInvalidCalendar},
		{"Validate, a long phase ID without a window", "candidatures-", func() error {
			return calendar.Calendar{Phases: []calendar.Phase{{ID: slug, Name: name}}}.Validate()
		}, calendar.ErrInvalidCalendar},
		{"JSON of a Date", "2021-03-15", func() error { var d calendar.Date; return json.Unmarshal(jsonString(day), &d) }, calendar.ErrInvalidDate},
		{"JSON of a Window", "2021-03-15", func() error { var w calendar.Window; return json.Unmarshal(jsonString(day), &w) }, calendar.ErrInvalidWindow},
		{"JSON of a Phase", "2021-03-15", func() error {
			var p calendar.Phase
			return json.Unmarshal([]byte(`{"id": `+string(jsonString(slug))+`, "name": `+string(jsonString(name))+`, "window": `+string(jsonString("2021-01-01/"+day))+`}`), &p)
		}, calendar.ErrInvalidDate},
		{"JSON of a Calendar", "2021-03-15", func() error {
			var c calendar.Calendar
			return json.Unmarshal([]byte(`{"phases": [{"id": "a", "window": `+string(jsonString(day+"/.."))+`}]}`), &c)
		}, calendar.ErrInvalidWindow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			require.ErrorIs(t, err, tt.is)
			problems := []error{err}
			if joined, ok := err.(interface{ Unwrap() []error }); ok && !errors.Is(err, calendar.ErrInvalidDate) {
				problems = joined.Unwrap()
			}
			for _, p := range problems {
				msg := p.Error()
				assert.Less(t, len(msg), messageBound, msg)
				assert.Contains(t, msg, `"`+tt.start, "quotes the start of the input")
				assert.True(t, strings.HasPrefix(msg, "calendar: ") || strings.HasPrefix(msg, "json: "), msg)
			}
		})
	}
}

// jsonString returns s as a JSON string.
func jsonString(s string) []byte {
	b, _ := json.Marshal(s)
	return b
}
