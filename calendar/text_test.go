package calendar_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
)

// The text forms of the package satisfy the standard interfaces.
var (
	_ encoding.TextMarshaler   = calendar.Date{}
	_ encoding.TextAppender    = calendar.Date{}
	_ encoding.TextUnmarshaler = (*calendar.Date)(nil)
	_ encoding.TextMarshaler   = calendar.Window{}
	_ encoding.TextAppender    = calendar.Window{}
	_ encoding.TextUnmarshaler = (*calendar.Window)(nil)
	_ encoding.TextMarshaler   = calendar.Status(0)
	_ encoding.TextUnmarshaler = (*calendar.Status)(nil)
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want calendar.Date
	}{
		{"ordinary day", "2021-03-15", date(2021, time.March, 15)},
		{"first day of the range", "0001-01-01", firstDate},
		{"last day of the range", "9999-12-31", lastDate},
		{"leap day 2000", "2000-02-29", date(2000, time.February, 29)},
		{"leap day 2024", "2024-02-29", date(2024, time.February, 29)},
		{"year end", "2021-12-31", date(2021, time.December, 31)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := calendar.ParseDate(tt.s)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d)
			assert.Equal(t, tt.s, d.String())
			text, err := d.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.s, string(text))
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		name string
		s    string
		msg  string
	}{
		{"empty", "", `calendar: parse date "": invalid date: want YYYY-MM-DD`},
		{"30 February", "2021-02-30", `calendar: parse date "2021-02-30": invalid date: day outside 1..28`},
		{"29 February 1900", "1900-02-29", `calendar: parse date "1900-02-29": invalid date: day outside 1..28`},
		{"29 February 2100", "2100-02-29", `calendar: parse date "2100-02-29": invalid date: day outside 1..28`},
		{"month 13", "2021-13-01", `calendar: parse date "2021-13-01": invalid date: month outside 1..12`},
		{"month 00", "2021-00-10", `calendar: parse date "2021-00-10": invalid date: month outside 1..12`},
		{"day 00", "2021-03-00", `calendar: parse date "2021-03-00": invalid date: day outside 1..31`},
		{"year 0000", "0000-01-01", `calendar: parse date "0000-01-01": invalid date: year outside 1..9999`},
		{"French order", "15/03/2021", `calendar: parse date "15/03/2021": invalid date: want YYYY-MM-DD`},
		{"no padding", "2021-3-15", `calendar: parse date "2021-3-15": invalid date: want YYYY-MM-DD`},
		{"with a time", "2021-03-15T00:00:00Z", `calendar: parse date "2021-03-15T00:00:00Z": invalid date: want YYYY-MM-DD`},
		{"trailing space", "2021-03-15 ", ""},
		{"leading space", " 2021-03-15", ""},
		{"five-digit year", "10000-01-01", ""},
		{"signed year", "+021-03-15", ""},
		{"letters", "2021-O3-15", ""},
		{"slashes", "2021/03/15", ""},
		{"a window", "2021-01-25/2021-03-15", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := calendar.ParseDate(tt.s)
			require.ErrorIs(t, err, calendar.ErrInvalidDate)
			assert.True(t, d.IsZero())
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
			before := date(2021, time.March, 15)
			got := before
			require.ErrorIs(t, got.UnmarshalText([]byte(tt.s+"x")), calendar.ErrInvalidDate)
			assert.Equal(t, before, got, "UnmarshalText leaves the Date unchanged on error")
		})
	}
}

func TestDateText(t *testing.T) {
	t.Run("zero Date is the empty text", func(t *testing.T) {
		text, err := calendar.Date{}.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(text))
		d := date(2021, time.March, 15)
		require.NoError(t, d.UnmarshalText(nil))
		assert.True(t, d.IsZero())
	})
	t.Run("AppendText appends", func(t *testing.T) {
		b, err := date(2021, time.March, 15).AppendText([]byte("le "))
		require.NoError(t, err)
		assert.Equal(t, "le 2021-03-15", string(b))
		b, err = calendar.Date{}.AppendText([]byte("le "))
		require.NoError(t, err)
		assert.Equal(t, "le ", string(b))
	})
	t.Run("UnmarshalText reads what MarshalText writes", func(t *testing.T) {
		var d calendar.Date
		require.NoError(t, d.UnmarshalText([]byte("2021-06-01")))
		assert.Equal(t, date(2021, time.June, 1), d)
	})
}

func TestParseWindow(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want calendar.Window
	}{
		{"closed window", "2021-01-25/2021-03-15", calendar.MustBetween(date(2021, time.January, 25), date(2021, time.March, 15))},
		{"one-day window", "2021-03-15/2021-03-15", calendar.MustBetween(date(2021, time.March, 15), date(2021, time.March, 15))},
		{"open-ended window", "2021-06-01/..", calendar.From(date(2021, time.June, 1))},
		{"across a year end", "2021-12-15/2022-01-15", calendar.MustBetween(date(2021, time.December, 15), date(2022, time.January, 15))},
		{"the whole range", "0001-01-01/9999-12-31", calendar.MustBetween(firstDate, lastDate)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := calendar.ParseWindow(tt.s)
			require.NoError(t, err)
			assert.Equal(t, tt.want, w)
			assert.Equal(t, tt.s, w.String())
			text, err := w.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.s, string(text))
			var back calendar.Window
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, w, back)
		})
	}
}

