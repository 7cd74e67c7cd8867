package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// versions is what the program prints first, whatever the date: both
// versions of the calendar, with their sources (french.Visible writes the
// no-break spaces as ~ and the narrow ones as ^).
const versions = `Consultation nationale de l’Incubateur des Territoires

Calendrier publié le 20 janvier 2021 — source~: calendrier de la consultation sur le site de l’Incubateur des Territoires, première version, 20 janvier 2021
Étape 1 — Recueil des besoins et des services existants~: du 25 janvier au 15 mars 2021
Étape 2 — Vote pour les propositions~: du 15 mars au 15 avril 2021
Étape 3 — Expression d’intérêt à devenir «~territoire référent~» pour les services numériques retenus~: du 15 avril au 31 mai 2021
Étape 4 — Développement et déploiement des services numériques lauréats~: à partir du 1er juin 2021

Calendrier révisé le 19 mars 2021 — source~: calendrier de la consultation sur le site de l’Incubateur des Territoires, 19 mars 2021~; source~: foire aux questions de la consultation sur le site de l’Incubateur des Territoires, 13 avril 2021
Étape 1 — Recueil des besoins et des services existants~: du 25 janvier au 15 mars 2021
Étape 2 — Soutien aux projets par les collectivités territoriales~: du 1er avril au 1er mai 2021
Étape 3 — Lancement des groupes de travail et des territoires référents~: du 3 mai au 30 juin 2021
Étape 4 — Sélection des services numériques lauréats, puis développement~: à partir du 5 juillet 2021

`

func TestConsultation(t *testing.T) {
	c, err := consultation()
	require.NoError(t, err)
	require.Len(t, c.versions, 2, "as first published, and as revised")
	for _, v := range c.versions {
		require.NoError(t, v.calendar.Validate(), v.title)
	}
	assert.Equal(t, "2021-01-20", c.versions[0].published.String())
	assert.Equal(t, "2021-03-19", c.versions[1].published.String())
}

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"default date, 2 April 2021, in the revised vote", nil, `Le 2 avril 2021, selon le calendrier révisé le 19 mars 2021~:
- ouverte~: étape 2 — Soutien aux projets par les collectivités territoriales
- à venir~: étape 3 — Lancement des groupes de travail et des territoires référents, le 3 mai 2021, dans 31 jours
`},
		{"shared boundary day of the first calendar: two steps open", []string{"-date", "2021-03-15"}, `Le 15 mars 2021, selon le calendrier publié le 20 janvier 2021~:
- ouverte~: étape 1 — Recueil des besoins et des services existants (dernier jour)
- ouverte~: étape 2 — Vote pour les propositions (premier jour)
- à venir~: étape 3 — Expression d’intérêt à devenir «~territoire référent~» pour les services numériques retenus, le 15 avril 2021, dans 31 jours
`},
		{"the day before the revision: the first vote", []string{"-date", "2021-03-18"}, `Le 18 mars 2021, selon le calendrier publié le 20 janvier 2021~:
- ouverte~: étape 2 — Vote pour les propositions
- à venir~: étape 3 — Expression d’intérêt à devenir «~territoire référent~» pour les services numériques retenus, le 15 avril 2021, dans 28 jours
`},
		{"the day of the revision: between two of its steps", []string{"-date=2021-03-19"}, `Le 19 mars 2021, selon le calendrier révisé le 19 mars 2021~:
- aucune étape n’est ouverte
- à venir~: étape 2 — Soutien aux projets par les collectivités territoriales, le 1er avril 2021, dans 13 jours
`},
		{"20 April: in the revised vote, the first calendar's step 3", []string{"-date", "2021-04-20"}, `Le 20 avril 2021, selon le calendrier révisé le 19 mars 2021~:
- ouverte~: étape 2 — Soutien aux projets par les collectivités territoriales
- à venir~: étape 3 — Lancement des groupes de travail et des territoires référents, le 3 mai 2021, dans 13 jours
`},
		{"the last day of the revised vote", []string{"-date", "2021-05-01"}, `Le 1er mai 2021, selon le calendrier révisé le 19 mars 2021~:
- ouverte~: étape 2 — Soutien aux projets par les collectivités territoriales (dernier jour)
- à venir~: étape 3 — Lancement des groupes de travail et des territoires référents, le 3 mai 2021, dans 2 jours
`},
		{"the day before the open-ended step", []string{"-date", "2021-07-04"}, `Le 4 juillet 2021, selon le calendrier révisé le 19 mars 2021~:
- aucune étape n’est ouverte
- à venir~: étape 4 — Sélection des services numériques lauréats, puis développement, le 5 juillet 2021, demain
`},
		{"before the first publication", []string{"-date", "2021-01-01"}, `Le 1er janvier 2021, selon le calendrier publié le 20 janvier 2021 (pas encore publié ce jour-là)~:
- aucune étape n’est ouverte
- à venir~: étape 1 — Recueil des besoins et des services existants, le 25 janvier 2021, dans 24 jours
`},
		{"the day of the first publication", []string{"-date", "2021-01-20"}, `Le 20 janvier 2021, selon le calendrier publié le 20 janvier 2021~:
- aucune étape n’est ouverte
- à venir~: étape 1 — Recueil des besoins et des services existants, le 25 janvier 2021, dans 5 jours
`},
		{"the first day of all, long before: the days grouped by three", []string{"-date", "0001-01-01"}, `Le 1er janvier 1, selon le calendrier publié le 20 janvier 2021 (pas encore publié ce jour-là)~:
- aucune étape n’est ouverte
- à venir~: étape 1 — Recueil des besoins et des services existants, le 25 janvier 2021, dans 737^814 jours
`},
		{"after everything: only the open-ended step", []string{"-date", "2030-01-01"}, `Le 1er janvier 2030, selon le calendrier révisé le 19 mars 2021~:
- ouverte~: étape 4 — Sélection des services numériques lauréats, puis développement
- aucune étape n’est à venir
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(tt.args, &stdout, &stderr), stderr.String())
			assert.Equal(t, versions+tt.want, french.Visible(stdout.String()))
			assert.Empty(t, stderr.String())
			assert.NotContains(t, stdout.String(), "'", "French with the typographic apostrophe")
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
