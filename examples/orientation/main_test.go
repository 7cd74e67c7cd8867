package main

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"the default project", nil, []string{
			"Orientation au 1er mars 2021",
			"Meilleur usage des données (DINUM) — 1re session",
			"560\u202f000 habitants",
			"105\u202f000,00\u00a0€",
		}},
		{"French amounts, a decimal comma", []string{"-budget", "prestations=180\u202f000,50\u00a0€;conseil=30 000 €"}, []string{
			"Subvention\u00a0: 50\u00a0% × 210\u202f000,50\u00a0€ = 105\u202f000,25\u00a0€",
		}},
		{"a département in the second session", []string{
			"-date", "2021-10-15", "-kind", "departement", "-members", "", "-themes", "services", "-start", "2021-11-01", "-results", "2022-12-31",
			"-practices", "accessibilite,langage-simple,mobile", "-budget", "prestations=120000,personnel=40000",
		}, []string{
			"Orientation au 15 octobre 2021",
			"Dématérialisation et amélioration des services aux usagers (DINUM) — 2e session",
			"90\u202f000,00\u00a0€", // 75 % of 120 000 €
		}},
		{"between the sessions", []string{"-date", "2021-07-01"}, []string{"ouvre le 8 octobre 2021"}},
		{"a project started before its request: no grant", []string{"-date", "2021-05-01"}, []string{
			"✗ Début du projet le 1er avril 2021, avant le 1er mai 2021, jour de l’examen, retenu pour la réception de la demande de subvention",
			"(décret n°\u00a02018-514 du 25 juin 2018, art. 5, II)",
		}},
		{"the same, requested in March", []string{"-date", "2021-05-01", "-requested", "2021-03-01"}, []string{
			"✓ Début du projet le 1er avril 2021, après la réception de la demande de subvention le 1er mars 2021",
		}},
		{"a lead by its official code: Grenoble-Alpes-Métropole alone, not at scale in the 1re session", []string{"-porteur", "200040715", "-membres", ""}, []string{
			"porté par\u00a0: Grenoble-Alpes-Métropole (EPCI à fiscalité propre)\n",
			"\nPopulations des collectivités données par leur code\u00a0: populations légales en vigueur en 2021 (millésime 2018), population municipale\n",
			"✗ Population couverte\u00a0: 445\u202f059 habitants\u00a0; seuil de la 1re session\u00a0: 500\u202f000",
		}},
		{"at scale in the 2e session", []string{"-porteur", "200040715", "-membres", "", "-date", "2021-10-15", "-start", "2021-11-01"}, []string{
			"✓ Population couverte\u00a0: 445\u202f059 habitants\u00a0; seuil de la 2e session\u00a0: 300\u202f000",
		}},
		{"pooled with a neighbour by its code: at scale in the 1re session", []string{"-porteur", "200040715", "-membres", "243800984"}, []string{
			", avec 1 membre\n",
			"✓ Population couverte\u00a0: 538\u202f632 habitants\u00a0; seuil de la 1re session\u00a0: 500\u202f000",
		}},
		{"a code's facts overridden by the flags", []string{"-porteur", "38185", "-kind", "epci", "-population", "1", "-membres", "38; epci:2"}, []string{
			"porté par\u00a0: Grenoble (EPCI à fiscalité propre), avec 2 membres\n",
			"✓ Population couverte\u00a0: ",
		}},
		{"a member by its code through the alias -members, a population typed the French way", []string{"-members", "243800984", "-porteur", "200040715", "-population", "445 059"}, []string{
			"✓ Population couverte\u00a0: 538\u202f632 habitants",
		}},
		{"one member, the lead's kind unanswered", []string{"-kind", "", "-members", "epci:600000"}, []string{
			"porté par\u00a0: nature non renseignée, avec 1 membre\n",
			"Informations manquantes\u00a0: la nature du porteur",
			"\n\nPour conclure, précisez d’abord\u00a0: la nature du porteur\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(tt.args, &stdout, &stderr), stderr.String())
			for _, w := range tt.want {
				assert.Contains(t, stdout.String(), w)
			}
			assert.Empty(t, stderr.String())
		})
	}
}

func TestRunJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-json"}, &stdout, &stderr), stderr.String())
	var options []map[string]any
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &options))
	assert.Len(t, options, 4)
	assert.Contains(t, options[0], "eligibility")
}

func TestRunBadInput(t *testing.T) {
	const sign = ": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €"
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown flag", []string{"-nope"}, 2, "flag provided but not defined"},
		{"extra argument", []string{"extra"}, 2, `unexpected argument "extra"`},
		{"bad date", []string{"-date", "2021-02-30"}, 2, `"2021-02-30"`},
		{"bad kind and bad budget at once", []string{"-kind", "mairie", "-budget", "salaires=10"}, 2, `"mairie"`},
		{"bad member", []string{"-members", "epci"}, 2, `member "epci": want an official code (243800984) or [name=]kind:population (epci:350000)`},
		{"a member's name without kind", []string{"-membres", "Val=287430"}, 2, `member "Val=287430": want an official code`},
		{"-members and -membres, different", []string{"-members", "epci:1", "-membres", "epci:2"}, 2, "-members is an alias of -membres"},
		{"bad population", []string{"-members", "epci:-3"}, 2, "whole number"},
		{"bad answer", []string{"-departement", "peut-être"}, 2, `"peut-être"`},
		{"bad theme", []string{"-themes", "sport"}, 2, `"sport"`},
		{"bad practice", []string{"-practices", "agile"}, 2, `"agile"`},
		{"bad start", []string{"-start", "demain"}, 2, `"demain"`},
		{"bad results", []string{"-results", "2021-13-01"}, 2, `"2021-13-01"`},
		{"bad budget line", []string{"-budget", "prestations"}, 2, `budget line "prestations"`},
		{"bad amount", []string{"-budget", "prestations=1,5,5"}, 2, `budget line "prestations=1,5,5"`},
		{"results before start", []string{"-start", "2022-01-01", "-results", "2021-01-01"}, 2, "before Start"},
		{"negative population", []string{"-population", "-1"}, 2, `population "-1": want a whole number`},
		{"negative amount", []string{"-budget", "personnel=-5"}, 2, `parse amount "-5"` + sign},
		{"minus zero", []string{"-budget", "prestations=-0"}, 2, `parse amount "-0"` + sign},
		{"minus zero with cents", []string{"-budget", "prestations=-0,00"}, 2, `parse amount "-0,00"` + sign},
		{"a plus sign", []string{"-budget", "prestations=+1"}, 2, `parse amount "+1"` + sign},
		{"unknown lead code", []string{"-porteur", "9999"}, 2, `territoire: lookup "9999": unknown code`},
		{"unknown member codes, all reported", []string{"-membres", "38185; 00000; 99999"}, 2, `"99999"`},
		{"a member by code that repeats the lead", []string{"-porteur", "38185", "-membres", "38185"}, 2, `territoire: complete Members[0].ID "38185": code given twice, as Lead.ID`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tt.code, run(tt.args, &stdout, &stderr))
			assert.Contains(t, stderr.String(), tt.want)
			assert.Empty(t, stdout.String())
		})
	}
	var stdout, stderr bytes.Buffer
	require.Equal(t, 2, run([]string{"-kind", "mairie", "-budget", "salaires=10"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), `"salaires"`, "every bad flag is reported at once")
}

// TestReadmeShowsTheOutput keeps the README's copy of the default output true.
func TestReadmeShowsTheOutput(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr))
	assert.Contains(t, string(readme), "```text\n"+stdout.String()+"```\n", "README.md shows the default output of go run ./examples/orientation")
}
