package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// typeset writes s with the spaces of French typography, so that the tests
// can be written with plain spaces: a narrow no-break space between groups
// of digits, a no-break space before « : ; % € », after « « » and « n° »,
// and before « » ».
func typeset(s string) string {
	r := strings.NewReplacer(" :", "\u00a0:", " ;", "\u00a0;", " %", "\u00a0%", " €", "\u00a0€", "« ", "«\u00a0", " »", "\u00a0»", "n° ", "n°\u00a0")
	s = r.Replace(s)
	b := []byte(s)
	for i := 1; i+3 < len(b); i++ {
		if b[i] == ' ' && isDigit(b[i-1]) && isDigit(b[i+1]) && isDigit(b[i+2]) && isDigit(b[i+3]) && (i+4 == len(b) || !isDigit(b[i+4])) {
			b = append(b[:i], append([]byte("\u202f"), b[i+1:]...)...)
		}
	}
	return string(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
		not  []string
	}{
		{"the default project: the plan of the whole operation holds", nil, []string{
			"Meilleur usage des données (DINUM) — 1re session\n  Verdict : Éligible",
			"Participation minimale du maître d’ouvrage : 20 % des financements publics",
			"\nPlan de financement\n  Subvention « État — France Relance » : 105 000,00 €, placée en entier",
			"    - Maître d’ouvrage : 105 000,00 €\n  Coût total de l’opération : 290 000,00 €\n  Dépense subventionnable : 210 000,00 €",
			"Participation du maître d’ouvrage : 105 000,00 € soit 37,5 % des financements publics de l’opération, les siens compris (280 000,00 €) ; minimum légal : 20 %, soit 56 000,00 € (CGCT, art. L1111-10 III) — respecté",
			"Avance : au plus 31 500,00 €",
			"Avance et acomptes : au plus 84 000,00 € (80 % de la subvention maximale ; plafond des acomptes appliqué à l’avance et aux acomptes ensemble : choix de la bibliothèque ; décret n° 2018-514, art. 12 III)",
			"Solde à verser : 85 000,00 € − 84 000,00 € = 1 000,00 €",
		}, []string{"Correction", "non respecté"}},
		{"much mécénat and the Région break the 20 % rule: two fixes", []string{"-financeur", "Région=100000", "-financeur-prive", "Mécénat=60000"}, []string{
			"Plan de financement proposé, avec la subvention entière\n",
			"soit 10,87 % des financements publics de l’opération, les siens compris (230 000,00 €) ; minimum légal : 20 %, soit 46 000,00 € (CGCT, art. L1111-10 III) — non respecté : il manque 21 000,00 €",
			"Correction proposée : la subvention ramenée\n  Subvention « État — France Relance » : 105 000,00 € ; ramenée à 84 000,00 €",
			"Autre correction : garder la subvention entière\n  Les financeurs publics autres que l’État apportent alors ensemble au plus 79 000,00 €, au lieu de 100 000,00 €, soit 21 000,00 € de moins",
			"Avance : au plus 25 200,00 €",
		}, nil},
		{"the Région takes public aid above the subsidisable expense: two fixes", []string{"-financeur", "Région=120000", "-financeur-prive", ""}, []string{
			"Aides publiques : 225 000,00 € soit 107,14 % de la dépense subventionnable (210 000,00 €) ; plafond : 100 % de la dépense subventionnable, soit 210 000,00 € (décret n° 2018-514, art. 10) — dépassé de 15 000,00 €",
			"ramenée à 90 000,00 €, le plus que permet le plafond des aides publiques",
			"au plus 105 000,00 €, au lieu de 120 000,00 €, soit 15 000,00 € de moins",
		}, nil},
		{"funders that fit: the grant whole", []string{"-financeur", "Région=40 000 €", "-financeur-prive", ""}, []string{
			"\nPlan de financement\n  Subvention « État — France Relance » : 105 000,00 €, placée en entier",
			"    - Région : 40 000,00 € (public)\n    - État — France Relance",
		}, []string{"Correction", "Mécénat"}},
		{"repeated funders and lists, French amounts, a repayment", []string{
			"-financeur", "Région=40 000 €; Département=40 000,50 €", "-financeur", "Europe=20000", "-financeur-prive", "Mécénat=60000", "-depense-reelle", "150 000 €",
		}, []string{
			"    - Département : 40 000,50 € (public)\n    - Europe : 20 000,00 € (public)\n    - Mécénat : 60 000,00 € (privé)",
			"ramenée à 83 999,50 €",
			"au plus 79 000,00 €, au lieu de 100 000,50 €, soit 21 000,50 € de moins",
			"Solde à verser : 75 000,00 € − 67 199,60 € = 7 800,40 €",
		}, nil},
		{"a lead in Guadeloupe, which the law exempts", []string{"-porteur", "971"}, []string{
			"porté par : Guadeloupe (Département)\n",
			"\nPopulations des collectivités données par leur code : populations légales en vigueur en 2021 (millésime 2018), population municipale\n",
			"aucune, la loi en exemptant les collectivités et groupements de Guadeloupe",
			"105 000,00 €, placée en entier",
		}, []string{"Correction"}},
		{"a commune alone by its code: the example's members are not its own", []string{"-porteur", "38185"}, []string{
			"porté par : Grenoble (Commune)\n",
			"✗ Population couverte : 157 650 habitants ; seuil de la 1re session : 500 000 ; le projet ne couvre pas un département entier",
			"Pas de subvention à placer",
		}, []string{"membre", "Plan de financement"}},
		{"a lead and a member by their codes", []string{"-porteur", "200040715", "-membres", "243800984"}, []string{
			"porté par : Grenoble-Alpes-Métropole (EPCI à fiscalité propre), avec 1 membre\n",
			"✓ Population couverte : 538 632 habitants",
			"105 000,00 €, placée en entier",
		}, nil},
		{"a chef de file: 30 %", []string{"-circonstance", "chef-de-file", "-financeur", "Région=100000", "-financeur-prive", "Mécénat=60000"}, []string{
			"30 % des financements publics, compétence à chef de file (CGCT, art. L1111-9 et L1111-10)",
			"ramenée à 61 000,00 €",
		}, nil},
		{"a préfet's derogation", []string{"-circonstance", "derogation-calamite", "-financeur", "Région=100000", "-financeur-prive", "Mécénat=60000"}, []string{
			"aucune, le préfet ayant accordé une dérogation pour réparer les dégâts d’une calamité publique",
			"placée en entier",
		}, nil},
		{"operating costs", []string{"-fonctionnement"}, []string{
			"Règle de cumul des aides publiques (dépenses de fonctionnement)",
			"le décret n° 2018-514 ne régissant que les subventions d’investissement (art. 1)",
			"placée en entier",
		}, nil},
		{"not an investment, said the other way", []string{"-investissement=false"}, []string{"(dépenses de fonctionnement)"}, nil},
		{"the Région alone breaks the ceiling: no grant fits, the Région must bring less", []string{"-financeur", "Région=240000", "-financeur-prive", ""}, []string{
			"\nSubvention placée\n  Subvention « État — France Relance » : 105 000,00 € ; ramenée à 0,00 €, les autres financements ne respectant déjà pas les règles de cumul",
			"Correction nécessaire : garder la subvention entière\n  Les financeurs publics autres que l’État apportent alors ensemble au plus 105 000,00 €, au lieu de 240 000,00 €",
			"Versement de la subvention (décret n° 2018-514, art. 8 et 12) : aucun, la subvention placée étant nulle\n",
		}, nil},
		{"overseas, the funders and the whole grant above the cost: the grant takes what the ceiling leaves", []string{"-porteur", "971", "-financeur", "Région=150000", "-financeur-prive", "Mécénat=60000"}, []string{
			"Impossible : les financeurs et la subvention entière dépassent le coût de l’opération",
			"ramenée à 60 000,00 €, le plus que permet le plafond des aides publiques (100 % de la dépense subventionnable ; décret n° 2018-514, art. 10)",
			"Autre correction : garder la subvention entière\n  Les financeurs publics autres que l’État apportent alors ensemble au plus 105 000,00 €, au lieu de 150 000,00 €",
		}, nil},
		{"the grant with the private funding alone breaks the rule: no other fix", []string{"-financeur", "Région=1", "-financeur-prive", "Mécénat=180000"}, []string{
			"Correction proposée : la subvention ramenée",
		}, []string{"Autre correction"}},
		{"payments given, a guarantee, a long project", []string{"-versements", "avance=50000; acompte=30000", "-garantie", "-duree", "60"}, []string{
			"Avance : au plus 63 000,00 € (60 % de la subvention maximale",
			"Avance et acomptes : au plus 84 000,00 € (80 % de la subvention maximale",
			"1. Avance : 50 000,00 € (cumul : 50 000,00 €)",
			"Solde à verser : 85 000,00 € − 80 000,00 € = 5 000,00 €",
		}, []string{"90 %"}},
		{"a long project whose award decision raises the instalments to 90 %", []string{"-duree", "60", "-acomptes-90"}, []string{
			"Avance et acomptes : au plus 94 500,00 € (90 % de la subvention maximale",
		}, nil},
		{"an ineligible scheme: no grant to place", []string{"-dispositif", "services-usagers"}, []string{
			"Verdict : Non éligible",
			"\nPas de subvention à placer : le projet n’est pas éligible à ce dispositif\n",
		}, []string{"Règle", "Versement"}},
		{"an intake closed: no grant to place, whatever the verdict", []string{"-dispositif", "incubateur-territoires", "-date", "2021-10-15"}, []string{
			"Verdict : Éligible",
			"Dépôt clos : plus de subvention à demander ; aucune session ultérieure connue",
			"\nPas de subvention à placer : le dépôt des projets de la consultation nationale 2021 est clos depuis le 16 mars 2021\n",
		}, []string{"Subvention :", "145 000,00 €", "Règle", "Versement"}},
		{"a project started before its request: no grant to place", []string{"-date", "2021-05-03"}, []string{
			"✗ Début du projet le 1er avril 2021, avant le 3 mai 2021",
			"\nPas de subvention à placer : le projet n’est pas éligible à ce dispositif\n",
		}, []string{"Versement"}},
		{"the same, its request received in March", []string{"-date", "2021-05-03", "-demande", "2021-03-01"}, []string{
			"placée en entier",
		}, nil},
		{"the second session, at 75 %", []string{"-date", "2021-10-15", "-debut", "2021-11-01", "-resultats", "2022-12-31", "-financeur", "Région=20000"}, []string{
			"2e session",
			"75 % × 210 000,00 € = 157 500,00 €",
			"157 500,00 €, placée en entier",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(tt.args, &stdout, &stderr), stderr.String())
			for _, w := range tt.want {
				assert.Contains(t, stdout.String(), typeset(w))
			}
			for _, w := range tt.not {
				assert.NotContains(t, stdout.String(), typeset(w))
			}
			assert.Empty(t, stderr.String())
		})
	}
}

func TestRunJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-json", "-financeur", "Région=100000", "-financeur-prive", "Mécénat=60000"}, &stdout, &stderr), stderr.String())
	var out struct {
		Option       map[string]any `json:"option"`
		Rule         map[string]any `json:"rule"`
		Proposed     map[string]any `json:"proposed"`
		Financing    map[string]any `json:"financing"`
		OthersAtMost string         `json:"others_at_most"`
		Statement    map[string]any `json:"statement"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &out))
	assert.Equal(t, "donnees", out.Financing["scheme"])
	assert.Equal(t, "84000.00", out.Financing["placement"].(map[string]any)["grant"])
	assert.Equal(t, "290000.00", out.Financing["placement"].(map[string]any)["plan"].(map[string]any)["cost"], "the plan of the whole operation")
	assert.Equal(t, "20%", out.Rule["limits"].(map[string]any)["own_share"])
	assert.Equal(t, "79000.00", out.OthersAtMost)
	assert.Equal(t, "16800.00", out.Statement["balance"], "84 000 € kept, 80 % paid before the balance")
	assert.Len(t, out.Proposed["findings"], 1)
	assert.Contains(t, out.Option, "eligibility")

	stdout.Reset()
	require.Equal(t, 0, run([]string{"-json", "-dispositif", "cooperation"}, &stdout, &stderr), stderr.String())
	var none map[string]any
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &none))
	assert.Nil(t, none["financing"])
	assert.Nil(t, none["statement"])
	assert.Equal(t, "le projet n’est pas éligible à ce dispositif", none["no_grant"])
}

func TestRunBadInput(t *testing.T) {
	const (
		sign   = ": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €"
		prefix = "plan-de-financement: "
	)
	tests := []struct {
		name string
		args []string
		want []string // lines of standard error, without the program's name
	}{
		{"unknown flag", []string{"-nope"}, []string{"flag provided but not defined: -nope"}},
		{"every bad flag at once, one a line", []string{
			"-date", "2021-02-30", "-dispositif", "dsil", "-porteur", "0000", "-budget", "salaires=1",
			"-financeur", "Région", "-financeur-prive", "=5", "-investissement", "-fonctionnement",
			"-circonstance", "x", "-depense-reelle", "1,5,5", "-duree", "-1", "-versements", "solde=5;avance",
		}, []string{
			`-date: calendar: parse date "2021-02-30": invalid date: day outside 1..28`,
			`-dispositif: scheme: get "dsil": unknown scheme: want incubateur-territoires, services-usagers, donnees or cooperation`,
			`-porteur: "0000": unknown code`,
			`-budget: item 1 "salaires=1": category "salaires": unknown category: want personnel, materiel, prestations, conseil, logiciels, hebergement, formation or autre`,
			`-financeur: item 1 "Région": want name=amount`,
			`-financeur-prive: item 1 "=5": no name before =`,
			"-fonctionnement: -investissement and -fonctionnement both set: choose one",
			`-circonstance: relance: parse circumstance "x": unknown value: want ordinaire, chef-de-file, chef-de-file-convention, derogation-monument, derogation-calamite, renovation-urbaine, derogation-patrimoine or syndicat-mixte-ouvert-elargi`,
			`-depense-reelle: parse amount "1,5,5": invalid amount: want 12000.50 or 12 000,50 €`,
			"-duree: negative duration -1",
			`-versements: item 1 "solde=5": kind "solde": unknown payment kind: want acompte or avance`,
			`-versements: item 2 "avance": want kind=amount`,
		}},
		{"a bad amount of a funder, second of two flags", []string{"-financeur", "Région=1", "-financeur", "Département=1.005"}, []string{`-financeur: item 2 "Département=1.005": amount "1.005": fraction of a cent`}},
		{"a bad amount of a payment", []string{"-versements", "avance=mille"}, []string{`-versements: item 1 "avance=mille": amount "mille": invalid amount: want 12000.50 or 12 000,50 €`}},
		{"no budget", []string{"-budget", ""}, []string{"-budget: the project needs a budget for a grant"}},
		{"a negative expense spent", []string{"-depense-reelle", "-5"}, []string{`-depense-reelle: parse amount "-5"` + sign}},
		{"an expense spent of minus zero", []string{"-depense-reelle", "-0"}, []string{`-depense-reelle: parse amount "-0"` + sign}},
		{"an expense spent with a plus sign", []string{"-depense-reelle", "+5"}, []string{`-depense-reelle: parse amount "+5"` + sign}},
		{"a negative funder", []string{"-financeur", "Région=-5"}, []string{`-financeur: item 1 "Région=-5": amount "-5"` + sign}},
		{"a funder of minus zero", []string{"-financeur", "Région=-0"}, []string{`-financeur: item 1 "Région=-0": amount "-0"` + sign}},
		{"a funder of minus zero with cents", []string{"-financeur-prive", "Mécénat=-0,00 €"}, []string{`-financeur-prive: item 1 "Mécénat=-0,00 €": amount "-0,00 €"` + sign}},
		{"a negative funder of an ineligible project", []string{"-dispositif", "cooperation", "-financeur", "Département=1; Région=-5"}, []string{`-financeur: item 2 "Région=-5": amount "-5"` + sign}},
		{"funders above the cost", []string{"-financeur", "Région=300000"}, []string{`relance: place the grant of "donnees": cost: plan: resource 1 ("Région"): resources above the cost (300000.00 for a cost of 290000.00)`}},
		{"bad dates", []string{"-debut", "hier", "-demande", "2021-02-30"}, []string{`-debut: calendar: parse date "hier": invalid date: want YYYY-MM-DD`, `-demande: calendar: parse date "2021-02-30": invalid date: day outside 1..28`}},
		{"results before the start, named by their flags", []string{"-debut", "2021-06-01", "-resultats", "2021-05-01"}, []string{`-resultats: "2021-05-01": before -debut "2021-06-01"`}},
		{"a lead by code that the data does not hold", []string{"-porteur", "38999"}, []string{`-porteur: "38999": unknown code`}},
		{"instalments at 90 % for a short project", []string{"-acomptes-90"}, []string{"-acomptes-90: décret n° 2018-514, art. 12 allows 90 % only for a project of more than 48 months, and -duree is 15"}},
		{"a negative payment", []string{"-versements", "acompte=-1"}, []string{`-versements: item 1 "acompte=-1": amount "-1"` + sign}},
		{"a payment of minus zero", []string{"-versements", "avance=1; acompte=-0"}, []string{`-versements: item 2 "acompte=-0": amount "-0"` + sign}},
		{"a duration with decimals", []string{"-duree", "6,5"}, []string{`invalid value "6,5" for flag -duree: want a whole number of months, such as 60`}},
		{"a duration in words", []string{"-duree", "six"}, []string{`invalid value "six" for flag -duree: want a whole number of months, such as 60`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
			if strings.HasPrefix(lines[0], prefix) {
				for i, l := range lines {
					require.True(t, strings.HasPrefix(l, prefix), "every line names the program: %q", l)
					lines[i] = strings.TrimPrefix(l, prefix)
				}
				assert.Equal(t, tt.want, lines)
			} else { // the flag package's message, then the usage
				assert.Equal(t, tt.want[0], lines[0])
			}
			assert.Empty(t, stdout.String())
		})
	}
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "-financeur name=amount")
	assert.Contains(t, stderr.String(), "(default Région=70000)")
}

// TestReadmeShowsTheOutput keeps the README's copy of the default output true.
func TestReadmeShowsTheOutput(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr))
	assert.Contains(t, string(readme), "```text\n"+stdout.String()+"```\n", "README.md shows the default output of go run ./examples/plan-de-financement")
}
