package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// steps is what the program prints first, whatever the date.
const steps = `Consultation nationale de l’Incubateur des Territoires
Étape 1 — Recueil des besoins et des services existants~: du 25 janvier au 15 mars 2021
Étape 2 — Vote pour les propositions~: du 15 mars au 15 avril 2021
Étape 3 — Expression d’intérêt à devenir « territoire référent » pour les services numériques retenus~: du 15 avril au 31 mai 2021
Étape 4 — Développement et déploiement des services numériques lauréats~: à partir du 1er juin 2021

`

func TestConsultationIsValid(t *testing.T) {
	_, c, err := consultation()
	require.NoError(t, err)
	require.NoError(t, c.Validate())
}

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"default date, 2 April 2021, during the vote", nil, `Le 2 avril 2021~:
- ouverte~: étape 2 — Vote pour les propositions
- à venir~: étape 3 — Expression d’intérêt à devenir « territoire référent » pour les services numériques retenus, le 15 avril 2021, dans 13 jours
`},
		{"shared boundary day: two steps open", []string{"-date", "2021-03-15"}, `Le 15 mars 2021~:
- ouverte~: étape 1 — Recueil des besoins et des services existants (dernier jour)
- ouverte~: étape 2 — Vote pour les propositions (premier jour)
- à venir~: étape 3 — Expression d’intérêt à devenir « territoire référent » pour les services numériques retenus, le 15 avril 2021, dans 31 jours
`},
		{"the day before the open-ended step", []string{"-date=2021-05-31"}, `Le 31 mai 2021~:
- ouverte~: étape 3 — Expression d’intérêt à devenir « territoire référent » pour les services numériques retenus (dernier jour)
- à venir~: étape 4 — Développement et déploiement des services numériques lauréats, le 1er juin 2021, demain
`},
		{"before everything", []string{"-date", "2021-01-01"}, `Le 1er janvier 2021~:
- aucune étape n’est ouverte
- à venir~: étape 1 — Recueil des besoins et des services existants, le 25 janvier 2021, dans 24 jours
`},
		{"the first day of all, long before: the days grouped by three", []string{"-date", "0001-01-01"}, `Le 1er janvier 1~:
- aucune étape n’est ouverte
- à venir~: étape 1 — Recueil des besoins et des services existants, le 25 janvier 2021, dans 737^814 jours
`},
		{"after everything: only the open-ended step", []string{"-date", "2030-01-01"}, `Le 1er janvier 2030~:
- ouverte~: étape 4 — Développement et déploiement des services numériques lauréats
- aucune étape n’est à venir
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(tt.args, &stdout, &stderr), stderr.String())
			assert.Equal(t, steps+tt.want, french.Visible(stdout.String()))
			assert.Empty(t, stderr.String())
		})
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"impossible date", []string{"-date", "2021-02-30"}, `invalid value "2021-02-30" for flag -date: calendar: parse date "2021-02-30": invalid date: day outside 1..28`},
		{"French date", []string{"-date", "02/04/2021"}, `invalid value "02/04/2021" for flag -date`},
		{"empty date", []string{"-date", ""}, "calendrier: -date is empty"},
		{"unknown flag", []string{"-jour", "2021-04-02"}, "flag provided but not defined: -jour"},
		{"extra argument", []string{"-date", "2021-04-02", "vote"}, `calendrier: unexpected argument "vote"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			assert.Empty(t, stdout.String())
			assert.Contains(t, stderr.String(), tt.want)
			assert.True(t, strings.Contains(stderr.String(), "usage: calendrier"), "the usage follows the error")
		})
	}
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &stdout, &stderr))
	assert.Empty(t, stdout.String())
	assert.Contains(t, stderr.String(), "-date YYYY-MM-DD")
}
