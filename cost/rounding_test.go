package cost

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRounding(t *testing.T) {
	tests := []struct {
		mode     Rounding
		slug     string
		french   string
		goString string
	}{
		{DownToCent, "down-to-cent", "arrondi au centime inférieur", "cost.DownToCent"},
		{HalfUpToCent, "half-up-to-cent", "arrondi au centime le plus proche (moitié vers le haut)", "cost.HalfUpToCent"},
		{HalfEvenToCent, "half-even-to-cent", "arrondi au centime le plus proche (moitié vers le centime pair)", "cost.HalfEvenToCent"},
		{DownToEuro, "down-to-euro", "arrondi à l’euro inférieur", "cost.DownToEuro"},
	}
	for _, tt := range tests {
		t.Run(tt.slug, func(t *testing.T) {
			assert.True(t, tt.mode.IsValid())
			assert.Equal(t, tt.slug, tt.mode.String())
			assert.Equal(t, tt.french, tt.mode.French())
			assert.Equal(t, tt.french, tt.mode.Label())
			assert.Equal(t, tt.goString, tt.mode.GoString())
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.mode))
			got, err := ParseRounding(tt.slug)
			require.NoError(t, err)
			assert.Equal(t, tt.mode, got)

			data, err := json.Marshal(tt.mode)
			require.NoError(t, err)
			assert.Equal(t, `"`+tt.slug+`"`, string(data))
			var back Rounding
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, tt.mode, back)
		})
	}
	var zero Rounding
	assert.Equal(t, DownToCent, zero, "the zero Rounding is the default, DownToCent")
}

func TestRoundingInvalid(t *testing.T) {
	for _, m := range []Rounding{-1, 4, 9} {
		assert.False(t, m.IsValid())
		assert.Equal(t, m.String(), m.French())
		assert.Equal(t, m.String(), m.Label())
		assert.Equal(t, "cost.Rounding("+strconv.Itoa(int(m))+")", m.GoString())
		_, err := m.MarshalText()
		require.ErrorIs(t, err, ErrInvalidRounding)
	}
	assert.Equal(t, "%!Rounding(9)", Rounding(9).String())
	_, err := Rounding(9).MarshalText()
	assert.EqualError(t, err, "cost: marshal rounding %!Rounding(9): unknown rounding")

	for _, in := range []string{"", "down", "DownToCent", "%!Rounding(9)"} {
		_, err := ParseRounding(in)
		require.ErrorIs(t, err, ErrInvalidRounding, in)
	}
	_, err = ParseRounding("down")
	assert.EqualError(t, err, `cost: parse rounding "down": unknown rounding: want down-to-cent, half-up-to-cent, half-even-to-cent or down-to-euro`)

	m := HalfUpToCent
	require.ErrorIs(t, json.Unmarshal([]byte(`"up"`), &m), ErrInvalidRounding)
	assert.Equal(t, HalfUpToCent, m, "UnmarshalText leaves the Rounding unchanged on error")
	require.Error(t, json.Unmarshal([]byte(`1`), &m), "a number is not a rounding")
}