func TestParseWindowErrors(t *testing.T) {
	tests := []struct {
		name          string
		s             string
		badDate       bool
		msg           string
		skipUnmarshal bool
	}{
		{"empty", "", false, `calendar: parse window "": invalid window: want YYYY-MM-DD/.. or YYYY-MM-DD/YYYY-MM-DD`, true},
		{"a single date", "2021-03-15", false, `calendar: parse window "2021-03-15": invalid window: want YYYY-MM-DD/.. or YYYY-MM-DD/YYYY-MM-DD`, false},
		{"last day before first", "2021-03-15/2021-01-25", false, `calendar: parse window "2021-03-15/2021-01-25": invalid window: last day before first day`, false},
		{"bad first day", "2021-02-30/2021-03-15", true, `calendar: parse window "2021-02-30/2021-03-15": invalid window: first day "2021-02-30": invalid date: day outside 1..28`, false},
		{"bad last day", "2021-01-25/2021-02-30", true, `calendar: parse window "2021-01-25/2021-02-30": invalid window: last day "2021-02-30": invalid date: day outside 1..28`, false},
		{"empty first day", "/2021-03-15", true, "", false},
		{"empty last day", "2021-03-15/", true, "", false},
		{"open start", "../2021-03-15", true, "", false},
		{"three dots", "2021-06-01/...", true, "", false},
		{"two slashes", "2021-01-25/2021-03-15/2021-04-15", true, "", false},
		{"French", "du 25 janvier au 15 mars 2021", false, "", false},
		{"ISO duration", "2021-01-25/P1M", true, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := calendar.ParseWindow(tt.s)
			require.ErrorIs(t, err, calendar.ErrInvalidWindow)
			assert.Equal(t, tt.badDate, errors.Is(err, calendar.ErrInvalidDate), "wraps ErrInvalidDate")
			assert.True(t, w.IsZero())
			if tt.msg != "" {
				assert.EqualError(t, err, tt.msg)
			}
			if !tt.skipUnmarshal {
				before := calendar.From(date(2021, time.June, 1))
				got := before
				require.ErrorIs(t, got.UnmarshalText([]byte(tt.s)), calendar.ErrInvalidWindow)
				assert.Equal(t, before, got, "UnmarshalText leaves the Window unchanged on error")
			}
		})
	}
}

func TestWindowText(t *testing.T) {
	t.Run("zero Window is the empty text", func(t *testing.T) {
		text, err := calendar.Window{}.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(text))
		w := calendar.From(date(2021, time.June, 1))
		require.NoError(t, w.UnmarshalText([]byte{}))
		assert.True(t, w.IsZero())
	})
	t.Run("AppendText appends", func(t *testing.T) {
		b, err := calendar.From(date(2021, time.June, 1)).AppendText([]byte("w="))
		require.NoError(t, err)
		assert.Equal(t, "w=2021-06-01/..", string(b))
		b, err = calendar.Window{}.AppendText([]byte("w="))
		require.NoError(t, err)
		assert.Equal(t, "w=", string(b))
	})
}

func TestJSON(t *testing.T) {
	type record struct {
		On       calendar.Date     `json:"on"`
		Missing  calendar.Date     `json:"missing"`
		Window   calendar.Window   `json:"window"`
		Status   calendar.Status   `json:"status"`
		Calendar calendar.Calendar `json:"calendar"`
	}
	in := record{
		On:     date(2021, time.April, 2),
		Window: calendar.From(date(2021, time.June, 1)),
		Status: calendar.Open,
		Calendar: calendar.Calendar{Phases: []calendar.Phase{
			{ID: "vote", Name: "Vote pour les propositions", Window: calendar.MustBetween(date(2021, time.March, 15), date(2021, time.April, 15))},
		}},
	}
	const want = `{"on":"2021-04-02","missing":"","window":"2021-06-01/..","status":"open",` +
		`"calendar":{"phases":[{"id":"vote","name":"Vote pour les propositions","window":"2021-03-15/2021-04-15"}]}}`
	data, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, want, string(data))

	var out record
	require.NoError(t, json.Unmarshal(data, &out))
	assert.Equal(t, in, out)

	t.Run("omitzero leaves out the zero Date and Window", func(t *testing.T) {
		type optional struct {
			On     calendar.Date   `json:"on,omitzero"`
			Window calendar.Window `json:"window,omitzero"`
		}
		data, err := json.Marshal(optional{})
		require.NoError(t, err)
		assert.Equal(t, `{}`, string(data))
	})
	t.Run("errors", func(t *testing.T) {
		var r record
		require.ErrorIs(t, json.Unmarshal([]byte(`{"on":"2021-02-30"}`), &r), calendar.ErrInvalidDate)
		require.ErrorIs(t, json.Unmarshal([]byte(`{"window":"2021-03-15/2021-01-25"}`), &r), calendar.ErrInvalidWindow)
		require.ErrorIs(t, json.Unmarshal([]byte(`{"status":"ouvert"}`), &r), calendar.ErrInvalidStatus)
		_, err := json.Marshal(record{Status: 7})
		require.ErrorIs(t, err, calendar.ErrInvalidStatus)
	})
}
