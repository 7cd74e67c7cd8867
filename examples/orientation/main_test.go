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
			"✓ Le projet couvre un département entier\n", // the Isère, by its code
		}},
		{"a member by its code through the alias -members, a population typed the French way", []string{"-members", "243800984", "-porteur", "200040715", "-population", "445 059"}, []string{
			"✓ Population couverte\u00a0: 538\u202f632 habitants",
		}},
		{"the three EPCI of the Territoire de Belfort: the data answers that they cover the département", []string{
			"-date", "2021-10-15", "-porteur", "200069052", "-membres", "249000241;200069060", "-themes", "services",
			"-practices", "accessibilite,langage-simple,mobile", "-start", "2021-11-01", "-results", "2022-12-31"}, []string{
			"Dématérialisation et amélioration des services aux usagers (DINUM) — 2e session\n  Verdict\u00a0: Éligible\n",
			"✓ Le projet couvre un département entier\n",
		}},
		{"a commune alone, -departement left empty: the data answers no", []string{"-porteur", "38185", "-membres", "", "-departement", ""}, []string{
			"✗ Population couverte\u00a0: 157\u202f650 habitants\u00a0; seuil de la 1re session\u00a0: 500\u202f000\u00a0; le projet ne couvre pas un département entier",
		}},
		{"the Collectivité de Corse, a région by the library's choice, said under the heading", []string{"-porteur", "R94", "-membres", ""}, []string{
			"porté par\u00a0: Collectivité de Corse (Région)\n",
			"\nCollectivité de Corse\u00a0: collectivité à statut particulier (CGCT, art. L4421-1), qui exerce les compétences d’une région et des deux anciens départements, comptée comme une région (choix de la bibliothèque)\n",
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
	const (
		sign  = ": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €"
		body  = ": want an official code (243800984) or [name=]kind:population (epci:350000)"
		pop   = ": want a whole number of inhabitants below a billion, such as 48250 or 48 250"
		kinds = ": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire"
	)
	tests := []struct {
		name string
		args []string
		want string // the whole of standard error
	}{
		{"bad date", []string{"-date", "2021-02-30"}, `-date: calendar: parse date "2021-02-30": invalid date: day outside 1..28`},
		{"bad kind and bad budget at once", []string{"-kind", "mairie", "-budget", "salaires=10"}, `-kind: scheme: parse kind "mairie"` + kinds + "\n" +
			`orientation: -budget: item 1 "salaires=10": category "salaires": unknown category: want personnel, materiel, prestations, conseil, logiciels, hebergement, formation or autre`},
		{"bad member, through the alias", []string{"-members", "epci"}, `-members: item 1 "epci"` + body},
		{"a member's name without kind, second", []string{"-membres", "epci:1; Val=287430"}, `-membres: item 2 "Val=287430"` + body},
		{"-members and -membres, different", []string{"-members", "epci:1", "-membres", "epci:2"}, "-members: an alias of -membres: give the members once"},
		{"bad population of a member", []string{"-members", "epci:-3"}, `-members: item 1 "epci:-3": population "-3"` + pop},
		{"bad answer: the empty answer said in words", []string{"-departement", "peut-être"}, `-departement: "peut-être": unknown value: want yes, no, or nothing for no answer`},
		{"bad answer of the shared need", []string{"-shared-need", "oui"}, `-shared-need: "oui": unknown value: want yes, no, or nothing for no answer`},
		{"bad theme, second", []string{"-themes", "donnees,sport"}, `-themes: item 2 "sport": unknown value: want services, donnees, cooperation, outils-agents, formation or infrastructure`},
		{"bad practice", []string{"-practices", "agile"}, `-practices: item 1 "agile": unknown value: want accessibilite, langage-simple, mobile or code-ouvert`},
		{"bad start", []string{"-start", "demain"}, `-start: calendar: parse date "demain": invalid date: want YYYY-MM-DD`},
		{"bad results", []string{"-results", "2021-13-01"}, `-results: calendar: parse date "2021-13-01": invalid date: month outside 1..12`},
		{"bad requested", []string{"-requested", "hier"}, `-requested: calendar: parse date "hier": invalid date: want YYYY-MM-DD`},
		{"bad budget line", []string{"-budget", "prestations"}, `-budget: item 1 "prestations": want category=amount`},
		{"bad amount", []string{"-budget", "prestations=1,5,5"}, `-budget: item 1 "prestations=1,5,5": amount "1,5,5": invalid amount: want 12000.50 or 12 000,50 €`},
		{"results before start, named by their flags", []string{"-start", "2022-01-01", "-results", "2021-01-01"}, `-results: "2021-01-01": before -start "2022-01-01"`},
		{"a member described twice", []string{"-membres", "Val=epci:1; Val=epci:1"}, "-membres: item 2: same body as item 1, which counts once"},
		{"negative population", []string{"-population", "-1"}, `-population: population "-1"` + pop},
		{"negative amount", []string{"-budget", "personnel=-5"}, `-budget: item 1 "personnel=-5": amount "-5"` + sign},
		{"minus zero", []string{"-budget", "prestations=-0"}, `-budget: item 1 "prestations=-0": amount "-0"` + sign},
		{"minus zero with cents, second", []string{"-budget", "conseil=1;prestations=-0,00"}, `-budget: item 2 "prestations=-0,00": amount "-0,00"` + sign},
		{"a plus sign", []string{"-budget", "prestations=+1"}, `-budget: item 1 "prestations=+1": amount "+1"` + sign},
		{"unknown lead code", []string{"-porteur", "9999"}, `-porteur: "9999": unknown code`},
		{"unknown member codes, all reported", []string{"-membres", "38185; 00000; 99999"}, `-membres: item 2 "00000": unknown code` + "\n" +
			`orientation: -membres: item 3 "99999": unknown code`},
		{"a member by code that repeats the lead", []string{"-porteur", "38185", "-membres", "38185"}, `-membres: item 1 "38185": code given twice, as -porteur`},
		{"a member by code given twice", []string{"-membres", "38185; 243800984; 38185"}, `-membres: item 3 "38185": code given twice, as item 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			assert.Equal(t, "orientation: "+tt.want+"\n", stderr.String())
			assert.Empty(t, stdout.String())
		})
	}
}

func TestRunFlagErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-nope"}, "flag provided but not defined"},
		{"extra argument", []string{"extra"}, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			assert.Contains(t, stderr.String(), tt.want)
			assert.Empty(t, stdout.String())
		})
	}
}

// TestReadmeShowsTheOutput keeps the README's copy of the default output true.
func TestReadmeShowsTheOutput(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr))
	assert.Contains(t, string(readme), "```text\n"+stdout.String()+"```\n", "README.md shows the default output of go run ./examples/orientation")
}
