package main

import (
	"bytes"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"the default project", nil, `Appel~: Meilleur usage des données (donnees)
Session en vigueur au 1er mars 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, ouvert), taux de 50~%
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
`},
		{"the second session, French amounts", []string{
			"-scheme", "services-usagers", "-date", "2021-10-15",
			"-budget", "prestations=240\u202f000,00\u00a0€; personnel=50 000 €",
			"-members", "Département=departement:380 000; Métropole=epci:520000",
		}, `Appel~: Dématérialisation et amélioration des services aux usagers (services-usagers)
Session en vigueur au 15 octobre 2021~: 2e session (dépôt des candidatures du 8 octobre au 22 novembre 2021, ouvert), taux de 75~%
Coût total du projet~: 290^000,00~€
Dépenses exclues~: 50^000,00~€
Assiette éligible~: 240^000,00~€
Subvention de l’État~: 180^000,00~€
Reste à charge~: 110^000,00~€, réparti entre 2 membres au prorata de leur population (900^000 habitants)~:
  Département       380^000 hab.      46^444,44~€
  Métropole         520^000 hab.      63^555,56~€
  Total                              110^000,00~€
`},
		{"between the sessions: the first, closed", []string{"-date", "2021-07-01", "-budget", "prestations=1000", "-members", "epci:2;commune:1"},
			`Appel~: Meilleur usage des données (donnees)
Session en vigueur au 1er juillet 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, clos), taux de 50~%
Coût total du projet~: 1^000,00~€
Dépenses exclues~: 0,00~€
Assiette éligible~: 1^000,00~€
Subvention de l’État~: 500,00~€
Reste à charge~: 500,00~€, réparti entre 2 membres au prorata de leur population (3 habitants)~:
  Membre 1 (EPCI à fiscalité propre)             2 hab.         333,33~€
  Membre 2 (Commune)                             1 hab.         166,67~€
  Total                                                         500,00~€
`},
		{"one member, one inhabitant", []string{"-budget", "prestations=10", "-members", "Hameau=commune:1"},
			`Appel~: Meilleur usage des données (donnees)
Session en vigueur au 1er mars 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, ouvert), taux de 50~%
Coût total du projet~: 10,00~€
Dépenses exclues~: 0,00~€
Assiette éligible~: 10,00~€
Subvention de l’État~: 5,00~€
Reste à charge~: 5,00~€, à la charge de l’unique membre (1 habitant)~:
  Hameau             1 hab.           5,00~€
  Total                               5,00~€
`},
		{"the Incubateur, which excludes no cost", []string{"-scheme", "incubateur-territoires", "-budget", "personnel=100", "-members", "A=commune:0;B=commune:2"},
			`Appel~: Consultation nationale de l’Incubateur des Territoires (incubateur-territoires)
Session en vigueur au 1er mars 2021~: Consultation nationale 2021 (recueil des besoins et des services existants du 25 janvier au 15 mars 2021, ouvert), taux de 50~%
Coût total du projet~: 100,00~€
Dépenses exclues~: 0,00~€
Assiette éligible~: 100,00~€
Subvention de l’État~: 50,00~€
Reste à charge~: 50,00~€, réparti entre 2 membres au prorata de leur population (2 habitants)~:
  A             0 hab.           0,00~€
  B             2 hab.          50,00~€
  Total                             50,00~€
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(tt.args, &stdout, &stderr), stderr.String())
			assert.Empty(t, stderr.String())
			assert.Equal(t, tt.want, french.Visible(stdout.String()))
		})
	}
}

func TestRunErrors(t *testing.T) {
	const pop = ": want a whole number of inhabitants below a billion, such as 48250 or 48 250\n"
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown call", []string{"-scheme", "incubateur"}, "mutualisation: -scheme: scheme: parse id \"incubateur\": unknown scheme: want incubateur-territoires, services-usagers, donnees or cooperation\n"},
		{"bad date", []string{"-date", "2021-02-30"}, "invalid value \"2021-02-30\" for flag -date"},
		{"empty date", []string{"-date", ""}, "mutualisation: -date: no date\n"},
		{"bad budget", []string{"-budget", "cloud=5"}, "mutualisation: -budget: item 1 \"cloud=5\": category \"cloud\": unknown category: want personnel, materiel, prestations, conseil, logiciels, hebergement, formation or autre\n"},
		{"budget without amount", []string{"-budget", "prestations"}, "mutualisation: -budget: item 1 \"prestations\": want category=amount\n"},
		{"bad amount", []string{"-budget", "prestations=1,5,5"}, "mutualisation: -budget: item 1 \"prestations=1,5,5\": amount \"1,5,5\": invalid amount: want 12000.50 or 12 000,50 €\n"},
		{"sub-cent amount", []string{"-budget", "prestations=1.005"}, "mutualisation: -budget: item 1 \"prestations=1.005\": amount \"1.005\": fraction of a cent\n"},
		{"negative amount", []string{"-budget", "prestations=-1"}, "mutualisation: -budget: item 1 \"prestations=-1\": amount \"-1\": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €\n"},
		{"the former member syntax", []string{"-members", "CA du Val=287430"}, "mutualisation: -members: item 1 \"CA du Val=287430\": want [name=]kind:population (epci:350000)\n"},
		{"member without name", []string{"-members", "=epci:5"}, "mutualisation: -members: item 1 \"=epci:5\": want a name before =, or no =\n"},
		{"negative population", []string{"-members", "A=epci:-5"}, "mutualisation: -members: item 1 \"A=epci:-5\": population \"-5\"" + pop},
		{"no members", []string{"-members", " ; "}, "mutualisation: -members: no members\n"},
		{"nobody lives there", []string{"-members", "A=commune:0;B=commune:0"}, "mutualisation: -members: cost: split: every weight is zero"},
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

func TestRunFlagErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-membres", "x"}, "flag provided but not defined: -membres\n"},
		{"extra argument", []string{"extra"}, "mutualisation: unexpected argument \"extra\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			assert.Contains(t, stderr.String(), tt.want)
			assert.Contains(t, stderr.String(), "Usage of mutualisation:\n")
			assert.Empty(t, stdout.String())
		})
	}
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &stdout, &stderr))
	for _, flag := range []string{"-budget category=amount\n", "-date YYYY-MM-DD\n", "-members [name=]kind:population\n", "-scheme string\n"} {
		assert.Contains(t, stderr.String(), flag)
	}
	assert.Empty(t, stdout.String())
}
