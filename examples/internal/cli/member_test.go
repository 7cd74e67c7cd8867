package cli_test

import (
	"testing"

	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPopulation(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want int
	}{
		{"plain digits", "48250", 48250},
		{"grouped by narrow no-break spaces", "1\u202f048\u202f250", 1048250},
		{"grouped by plain spaces, spaces around", " 48 250 ", 48250},
		{"nobody, or not given", "0", 0},
		{"the largest", "999 999 999", 999_999_999},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cli.Population(tt.s)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPopulationErrors(t *testing.T) {
	const want = ": want a whole number of inhabitants below a billion, such as 48250 or 48 250"
	for _, s := range []string{"", "-5", "mille", "48 25", "1.5", "1,5", "1000000000", "99999999999999999999"} {
		_, err := cli.Population(s)
		assert.EqualError(t, err, "population \""+s+"\""+want, s)
	}
}

func TestMembers(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want []scheme.Body
	}{
		{"kinds and populations, named by rank", "epci:350000, commune:70000", []scheme.Body{
			{Name: "Membre 1 (EPCI à fiscalité propre)", Kind: scheme.EPCI, Population: 350000},
			{Name: "Membre 2 (Commune)", Kind: scheme.Commune, Population: 70000},
		}},
		{"named, semicolons, a comma in a name", "Rives, Plateau = epci:57 640; CA du Val=epci:287430", []scheme.Body{
			{Name: "Rives, Plateau", Kind: scheme.EPCI, Population: 57640},
			{Name: "CA du Val", Kind: scheme.EPCI, Population: 287430},
		}},
		{"the name runs to the last equals sign", "A=B:C=syndicat:0", []scheme.Body{
			{Name: "A=B:C", Kind: scheme.Syndicat, Population: 0},
		}},
		{"named and unnamed mixed", "Val=epci:1;commune:2", []scheme.Body{
			{Name: "Val", Kind: scheme.EPCI, Population: 1},
			{Name: "Membre 2 (Commune)", Kind: scheme.Commune, Population: 2},
		}},
		{"empty text", " , ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cli.Members(tt.s)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMembersErrors(t *testing.T) {
	const (
		pop   = ": want a whole number of inhabitants below a billion, such as 48250 or 48 250"
		kinds = ": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire"
	)
	tests := []struct {
		name string
		s    string
		msg  string
	}{
		{"no population", "epci", `item 1 "epci": want [name=]kind:population (epci:350000)`},
		{"a name only", "CA du Val=", `item 1 "CA du Val=": want [name=]kind:population (epci:350000)`},
		{"an empty name", " =epci:5", `item 1 "=epci:5": want a name before =, or no =`},
		{"the former syntax", "Val=287430", `item 1 "Val=287430": want [name=]kind:population (epci:350000)`},
		{"unknown kind", "mairie:10", `item 1 "mairie:10": kind "mairie"` + kinds},
		{"negative population", "epci:-1", `item 1 "epci:-1": population "-1"` + pop},
		{"population in words, second", "epci:1; epci:beaucoup", `item 2 "epci:beaucoup": population "beaucoup"` + pop},
		{"kind and population both bad", "mairie:x", `item 1 "mairie:x": kind "mairie"` + kinds + "\n" + `item 1 "mairie:x": population "x"` + pop},
		{"every bad member at once, each at its position", "epci;commune:1;region", "item 1 \"epci\": want [name=]kind:population (epci:350000)\nitem 3 \"region\": want [name=]kind:population (epci:350000)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cli.Members(tt.s)
			require.EqualError(t, err, tt.msg)
			assert.Nil(t, got)
		})
	}
	_, err := cli.Members("mairie:1")
	require.ErrorIs(t, err, scheme.ErrUnknownValue)
}

func TestBodies(t *testing.T) {
	got, err := cli.Bodies("243800984; Val=epci:287 430; 2A004; R84")
	require.NoError(t, err)
	assert.Equal(t, []scheme.Body{
		{ID: "243800984"},
		{Name: "Val", Kind: scheme.EPCI, Population: 287430},
		{ID: "2A004"},
		{ID: "R84"},
	}, got)
	got, err = cli.Bodies("")
	require.NoError(t, err)
	assert.Nil(t, got)
}

func TestBodiesErrors(t *testing.T) {
	const want = ": want an official code (243800984) or [name=]kind:population (epci:350000)"
	tests := []struct{ name, s, msg string }{
		{"a kind alone", "epci", `item 1 "epci"` + want},
		{"a name and a population", "Val=287430", `item 1 "Val=287430"` + want},
		{"a code with a space", "243 800 984", `item 1 "243 800 984"` + want},
		{"every bad item at once, each at its position", "epci; 38185; commune:x", `item 1 "epci"` + want + "\n" +
			`item 3 "commune:x": population "x": want a whole number of inhabitants below a billion, such as 48250 or 48 250`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cli.Bodies(tt.s)
			require.EqualError(t, err, tt.msg)
			assert.Nil(t, got)
		})
	}
}
