package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testdata = "../../relance/relancetest/testdata/"

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		want   []string
		last   string // how the output ends: the summary
	}{
		{"the corpus, by default", nil, 0, []string{
			"Cas du corpus de la bibliothèque~: 87 cas\n",
			"\ndemandeur.json — Qui peut porter un projet",
			"  ✓ Commune de 520 000 habitants, services aux usagers\n",
			"  ✓ L'Incubateur le 15 octobre 2021 : dépôt clos, pas de subvention\n",
			"Meilleur usage des données — 2e session (donnees/session-2)~: 30 sur 30\n",
		}, "\n\n87 cas~: 87 réussis, 0 en échec~; 244 branches atteintes sur 244\n"},
		{"every branch, asked for", []string{"-min-coverage", "100"}, 0, nil, "244 branches atteintes sur 244\n"},
		{"a wrong case among right ones", []string{testdata + "faux.json", testdata + "exemple.json"}, 1, []string{
			"Cas de 2 fichiers~: 3 cas\n",
			"\n" + testdata + "faux.json — Un cas faux exprès : trois attentes que la bibliothèque ne tient pas.\n",
			"  ✗ Syndicat de 500 000 habitants, trois attentes fausses\n" +
				"      Cas «~Syndicat de 500 000 habitants, trois attentes fausses~» (" + testdata + "faux.json)~: 2 écarts\n" +
				"      Meilleur usage des données — 1re session (donnees)\n" +
				"        - critère ampleur (Ampleur du projet)~: attendu «~Non satisfait~»~; obtenu «~Satisfait~»",
			"        - subvention~: attendue 90^000,01~€~; obtenue 90^000,00~€ (écart~: -0,01~€)\n",
			"  ✓ Le même, juste\n",
			"\nFonds régional pour le numérique — Session 2021 (fonds-regional/2021)~: 2 sur 21\n",
		}, "\n\n3 cas~: 2 réussis, 1 en échec~; 8 branches atteintes sur 81\n"},
		{"every scheme, on request", []string{"-toutes", testdata + "faux.json"}, 1, []string{
			"(incubateur-territoires/consultation-2021)~: 0 sur 27\n",
		}, "\n\n2 cas~: 1 réussi, 1 en échec~; 3 branches atteintes sur 215\n"},
		{"too few branches", []string{"-min-coverage", "90", testdata + "incomplet.json"}, 1, []string{
			"  ✓ Nature non renseignée, 0,01 €\n\nCouverture insuffisante~: 83~% des branches atteintes, en dessous du minimum de 90~%.\n\n",
			"  demandeur    donnee-invalide             non atteinte\n",
		}, "\n\n2 cas~: 2 réussis, 0 en échec~; 5 branches atteintes sur 6\n"},
		{"enough branches", []string{"-min-coverage", "80", testdata + "incomplet.json"}, 0, []string{"Cas de 1 fichier~: 2 cas\n"},
			"\n2 cas~: 2 réussis, 0 en échec~; 5 branches atteintes sur 6\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, tt.status, run(tt.args, &stdout, &stderr), stderr.String())
			out := french.Visible(stdout.String())
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
			assert.True(t, strings.HasSuffix(out, tt.last), "the output ends with %q:\n%s", tt.last, out)
			assert.Equal(t, 1, strings.Count(out, " en échec"), "the summary, once")
			assert.Empty(t, stderr.String())
		})
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"a malformed file: every problem", []string{testdata + "malforme.json"}, []string{
			`relancetest: load "` + testdata + `malforme.json": case "Trois fautes": cases[0].project.lead.populaton: unknown key`,
			`cases[0].expect.donnes: unknown scheme`,
			`cases[0].expect.donnees.grant "1,5": invalid amount: want euros with a dot before the cents, such as "90000.00"`,
			`cases[0].expect.donnees.criteria.ampleurr: unknown criterion`,
		}},
		{"a file that is not there", []string{"absent.json"}, []string{`relancetest: load "absent.json": open absent.json: no such file or directory`}},
		{"an unknown flag", []string{"-couverture", "100"}, []string{"flag provided but not defined: -couverture", "usage: cas"}},
		{"a minimum above 100 %", []string{"-min-coverage", "101"}, []string{"cas: -min-coverage 101: want 0 to 100"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, 2, run(tt.args, &stdout, &stderr))
			assert.Empty(t, stdout.String())
			for _, w := range tt.want {
				assert.Contains(t, stderr.String(), w)
			}
		})
	}
	var stdout, stderr bytes.Buffer
	require.Equal(t, 2, run([]string{testdata + "malforme.json"}, &stdout, &stderr))
	assert.Equal(t, 4, strings.Count(stderr.String(), "\n"), "one problem a line")
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &stdout, &stderr))
	assert.Empty(t, stdout.String())
	assert.Contains(t, stderr.String(), "usage: cas [-min-coverage N] [-toutes] [FILE.json …]")
	assert.Contains(t, stderr.String(), "numerique/cas/2 (numerique/cas/1 still read)")
	assert.Contains(t, stderr.String(), "  -toutes\n")
}
