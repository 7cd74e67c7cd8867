package calendar_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		name   string
		s      calendar.Status
		text   string
		french string
	}{
		{"upcoming, the zero value", 0, "upcoming", "à venir"},
		{"open", calendar.Open, "open", "ouvert"},
		{"closed", calendar.Closed, "closed", "clos"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, tt.s.IsValid())
			assert.Equal(t, tt.text, tt.s.String())
			assert.Equal(t, tt.french, tt.s.French())
			text, err := tt.s.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(text))
			parsed, err := calendar.ParseStatus(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.s, parsed)
			var back calendar.Status
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, tt.s, back)
		})
	}
	assert.Equal(t, calendar.Upcoming, calendar.Status(0), "the zero Status is Upcoming")
}

func TestStatusErrors(t *testing.T) {
	t.Run("out of range", func(t *testing.T) {
		for _, s := range []calendar.Status{-1, 3, 7} {
			assert.False(t, s.IsValid())
			_, err := s.MarshalText()
			require.ErrorIs(t, err, calendar.ErrInvalidStatus)
		}
		assert.Equal(t, "%!Status(7)", calendar.Status(7).String())
		assert.Equal(t, "%!Status(-1)", calendar.Status(-1).French())
		_, err := calendar.Status(7).MarshalText()
		assert.EqualError(t, err, "calendar: marshal status 7: invalid status")
	})
	for _, text := range []string{"", "Open", "ouvert", "open ", "1"} {
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
