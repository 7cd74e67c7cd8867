package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// head is what the program prints first, whatever the thresholds.
const head = `Seuils d’ampleur de l’appel «~Meilleur usage des données~», au regard des collectivités de 2021
Populations légales en vigueur en 2021 (millésime 2018), population municipale.
Un département ou une région est à l’échelle quelle que soit sa population~; tout autre porteur doit atteindre le seuil, seul ou avec ses membres.

       seuil  session                 EPCI  départements           communes
`

func TestCatalogue(t *testing.T) {
	name, sessions, err := catalogue()
	require.NoError(t, err)
	assert.Equal(t, "Meilleur usage des données", name)
	assert.Equal(t, []threshold{{500000, "1re session"}, {300000, "2e session"}}, sessions)
}

// TestRun pins the program's figures: the EPCI's populations are their
// "populationMunicipale" in epci.json of @etalab/decoupage-administratif
// 1.1.1, the populations légales en vigueur en 2021 (millésime 2018): nine
// EPCI reach 500 000 inhabitants alone, Strasbourg at 500 510 and not Rouen
// at 492 681, and 21 reach 300 000. The départements are the 97 of the
// package (Corse-du-Sud and Haute-Corse are circonscriptions of the
// Collectivité de Corse, Martinique and Guyane collectivités uniques), the
// Rhône without the Métropole de Lyon.
func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"the thresholds of the catalogue", nil, `     500^000  1re session      9 sur 1^254     51 sur 97       3 sur 35^059
     300^000  2e session      21 sur 1^254     74 sur 97       6 sur 35^059

EPCI d’au moins 500^000 habitants (1re session)~: 9 sur 1^254
   1  Métropole du Grand Paris              7^075^028
   2  Métropole d'Aix-Marseille-Provence    1^889^666
   3  Métropole de Lyon                     1^398^892
   4  Métropole Européenne de Lille         1^174^273
   5  Bordeaux Métropole                      801^041
   6  Toulouse Métropole                      783^353
   7  Nantes Métropole                        656^275
   8  Métropole Nice Côte d'Azur              540^281
   9  Eurométropole de Strasbourg             500^510
      Métropole Rouen Normandie               492^681  (le premier sous le seuil)

EPCI d’au moins 300^000 habitants (2e session)~: 21 sur 1^254
   1  Métropole du Grand Paris                   7^075^028
   2  Métropole d'Aix-Marseille-Provence         1^889^666
   3  Métropole de Lyon                          1^398^892
   4  Métropole Européenne de Lille              1^174^273
   5  Bordeaux Métropole                           801^041
   6  Toulouse Métropole                           783^353
   7  Nantes Métropole                             656^275
   8  Métropole Nice Côte d'Azur                   540^281
   9  Eurométropole de Strasbourg                  500^510
  10  Métropole Rouen Normandie                    492^681
  11  Montpellier Méditerranée Métropole           481^276
  12  Rennes Métropole                             451^762
  13  Grenoble-Alpes-Métropole                     445^059
  14  Métropole Toulon-Provence-Méditerranée       438^985
  15  CU Grand Paris Seine et Oise                 417^556
  16  Saint-Etienne Métropole                      404^607
  17  CA Roissy Pays de France                     354^451
  18  CA Grand Paris Sud Seine Essonne Sénart      352^123
  19  CA Saint Germain Boucles de Seine            335^109
  20  CA Communauté Paris-Saclay                   314^169
  21  CA du Pays Basque                            312^278
      CU Angers Loire Métropole                    299^476  (le premier sous le seuil)
`},
		{"a threshold of the catalogue, with its digits grouped", []string{"-seuil", "300 000"}, `     300^000  2e session      21 sur 1^254     74 sur 97       6 sur 35^059
`},
		{"exactly an EPCI's population: reached", []string{"-seuil=500510"}, `     500^510  —                9 sur 1^254     51 sur 97       3 sur 35^059

EPCI d’au moins 500^510 habitants~: 9 sur 1^254
`},
		{"one more: not reached", []string{"-seuil", "500511"}, `     500^511  —                8 sur 1^254     51 sur 97       3 sur 35^059

EPCI d’au moins 500^511 habitants~: 8 sur 1^254
`},
		{"above every EPCI: none, and the first below", []string{"-seuil", "10000000"}, `  10^000^000  —                0 sur 1^254      0 sur 97       0 sur 35^059

EPCI d’au moins 10^000^000 habitants~: 0 sur 1^254
      Métropole du Grand Paris    7^075^028  (le premier sous le seuil)
`},
		{"one inhabitant: every EPCI; not the twelve communes without inhabitants", []string{"-seuil", "1"}, `           1  —            1^254 sur 1^254     97 sur 97  35^047 sur 35^059
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(tt.args, &stdout, &stderr), stderr.String())
			out := french.Visible(stdout.String())
			require.True(t, strings.HasPrefix(out, head), out)
			if len(tt.args) == 0 {
				assert.Equal(t, head+tt.want, out)
			} else {
				assert.Contains(t, out, tt.want)
			}
			assert.Empty(t, stderr.String())
		})
	}
}

// TestRunEveryEPCI checks that a threshold of one inhabitant lists every
// EPCI and no "first below".
func TestRunEveryEPCI(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-seuil", "1"}, &stdout, &stderr))
	assert.Contains(t, stdout.String(), "EPCI d’au moins 1 habitant"+french.Colon+"1254 sur 1"+french.Thin+"254\n")
	assert.Contains(t, stdout.String(), "1254  ")
	assert.NotContains(t, stdout.String(), "le premier sous le seuil")
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a word", []string{"-seuil", "beaucoup"}, `territoires: -seuil: "beaucoup": want a whole number of inhabitants above zero`},
		{"zero", []string{"-seuil", "0"}, `territoires: -seuil: "0": want a whole number`},
		{"negative", []string{"-seuil", "500000,-1"}, `territoires: -seuil: "-1": want a whole number`},
		{"a decimal", []string{"-seuil", "500000.5"}, `territoires: -seuil: "500000.5": want a whole number`},
		{"empty", []string{"-seuil", ""}, "territoires: -seuil: no threshold"},
		{"commas only", []string{"-seuil", ", ,"}, "territoires: -seuil: no threshold"},
		{"an unknown flag", []string{"-seuils", "1"}, "flag provided but not defined: -seuils"},
		{"an extra argument", []string{"-seuil", "1", "EPCI"}, `territoires: unexpected argument "EPCI"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			assert.Empty(t, stdout.String())
			assert.Contains(t, stderr.String(), tt.want)
			assert.Contains(t, stderr.String(), "usage: territoires", "the usage follows the error")
		})
	}
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &stdout, &stderr))
	assert.Empty(t, stdout.String())
	assert.Contains(t, stderr.String(), "-seuil thresholds")
	assert.Contains(t, stderr.String(), `(default "500000; 300000")`, "the defaults come from the catalogue")
}
