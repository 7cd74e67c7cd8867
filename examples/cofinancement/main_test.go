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

func TestRunDefault(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr), stderr.String())
	assert.Empty(t, stderr.String())
	out := french.Visible(stdout.String())
	assert.True(t, strings.HasPrefix(out, `Budget du projet~: 301^999,99~€
  - Prestations externes~: 180^000,00~€
  - Conseil et accompagnement~: 30^000,00~€
  - Logiciels et licences~: 11^999,99~€
  - Dépenses de personnel~: 60^000,00~€
  - Matériel~: 20^000,00~€
`), out)
	assert.Contains(t, out, `
== Dématérialisation et amélioration des services aux usagers (services-usagers), 1re session~: cofinancement de 50~% hors dépenses de personnel
Coût total~: 301^999,99~€
Dépenses exclues~: 60^000,00~€
  - Dépenses de personnel~: 60^000,00~€
Assiette éligible~: 301^999,99~€ − 60^000,00~€ = 241^999,99~€
Taux de cofinancement~: 50~%
Montant exact~: 50~% × 241^999,99~€ = 120^999,995~€
Arrondi au centime inférieur~: 120^999,99~€
Plafond~: aucun
Subvention de l’État~: 120^999,99~€
Reste à charge~: 301^999,99~€ − 120^999,99~€ = 181^000,00~€
`)
	assert.Contains(t, out, "== Meilleur usage des données (donnees), 1re session~: cofinancement de 50~% hors dépenses de personnel et matériel\n")
	assert.Contains(t, out, "== Coopération avec les partenaires et les usagers (cooperation), 1re session~: cofinancement de 50~% hors dépenses de personnel et matériel\n")
	assert.Equal(t, 2, strings.Count(out, "Subvention de l’État~: 110^999,99~€\n"), "données and coopération exclude personnel and equipment")
}

func TestRunBudget(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-budget", "prestations=180000,personnel=60000,materiel=20000"}, &stdout, &stderr), stderr.String())
	out := french.Visible(stdout.String())
	assert.Contains(t, out, "Subvention de l’État~: 100^000,00~€\n", "services-usagers: 50 % of 200 000 €")
	assert.Equal(t, 2, strings.Count(out, "Subvention de l’État~: 90^000,00~€\n"), "données, coopération: 50 % of 180 000 €")
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-bidget", "x"}, "flag provided but not defined: -bidget"},
		{"extra argument", []string{"extra"}, `cofinancement: unexpected argument "extra"`},
		{"no equals sign", []string{"-budget", "prestations"}, `cofinancement: -budget: budget line "prestations": want category=amount`},
		{"unknown category", []string{"-budget", "cloud=5"}, `cofinancement: -budget: cost: parse category "cloud": unknown category`},
		{"comma for the cents", []string{"-budget", "prestations=1000,5"}, `cofinancement: -budget: budget line "5": want category=amount`},
		{"negative amount", []string{"-budget", "prestations=-5"}, `cofinancement: -budget: cost: line 1 ("Prestations externes"): negative amount -5.00`},
		{"fraction of a cent", []string{"-budget", "prestations=1.234"}, `cofinancement: -budget: cost: parse amount "1.234": fraction of a cent`},
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

func TestDescribe(t *testing.T) {
	assert.Equal(t, "cofinancement de 50\u00a0%", describe(cost.Policy{Rate: cost.Percent(50)}))
	assert.Equal(t, "cofinancement de 75\u00a0% hors dépenses de personnel, matériel et hébergement",
		describe(cost.Policy{Rate: cost.Percent(75), Excluded: []cost.Category{cost.Personnel, cost.Equipment, cost.Hosting}}))
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "-budget")
}
