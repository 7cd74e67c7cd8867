package relancetest

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeT is a tester that records what a run says, so that a test can watch
// a case fail without failing itself.
type fakeT struct {
	name   string
	errors []string
	logs   []string
	subs   []*fakeT
	// skip leaves out the subtests it reports true for, as -run does.
	skip func(name string) bool
}

func (f *fakeT) Helper() {}

func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *fakeT) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

func (f *fakeT) run(name string, fn func(tester)) bool {
	if f.skip != nil && f.skip(name) {
		return true
	}
	sub := &fakeT{name: name}
	f.subs = append(f.subs, sub)
	fn(sub)
	return len(sub.errors) == 0
}

func (f *fakeT) failed() bool { return len(f.errors) > 0 }

// wrongMessage is what the deliberately wrong case of testdata/faux.json
// says, with its special spaces shown (french.Visible).
const wrongMessage = `Cas «~Syndicat de 500 000 habitants, trois attentes fausses~» (testdata/faux.json)~: 2 écarts
Meilleur usage des données — 1re session (donnees)
  - critère ampleur (Ampleur du projet)~: attendu «~Non satisfait~»~; obtenu «~Satisfait~» (branche population-atteinte~: Population couverte~: 500^000 habitants~; seuil de la 1re session~: 500^000)
  - subvention~: attendue 90^000,01~€~; obtenue 90^000,00~€ (écart~: -0,01~€)
  Explication~:
    Meilleur usage des données (DINUM) — 1re session
      Verdict~: Éligible
      Calendrier~: ouvert jusqu’au 28 mai 2021~; étape en cours~: Dépôt des candidatures
      ✓ Porteur~: Syndicat mixte ou groupement, admis à candidater à la 1re session
      ✓ Population couverte~: 500^000 habitants~; seuil de la 1re session~: 500^000
      ✓ Thème du projet~: Données, celui que finance ce dispositif
      ✓ Résultats attendus le 30 juin 2022, dans la limite du 1er octobre 2022 (18 mois après le début, le 1er avril 2021)
      ✓ Début du projet le 1er avril 2021, après le 1er mars 2021, jour de l’examen, retenu pour la réception de la demande de subvention
      Dépenses retenues~: 180^000,00~€ sur 240^000,00~€
      Subvention~: 50~% × 180^000,00~€ = 90^000,00~€~; reste à charge~: 150^000,00~€
  Calcul de la subvention~:
    Coût total~: 240^000,00~€
    Dépenses exclues~: 60^000,00~€
      - Dépenses de personnel~: 60^000,00~€
    Assiette éligible~: 240^000,00~€ − 60^000,00~€ = 180^000,00~€
    Taux de cofinancement~: 50~%
    Montant exact~: 50~% × 180^000,00~€ = 90^000,00~€
    Arrondi au centime inférieur~: 90^000,00~€ (choix de la bibliothèque~: aucun texte ne fixe l’arrondi)
    Plafond~: aucun
    Subvention de l’État~: 90^000,00~€
    Reste à charge~: 240^000,00~€ − 90^000,00~€ = 150^000,00~€`

func TestRunWrongCase(t *testing.T) {
	ft := &fakeT{}
	rep := run(ft, "testdata/faux.json", Options{})
	assert.Empty(t, ft.errors, "the run itself does not fail: its subtests do")
	require.Len(t, ft.subs, 2)
	wrong, right := ft.subs[0], ft.subs[1]
	assert.Equal(t, "Syndicat de 500 000 habitants, trois attentes fausses", wrong.name, "the subtest is named after its case")
	require.Len(t, wrong.errors, 1)
	assert.Equal(t, wrongMessage, french.Visible(wrong.errors[0]))
	assert.False(t, right.failed(), "the right case passes")
	assert.Equal(t, 1, rep.Failed())
	require.Len(t, ft.logs, 1, "the coverage table is logged")
	log := french.Visible(ft.logs[0])
	assert.True(t, strings.HasPrefix(log, "Meilleur usage des données — 1re session (donnees/session-1)~: 3 sur 30\n"),
		"the coverage of the one scheme the cases name, and not of the whole catalogue:\n%s", log)
	assert.Equal(t, 2, strings.Count(log, "(donnees/session-"))
	assert.NotContains(t, log, "cooperation")
	assert.True(t, strings.HasSuffix(log, "\n\n2 cas~: 1 réussi, 1 en échec~; 3 branches atteintes sur 60"), "the summary last:\n%s", log)

	ft = &fakeT{}
	rep = run(ft, "testdata/faux.json", Options{AllSchemes: true})
	require.Len(t, ft.logs, 1)
	assert.Len(t, regexp.MustCompile(`(?m)^.* \([a-z-]+/[a-z0-9-]+\)\x{a0}: \d+ sur \d+$`).FindAllString(ft.logs[0], -1), 7,
		"every session of the catalogue, on request")
	assert.Equal(t, 215, rep.Coverage.Total())
}

