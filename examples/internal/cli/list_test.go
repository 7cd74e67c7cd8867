package cli_test

import (
	"testing"

	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want []string
	}{
		{"commas, spaces trimmed, empty items dropped", " a, b,,", []string{"a", "b"}},
		{"semicolons", " a; b c ;d", []string{"a", "b c", "d"}},
		{"a semicolon makes commas part of the items", "Val, Rives;Plateau", []string{"Val, Rives", "Plateau"}},
		{"a comma between digits is a decimal comma", "prestations=1000,50,conseil=5", []string{"prestations=1000,50", "conseil=5"}},
		{"a French amount stays whole", "prestations=12\u202f000,50\u00a0€,conseil=5,5", []string{"prestations=12\u202f000,50\u00a0€", "conseil=5,5"}},
		{"a comma after a digit, before a space, separates", "epci:5, commune:6", []string{"epci:5", "commune:6"}},
		{"a comma before a digit, after a space, separates", "a ,5", []string{"a", "5"}},
		{"a comma at either end", ",1,", []string{"1"}},
		{"empty text", "", nil},
		{"only separators and spaces", " ; ;", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cli.List(tt.s))
		})
	}
}

func TestParse(t *testing.T) {
	themes, err := cli.Parse("services, donnees", scheme.ParseTheme)
	require.NoError(t, err)
	assert.Equal(t, []scheme.Theme{scheme.ThemeServices, scheme.ThemeDonnees}, themes)

	none, err := cli.Parse("", scheme.ParseTheme)
	require.NoError(t, err)
	assert.Empty(t, none)

	_, err = cli.Parse("sport,services,fibre", scheme.ParseTheme)
	require.ErrorIs(t, err, scheme.ErrUnknownValue)
	const want = ": unknown value: want services, donnees, cooperation, outils-agents, formation or infrastructure"
	assert.EqualError(t, err, `item 1 "sport"`+want+"\n"+`item 3 "fibre"`+want,
		"every bad item at once, at its position counted from 1, without the library's head")
}

func TestCount(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{-2, "-2 membres"},
		{-1, "-1 membre"},
		{0, "0 membre"},
		{1, "1 membre"},
		{2, "2 membres"},
		{520195, "520\u202f195 membres"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cli.Count(tt.n, "membre", "membres"), tt.n)
	}
}
