package main

import (
	"bytes"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunDefault(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr), stderr.String())
	assert.Empty(t, stderr.String())
	assert.Equal(t, `Appel~: Meilleur usage des données (donnees), 1re session, taux de 50~%
Coût total du projet~: 248^000,50~€
Dépenses exclues~: 60^000,00~€
Assiette éligible~: 188^000,50~€
Subvention de l’État~: 94^000,25~€
Reste à charge~: 154^000,25~€, réparti entre 4 membres au prorata de leur population (520^195 habitants)~:
  Syndicat mixte Territoires numériques        48^250 hab.      14^284,09~€
  Communauté d’agglomération du Val           287^430 hab.      85^091,73~€
  Communauté de communes des Rives            126^875 hab.      37^560,49~€
  Communauté de communes du Plateau            57^640 hab.      17^063,94~€
  Total                                                        154^000,25~€
`, french.Visible(stdout.String()))
}

func TestRunFlags(t *testing.T) {
	var stdout, stderr bytes.Buffer
	args := []string{"-scheme", "services-usagers", "-budget", "prestations=240000,personnel=50000", "-members", "Département=380000; Métropole=520000"}
	require.Equal(t, 0, run(args, &stdout, &stderr), stderr.String())
	out := french.Visible(stdout.String())
	assert.Contains(t, out, "Appel~: Dématérialisation et amélioration des services aux usagers (services-usagers), 1re session, taux de 50~%\n")
	assert.Contains(t, out, "Dépenses exclues~: 50^000,00~€\n")
	assert.Contains(t, out, "Subvention de l’État~: 120^000,00~€\n")
	assert.Contains(t, out, "Reste à charge~: 170^000,00~€, réparti entre 2 membres")
	assert.Contains(t, out, "  Département       380^000 hab.      71^777,78~€\n")
	assert.Contains(t, out, "  Métropole         520^000 hab.      98^222,22~€\n")
}

func TestRunIncubateur(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-scheme", "incubateur-territoires"}, &stdout, &stderr), stderr.String())
	out := french.Visible(stdout.String())
	assert.Contains(t, out, "Dépenses exclues~: 0,00~€\n", "the seed states no excluded cost for the Incubateur")
	assert.Contains(t, out, "Subvention de l’État~: 124^000,25~€\n")
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-membres", "x"}, "flag provided but not defined: -membres"},
		{"extra argument", []string{"extra"}, `mutualisation: unexpected argument "extra"`},
		{"unknown call", []string{"-scheme", "incubateur"}, `mutualisation: -scheme: scheme: parse id "incubateur": unknown scheme`},
		{"bad budget", []string{"-budget", "cloud=5"}, `mutualisation: -budget: cost: parse category "cloud": unknown category`},
		{"budget without amount", []string{"-budget", "prestations"}, `mutualisation: -budget: budget line "prestations": want category=amount`},
		{"bad amount", []string{"-budget", "prestations=1,5"}, `mutualisation: -budget: budget line "5": want category=amount`},
		{"sub-cent amount", []string{"-budget", "prestations=1.005"}, `mutualisation: -budget: cost: parse amount "1.005": fraction of a cent`},
		{"negative amount", []string{"-budget", "prestations=-1"}, `mutualisation: -budget: cost: line 1 ("Prestations externes"): negative amount -1.00`},
		{"member without population", []string{"-members", "CA du Val"}, `mutualisation: -members: "CA du Val": want name=population`},
		{"member without name", []string{"-members", "=5"}, `mutualisation: -members: "=5": want name=population`},
		{"negative population", []string{"-members", "A=-5"}, `mutualisation: -members: "A=-5": the population must be a whole number of inhabitants`},
		{"population in words", []string{"-members", "A=mille"}, `mutualisation: -members: "A=mille": the population must be a whole number of inhabitants`},
		{"no members", []string{"-members", " ; "}, `mutualisation: -members: no members`},
		{"nobody lives there", []string{"-members", "A=0;B=0"}, `mutualisation: -members: cost: split: every weight is zero`},
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

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "-members")
}