func TestRunCoverage(t *testing.T) {
	tests := []struct {
		name    string
		minimum int
		fails   bool
	}{
		{"no minimum", 0, false},
		{"5 of 6 branches are 83 %, above 80 %", 80, false},
		{"exactly 5 of 6 is below 84 %", 84, true},
		{"every branch asked for", 100, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ft := &fakeT{}
			rep := run(ft, "testdata/incomplet.json", Options{MinCoverage: tt.minimum})
			assert.Equal(t, 5, rep.Coverage.Reached())
			assert.Equal(t, 6, rep.Coverage.Total())
			for _, sub := range ft.subs {
				assert.False(t, sub.failed(), sub.name)
			}
			if !tt.fails {
				assert.Empty(t, ft.errors)
				return
			}
			require.Len(t, ft.errors, 1)
			require.Len(t, ft.logs, 1, "the coverage, after the error")
			assert.Equal(t, "Couverture des règles insuffisante~: 5 branches atteintes sur 6 (83~%), en dessous du minimum de "+
				fmt.Sprint(tt.minimum)+"~%. Branches non atteintes~:\n  - fonds-local/2021~: demandeur donnee-invalide", french.Visible(ft.errors[0]))
		})
	}
}

func TestRunFiltered(t *testing.T) {
	ft := &fakeT{skip: func(name string) bool { return strings.HasPrefix(name, "Nature") }}
	run(ft, "testdata/incomplet.json", Options{MinCoverage: 100})
	assert.Empty(t, ft.errors, "a part of the cases says nothing of the coverage of the whole")
	require.Len(t, ft.logs, 2)
	assert.Equal(t, "Couverture non vérifiée~: 1 cas sur 2 ont été exécutés (-run).", french.Visible(ft.logs[0]))
	assert.True(t, strings.HasSuffix(french.Visible(ft.logs[1]), "\n2 cas~: 2 réussis, 0 en échec~; 5 branches atteintes sur 6"), "the coverage last, with the summary")
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		o       Options
		want    []string
	}{
		{"a malformed file: every problem, one a line", "testdata/malforme.json", Options{}, []string{
			`relancetest: load "testdata/malforme.json": case "Trois fautes": cases[0].project.lead.populaton: unknown key: want id, name, kind, population or departement_code`,
			`relancetest: load "testdata/malforme.json": case "Trois fautes": cases[0].expect.donnes: unknown scheme: want incubateur-territoires, services-usagers, donnees or cooperation`,
			`relancetest: load "testdata/malforme.json": case "Trois fautes": cases[0].expect.donnees.grant "1,5": invalid amount: want euros with a dot before the cents, such as "90000.00"`,
			`relancetest: load "testdata/malforme.json": case "Trois fautes": cases[0].expect.donnees.criteria.ampleurr: unknown criterion: want demandeur, ampleur, thematique, resultats or commencement`,
		}},
		{"no file", "testdata/absent-*.json", Options{}, []string{`relancetest: load "testdata/absent-*.json": no case file matches`}},
		{"a bad pattern", "testdata/[", Options{}, []string{`relancetest: load "testdata/[": syntax error in pattern`}},
		{"a minimum above 100 %", "testdata/faux.json", Options{MinCoverage: 101}, []string{`relancetest: run "testdata/faux.json": MinCoverage 101: want 0 to 100`}},
		{"a negative minimum", "testdata/faux.json", Options{MinCoverage: -1}, []string{`relancetest: run "testdata/faux.json": MinCoverage -1: want 0 to 100`}},
		{"no file in a file system", "*.yaml", Options{FS: Corpus()}, []string{`relancetest: load "*.yaml": no case file matches`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ft := &fakeT{}
			rep := run(ft, tt.pattern, tt.o)
			require.Len(t, ft.errors, 1)
			assert.Equal(t, strings.Join(tt.want, "\n"), ft.errors[0])
			assert.Empty(t, ft.subs, "no case runs")
			assert.Empty(t, rep.Results)
		})
	}
}

// TestRunFailsATestingT runs TestHelperWrongCase in a process of its own,
// where relancetest.Run fails a real *testing.T, and reads what go test
// prints.
func TestRunFailsATestingT(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWrongCase$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), "RELANCETEST_HELPER=1")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "the wrong case fails the test binary: %s", out)
	text := french.Visible(string(out))
	assert.Contains(t, text, "--- FAIL: TestHelperWrongCase/Syndicat_de_500_000_habitants,_trois_attentes_fausses")
	assert.Contains(t, text, "--- PASS: TestHelperWrongCase/Le_même,_juste")
	assert.Contains(t, text, "subvention~: attendue 90^000,01~€~; obtenue 90^000,00~€ (écart~: -0,01~€)")
	assert.Regexp(t, `\n {8}2 cas~: 1 réussi, 1 en échec~; 3 branches atteintes sur 60\n--- FAIL: TestHelperWrongCase `, text,
		"the summary ends the log of the test")
}

// TestHelperWrongCase is run by TestRunFailsATestingT, in a process of its
// own; it does nothing otherwise.
func TestHelperWrongCase(t *testing.T) {
	if os.Getenv("RELANCETEST_HELPER") != "1" {
		t.Skip("run by TestRunFailsATestingT")
	}
	Run(t, "testdata/faux.json")
}
