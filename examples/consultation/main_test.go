package main

import (
	"bytes"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// walkThrough is the whole output of the program (french.Visible writes the
// no-break spaces as ~ and the narrow ones as ^). Each item is judged by the
// calendar in force on its date: the support of Isère on 16 March 2021, in
// the first calendar's vote, counts; Grenoble's of 20 March 2021, after the
// revision and before its vote, does not; Lannion's of 20 April 2021, after
// the first calendar's vote, counts; Isère's declaration of 20 April 2021,
// in the first calendar's step 3 but not in the revised one, is refused.
const walkThrough = `Consultation nationale de l’Incubateur des Territoires — Consultation nationale 2021

Calendrier publié le 20 janvier 2021 (source~: calendrier de la consultation sur le site de l’Incubateur des Territoires, première version, 20 janvier 2021)
  Étape 1~: Recueil des besoins et des services existants, du 25 janvier au 15 mars 2021
  Étape 2~: Vote pour les propositions, du 15 mars au 15 avril 2021
  Étape 3~: Expression d’intérêt à devenir «~territoire référent~» pour les services numériques retenus, du 15 avril au 31 mai 2021
  Étape 4~: Développement et déploiement des services numériques lauréats, à partir du 1er juin 2021

Calendrier révisé le 19 mars 2021 (source~: calendrier de la consultation sur le site de l’Incubateur des Territoires, 19 mars 2021~; source~: foire aux questions de la consultation sur le site de l’Incubateur des Territoires, 13 avril 2021)
  Étape 1~: Recueil des besoins et des services existants, du 25 janvier au 15 mars 2021
  Étape 2~: Soutien aux projets par les collectivités territoriales, du 1er avril au 1er mai 2021
  Étape 3~: Lancement des groupes de travail et des territoires référents, du 3 mai au 30 juin 2021
  Étape 4~: Sélection des services numériques lauréats, puis développement, à partir du 5 juillet 2021

Chaque contribution, chaque soutien et chaque déclaration est examiné selon le calendrier en vigueur à sa date.

Étape 1 — contributions
  reçue~: Besoin «~Réservation de salles municipales~» (Commune de Grenoble)
  reçue~: Service existant «~Signature électronique mutualisée~» (Mégalis Bretagne)
  refusée~: «~Wifi public dans les bourgs~» (Commune de Lannion), le 12 février 2021 — Les infrastructures (fibre, wifi, antennes) et les équipements informatiques sont hors du champ de la consultation~: renseignez-vous auprès de votre préfecture sur les dispositifs qui les financent.
  refusée~: «~Aide aux démarches en ligne~» (Association Villes Internet), le 20 mars 2021 (calendrier révisé le 19 mars 2021~: étape 1 du 25 janvier au 15 mars 2021) — La date est en dehors de l’étape de la consultation concernée.

Étape 2 — soutiens aux propositions
  1. reservation-equipements~: 3 soutiens
  2. orientation-usagers~: 1 soutien
  3. gestion-relation-usagers~: aucun soutien
  compté~: Département de l’Isère pour reservation-equipements, le 16 mars 2021 (calendrier publié le 20 janvier 2021~: étape 2 du 15 mars au 15 avril 2021)
  compté~: Commune de Lannion pour orientation-usagers, le 2 avril 2021 (calendrier révisé le 19 mars 2021~: étape 2 du 1er avril au 1er mai 2021)
  compté~: Commune de Grenoble pour reservation-equipements, le 1er avril 2021 (calendrier révisé le 19 mars 2021~: étape 2 du 1er avril au 1er mai 2021)
  compté~: Commune de Lannion pour reservation-equipements, le 20 avril 2021 (calendrier révisé le 19 mars 2021~: étape 2 du 1er avril au 1er mai 2021)
  non compté~: Commune de Grenoble pour reservation-equipements, le 20 mars 2021 (calendrier révisé le 19 mars 2021~: étape 2 du 1er avril au 1er mai 2021) — La date est en dehors de l’étape de la consultation concernée.
  non compté~: Mégalis Bretagne pour reservation-equipements, le 6 avril 2021 — Seules les collectivités territoriales peuvent soutenir une proposition ou devenir territoire référent~; les groupements, associations et entreprises n’y sont pas admis.
  non compté~: Département de l’Isère pour orientation-usagers, le 2 mai 2021 (calendrier révisé le 19 mars 2021~: étape 2 du 1er avril au 1er mai 2021) — La date est en dehors de l’étape de la consultation concernée.
  non compté~: Département de l’Isère pour tiers-lieux, le 6 avril 2021 — Cette proposition, ou ce service, ne figure pas parmi ceux de la consultation.

Étape 3 — territoires référents
  référent~: Département de l’Isère, déclaré le 3 mai 2021 (calendrier révisé le 19 mars 2021~: étape 3 du 3 mai au 30 juin 2021)
  référent~: Commune de Grenoble, déclaré le 15 juin 2021 (calendrier révisé le 19 mars 2021~: étape 3 du 3 mai au 30 juin 2021)
  refusé~: Département de l’Isère, le 20 avril 2021 (calendrier révisé le 19 mars 2021~: étape 3 du 3 mai au 30 juin 2021) — La date est en dehors de l’étape de la consultation concernée.
  refusé~: Mégalis Bretagne, le 4 mai 2021 — Un groupement ne peut pas être territoire référent~; il peut en revanche participer aux groupes de travail du service.
  refusé~: Commune de Lannion, le 2 juillet 2021 (calendrier révisé le 19 mars 2021~: étape 3 du 3 mai au 30 juin 2021) — La date est en dehors de l’étape de la consultation concernée.
`

func TestRun(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr), stderr.String())
	assert.Equal(t, walkThrough, french.Visible(stdout.String()))
	assert.NotContains(t, stdout.String(), "'", "French with the typographic apostrophe")
	assert.Empty(t, stderr.String())
}

func TestRunHelp(t *testing.T) {
	for _, help := range []string{"-h", "-help", "--help"} {
		t.Run(help, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 0, run([]string{help}, &stdout, &stderr), "help is no error")
			assert.Empty(t, stdout.String())
			assert.Equal(t, "usage: consultation\n"+
				"Walks through the Incubateur des Territoires consultation of 2021; it takes no flags or arguments.\n", stderr.String())
		})
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a flag", []string{"-x"}, "flag provided but not defined: -x"},
		{"a flag of another program", []string{"-date", "2021-04-02"}, "flag provided but not defined: -date"},
		{"an argument", []string{"vote"}, `consultation: unexpected argument "vote"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			assert.Empty(t, stdout.String())
			assert.Contains(t, stderr.String(), tt.want)
			assert.Contains(t, stderr.String(), "usage: consultation", "the usage follows the error")
		})
	}
}
