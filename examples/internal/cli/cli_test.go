package cli_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBudget(t *testing.T) {
	b, err := cli.Budget(" prestations = 180000, personnel=60000.50 ,")
	require.NoError(t, err)
	assert.Equal(t, cost.Budget{
		{Category: cost.Services, Label: "Prestations externes", Amount: cost.Euros(180000)},
		{Category: cost.Personnel, Label: "Dépenses de personnel", Amount: cost.Cents(6000050)},
	}, b)

	empty, err := cli.Budget("")
	require.NoError(t, err)
	assert.Empty(t, empty)

	for _, bad := range []struct{ in, want string }{
		{"prestations", `budget line "prestations"`},
		{"salaires=10", `"salaires"`},
		{"prestations=1,5", `budget line "5"`}, // the comma separates lines
		{"prestations=1.555", `"1.555"`},
	} {
		_, err := cli.Budget(bad.in)
		require.Error(t, err, bad.in)
		assert.Contains(t, err.Error(), bad.want)
	}
}

func TestMembers(t *testing.T) {
	m, err := cli.Members("epci:350000, commune:70000")
	require.NoError(t, err)
	assert.Equal(t, []scheme.Body{
		{Name: "Membre 1 (EPCI à fiscalité propre)", Kind: scheme.EPCI, Population: 350000},
		{Name: "Membre 2 (Commune)", Kind: scheme.Commune, Population: 70000},
	}, m)

	for _, bad := range []struct{ in, want string }{
		{"epci", `member "epci"`},
		{"mairie:10", `"mairie"`},
		{"epci:beaucoup", "whole number"},
		{"epci:-1", "whole number"},
	} {
		_, err := cli.Members(bad.in)
		require.Error(t, err, bad.in)
		assert.Contains(t, err.Error(), bad.want)
	}
}

func TestParse(t *testing.T) {
	themes, err := cli.Parse("services, donnees", scheme.ParseTheme)
	require.NoError(t, err)
	assert.Equal(t, []scheme.Theme{scheme.ThemeServices, scheme.ThemeDonnees}, themes)

	_, err = cli.Parse("services,sport", scheme.ParseTheme)
	assert.ErrorContains(t, err, `"sport"`)

	assert.Equal(t, []string{"a", "b"}, cli.List(" a, b,,"))
	assert.Empty(t, cli.List(""))
}

func TestItems(t *testing.T) {
	tests := []struct {
		name string
		s    string
		sep  string
		want []string
	}{
		{"semicolons, spaces trimmed", " a; b c ;d", ";", []string{"a", "b c", "d"}},
		{"empty items dropped", ";a;; ;b;", ";", []string{"a", "b"}},
		{"commas stay inside items", "Val, Rives;Plateau", ";", []string{"Val, Rives", "Plateau"}},
		{"the separator of List", " a, b,,", ",", []string{"a", "b"}},
		{"empty text", "", ";", nil},
		{"only separators and spaces", " ; ;", ";", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cli.Items(tt.s, tt.sep))
		})
	}
}

func TestPopulations(t *testing.T) {
	tests := []struct {
		name        string
		s           string
		names       []string
		populations []int64
	}{
		{"two members", "Département=380000;Métropole=520000", []string{"Département", "Métropole"}, []int64{380000, 520000}},
		{"spaces trimmed, empty items dropped", " Syndicat mixte = 48250 ;; CA du Val=287430; ", []string{"Syndicat mixte", "CA du Val"}, []int64{48250, 287430}},
		{"a comma in a name", "Rives, Plateau=57640", []string{"Rives, Plateau"}, []int64{57640}},
		{"nobody lives there: zero is a population", "A=0;B=0", []string{"A", "B"}, []int64{0, 0}},
		{"the largest population", "Terre=999999999999", []string{"Terre"}, []int64{999_999_999_999}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names, populations, err := cli.Populations(tt.s)
			require.NoError(t, err)
			assert.Equal(t, tt.names, names)
			assert.Equal(t, tt.populations, populations)
		})
	}
}

func TestPopulationsErrors(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want string
	}{
		{"no population", "CA du Val", `"CA du Val": want name=population`},
		{"no name", "=5", `"=5": want name=population`},
		{"a blank name", " =5", `"=5": want name=population`},
		{"negative", "A=-5", `"A=-5": the population must be a whole number of inhabitants`},
		{"in words", "A=mille", `"A=mille": the population must be a whole number of inhabitants`},
		{"grouped digits", "A=48 250", `"A=48 250": the population must be a whole number of inhabitants`},
		{"a fraction", "A=1.5", `"A=1.5": the population must be a whole number of inhabitants`},
		{"a second equals sign", "A=1=2", `"A=1=2": the population must be a whole number of inhabitants`},
		{"a thousand billion", "A=1000000000000", `"A=1000000000000": the population must be a whole number of inhabitants`},
		{"beyond int64", "A=99999999999999999999", `"A=99999999999999999999": the population must be a whole number of inhabitants`},
		{"a bad item after good ones", "A=1;B", `"B": want name=population`},
		{"empty text", "", "no members"},
		{"only separators", " ; ", "no members"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			names, populations, err := cli.Populations(tt.s)
			require.EqualError(t, err, tt.want)
			assert.Nil(t, names)
			assert.Nil(t, populations)
		})
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		ok     bool
		out    string
	}{
		{"no arguments", nil, 0, true, ""},
		{"a flag", []string{"-n", "3"}, 0, true, ""},
		{"help", []string{"-h"}, 0, false, "Usage of prog"},
		{"unknown flag", []string{"-x"}, 2, false, "flag provided but not defined: -x"},
		{"extra argument", []string{"-n", "3", "extra"}, 2, false, `prog: unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			fs := flag.NewFlagSet("prog", flag.ContinueOnError)
			fs.SetOutput(&out)
			fs.Int("n", 0, "a number")
			status, ok := cli.ParseFlags(fs, tt.args)
			assert.Equal(t, tt.status, status)
			assert.Equal(t, tt.ok, ok)
			assert.Contains(t, out.String(), tt.out)
		})
	}
}
