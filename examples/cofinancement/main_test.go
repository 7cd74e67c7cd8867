package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/planrelance/numerique/cost"
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
		{"the default budget, in the first session", nil, `Budget du projet~: 301^999,99~€
  - Prestations externes~: 180^000,00~€
  - Conseil et accompagnement~: 30^000,00~€
  - Logiciels et licences~: 11^999,99~€
  - Dépenses de personnel~: 60^000,00~€
  - Matériel~: 20^000,00~€

== Dématérialisation et amélioration des services aux usagers (services-usagers)
Session en vigueur au 1er mars 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, ouvert)
Politique~: cofinancement de 50~% hors dépenses de personnel
Coût total~: 301^999,99~€
Dépenses exclues~: 60^000,00~€
  - Dépenses de personnel~: 60^000,00~€
Assiette éligible~: 301^999,99~€ − 60^000,00~€ = 241^999,99~€
Taux de cofinancement~: 50~%
Montant exact~: 50~% × 241^999,99~€ = 120^999,995~€
Arrondi au centime inférieur~: 120^999,99~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 120^999,99~€
Reste à charge~: 301^999,99~€ − 120^999,99~€ = 181^000,00~€

== Meilleur usage des données (donnees)
Session en vigueur au 1er mars 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, ouvert)
Politique~: cofinancement de 50~% hors dépenses de personnel et matériel
Coût total~: 301^999,99~€
Dépenses exclues~: 80^000,00~€
  - Dépenses de personnel~: 60^000,00~€
  - Matériel~: 20^000,00~€
Assiette éligible~: 301^999,99~€ − 80^000,00~€ = 221^999,99~€
Taux de cofinancement~: 50~%
Montant exact~: 50~% × 221^999,99~€ = 110^999,995~€
Arrondi au centime inférieur~: 110^999,99~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 110^999,99~€
Reste à charge~: 301^999,99~€ − 110^999,99~€ = 191^000,00~€

== Coopération avec les partenaires et les usagers (cooperation)
Session en vigueur au 1er mars 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, ouvert)
Politique~: cofinancement de 50~% hors dépenses de personnel et matériel
Coût total~: 301^999,99~€
Dépenses exclues~: 80^000,00~€
  - Dépenses de personnel~: 60^000,00~€
  - Matériel~: 20^000,00~€
Assiette éligible~: 301^999,99~€ − 80^000,00~€ = 221^999,99~€
Taux de cofinancement~: 50~%
Montant exact~: 50~% × 221^999,99~€ = 110^999,995~€
Arrondi au centime inférieur~: 110^999,99~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 110^999,99~€
Reste à charge~: 301^999,99~€ − 110^999,99~€ = 191^000,00~€
`},
		{"the second session, French amounts", []string{
			"-date", "2021-10-15", "-budget", "prestations=180 000 €; personnel=60\u202f000,00\u00a0€; materiel=20 000,50 €",
		}, `Budget du projet~: 260^000,50~€
  - Prestations externes~: 180^000,00~€
  - Dépenses de personnel~: 60^000,00~€
  - Matériel~: 20^000,50~€

== Dématérialisation et amélioration des services aux usagers (services-usagers)
Session en vigueur au 15 octobre 2021~: 2e session (dépôt des candidatures du 8 octobre au 22 novembre 2021, ouvert)
Politique~: cofinancement de 75~% hors dépenses de personnel
Coût total~: 260^000,50~€
Dépenses exclues~: 60^000,00~€
  - Dépenses de personnel~: 60^000,00~€
Assiette éligible~: 260^000,50~€ − 60^000,00~€ = 200^000,50~€
Taux de cofinancement~: 75~%
Montant exact~: 75~% × 200^000,50~€ = 150^000,375~€
Arrondi au centime inférieur~: 150^000,37~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 150^000,37~€
Reste à charge~: 260^000,50~€ − 150^000,37~€ = 110^000,13~€

== Meilleur usage des données (donnees)
Session en vigueur au 15 octobre 2021~: 2e session (dépôt des candidatures du 8 octobre au 22 novembre 2021, ouvert)
Politique~: cofinancement de 75~% hors dépenses de personnel et matériel
Coût total~: 260^000,50~€
Dépenses exclues~: 80^000,50~€
  - Dépenses de personnel~: 60^000,00~€
  - Matériel~: 20^000,50~€
Assiette éligible~: 260^000,50~€ − 80^000,50~€ = 180^000,00~€
Taux de cofinancement~: 75~%
Montant exact~: 75~% × 180^000,00~€ = 135^000,00~€
Arrondi au centime inférieur~: 135^000,00~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 135^000,00~€
Reste à charge~: 260^000,50~€ − 135^000,00~€ = 125^000,50~€

== Coopération avec les partenaires et les usagers (cooperation)
Session en vigueur au 15 octobre 2021~: 2e session (dépôt des candidatures du 8 octobre au 22 novembre 2021, ouvert)
Politique~: cofinancement de 75~% hors dépenses de personnel et matériel
Coût total~: 260^000,50~€
Dépenses exclues~: 80^000,50~€
  - Dépenses de personnel~: 60^000,00~€
  - Matériel~: 20^000,50~€
Assiette éligible~: 260^000,50~€ − 80^000,50~€ = 180^000,00~€
Taux de cofinancement~: 75~%
Montant exact~: 75~% × 180^000,00~€ = 135^000,00~€
Arrondi au centime inférieur~: 135^000,00~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 135^000,00~€
Reste à charge~: 260^000,50~€ − 135^000,00~€ = 125^000,50~€
`},
		{"between the sessions: the first, closed", []string{"-date", "2021-07-01", "-budget", "conseil=1000"}, `Budget du projet~: 1^000,00~€
  - Conseil et accompagnement~: 1^000,00~€

== Dématérialisation et amélioration des services aux usagers (services-usagers)
Session en vigueur au 1er juillet 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, clos)
Politique~: cofinancement de 50~% hors dépenses de personnel
Coût total~: 1^000,00~€
Dépenses exclues~: aucune
Assiette éligible~: 1^000,00~€
Taux de cofinancement~: 50~%
Montant exact~: 50~% × 1^000,00~€ = 500,00~€
Arrondi au centime inférieur~: 500,00~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 500,00~€
Reste à charge~: 1^000,00~€ − 500,00~€ = 500,00~€

== Meilleur usage des données (donnees)
Session en vigueur au 1er juillet 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, clos)
Politique~: cofinancement de 50~% hors dépenses de personnel et matériel
Coût total~: 1^000,00~€
Dépenses exclues~: aucune
Assiette éligible~: 1^000,00~€
Taux de cofinancement~: 50~%
Montant exact~: 50~% × 1^000,00~€ = 500,00~€
Arrondi au centime inférieur~: 500,00~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 500,00~€
Reste à charge~: 1^000,00~€ − 500,00~€ = 500,00~€

== Coopération avec les partenaires et les usagers (cooperation)
Session en vigueur au 1er juillet 2021~: 1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, clos)
Politique~: cofinancement de 50~% hors dépenses de personnel et matériel
Coût total~: 1^000,00~€
Dépenses exclues~: aucune
Assiette éligible~: 1^000,00~€
Taux de cofinancement~: 50~%
Montant exact~: 50~% × 1^000,00~€ = 500,00~€
Arrondi au centime inférieur~: 500,00~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
Plafond~: aucun
Subvention de l’État~: 500,00~€
Reste à charge~: 1^000,00~€ − 500,00~€ = 500,00~€
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
	const (
		sign       = ": a sign: want 0 or more without a sign, such as 12000.50 or 12 000,50 €\n"
		categories = ": unknown category: want personnel, materiel, prestations, conseil, logiciels, hebergement, formation or autre\n"
	)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-bidget", "x"}, "flag provided but not defined: -bidget\n"},
		{"extra argument", []string{"extra"}, "cofinancement: unexpected argument \"extra\"\n"},
		{"bad date", []string{"-date", "2021-02-30"}, "invalid value \"2021-02-30\" for flag -date"},
		{"empty date", []string{"-date", ""}, "cofinancement: -date: no date\n"},
		{"no equals sign", []string{"-budget", "prestations"}, "cofinancement: -budget: item 1 \"prestations\": want category=amount\n"},
		{"unknown category", []string{"-budget", "cloud=5"}, "cofinancement: -budget: item 1 \"cloud=5\": category \"cloud\"" + categories},
		{"a dot for the thousands", []string{"-budget", "prestations=12.000,50"}, "cofinancement: -budget: item 1 \"prestations=12.000,50\": amount \"12.000,50\": invalid amount: want 12000.50 or 12 000,50 €\n"},
		{"negative amount", []string{"-budget", "prestations=-5"}, "cofinancement: -budget: item 1 \"prestations=-5\": amount \"-5\"" + sign},
		{"minus zero, second", []string{"-budget", "conseil=1; prestations=-0"}, "cofinancement: -budget: item 2 \"prestations=-0\": amount \"-0\"" + sign},
		{"minus zero with cents", []string{"-budget", "prestations=-0,00 €"}, "cofinancement: -budget: item 1 \"prestations=-0,00 €\": amount \"-0,00 €\"" + sign},
		{"a plus sign", []string{"-budget", "prestations=+5"}, "cofinancement: -budget: item 1 \"prestations=+5\": amount \"+5\"" + sign},
		{"fraction of a cent", []string{"-budget", "prestations=1,234"}, "cofinancement: -budget: item 1 \"prestations=1,234\": amount \"1,234\": fraction of a cent\n"},
		{"every bad line at once, one a line", []string{"-budget", "prestations; conseil=1; cloud=5"},
			"cofinancement: -budget: item 1 \"prestations\": want category=amount\ncofinancement: -budget: item 3 \"cloud=5\": category \"cloud\"" + categories},
		{"a total out of range", []string{"-budget", "prestations=50 000 000 000 000 000; conseil=50 000 000 000 000 000"},
			"cofinancement: -budget: cost: line 2 (\"Conseil et accompagnement\"): amount out of range: the total exceeds 92233720368547758.07\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			if strings.HasPrefix(tt.want, "cofinancement: -budget") {
				assert.Equal(t, tt.want, stderr.String())
			} else {
				assert.Contains(t, stderr.String(), tt.want)
			}
			assert.Empty(t, stdout.String())
		})
	}
}

func TestDescribe(t *testing.T) {
	assert.Equal(t, "cofinancement de 50\u00a0%", describe(cost.Policy{Rate: cost.Percent(50)}))
	assert.Equal(t, "cofinancement de 75\u00a0% hors dépenses de personnel, matériel et hébergement",
		describe(cost.Policy{Rate: cost.Percent(75), Excluded: []cost.Category{cost.Personnel, cost.Equipment, cost.Hosting}}))
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "-budget category=amount\n")
	assert.Contains(t, stderr.String(), "-date YYYY-MM-DD\n")
	assert.Empty(t, stdout.String())
}
