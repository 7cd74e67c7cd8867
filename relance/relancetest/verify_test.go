package relancetest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// verifyOne parses a file of one case and verifies it.
func verifyOne(t *testing.T, data string) relancetest.Result {
	t.Helper()
	f, err := relancetest.Parse("cas.json", []byte(data))
	require.NoError(t, err)
	rep := relancetest.Verify([]relancetest.File{f})
	require.Len(t, rep.Results, 1)
	return rep.Results[0]
}

// project is a syndicat of 500 000 inhabitants with a data project and a
// budget of 180 000 € of services and 60 000 € of staff.
const project = `"project": {
	"lead": {"name": "Syndicat mixte", "kind": "syndicat"},
	"members": [{"id": "a", "kind": "epci", "population": 350000}, {"id": "b", "kind": "epci", "population": 150000}],
	"departement": "no", "themes": ["donnees"], "start": "2021-04-01", "results": "2022-06-30",
	"budget": [{"category": "prestations", "label": "Développement", "amount": "180000.00"},
		{"category": "personnel", "label": "Chef de projet", "amount": "60000.00"}]}`

func TestVerifyMismatches(t *testing.T) {
	tests := []struct {
		name   string
		keys   string
		expect string
		want   []relancetest.Mismatch
	}{
		{"what came is what was expected", `"date": "2021-03-01", ` + project,
			`"donnees": {"session": "session-1", "status": "open", "verdict": "eligible", "criteria": {"ampleur": "met"},
				"branches": {"ampleur": "population-atteinte", "exclusions": "ligne-exclue", "arrondi": "montant-exact"},
				"missing": [], "eligible": "180000.00", "grant": "90000.00", "remainder": "150000.00"}`, nil},
		{"every expectation wrong", `"date": "2021-03-01", ` + project,
			`"donnees": {"session": "session-2", "status": "upcoming", "verdict": "undetermined", "criteria": {"ampleur": "not-met"},
				"branches": {"ampleur": "population-insuffisante", "exclusions": "aucune-exclusion", "arrondi": "arrondi-centime-inferieur"},
				"missing": ["Practices"], "promise": "conditional", "eligible": "180000.01", "grant": "90000.01", "remainder": "149999.99"}`,
			[]relancetest.Mismatch{
				{Scheme: scheme.Donnees, Field: "session", Path: "cases[0].expect.donnees.session", Want: "session-2", Got: "session-1"},
				{Scheme: scheme.Donnees, Field: "verdict", Path: "cases[0].expect.donnees.verdict", Want: scheme.Undetermined, Got: scheme.Eligible},
				{Scheme: scheme.Donnees, Field: "status", Path: "cases[0].expect.donnees.status", Want: calendar.Upcoming, Got: calendar.Open},
				{Scheme: scheme.Donnees, Field: "criteria.ampleur", Path: "cases[0].expect.donnees.criteria.ampleur", Want: scheme.NotMet, Got: scheme.Met},
				{Scheme: scheme.Donnees, Field: "branches.ampleur", Path: "cases[0].expect.donnees.branches.ampleur", Want: "population-insuffisante", Got: "population-atteinte"},
				{Scheme: scheme.Donnees, Field: "branches.exclusions", Path: "cases[0].expect.donnees.branches.exclusions", Want: "aucune-exclusion", Got: "ligne-exclue"},
				{Scheme: scheme.Donnees, Field: "branches.arrondi", Path: "cases[0].expect.donnees.branches.arrondi", Want: "arrondi-centime-inferieur", Got: "montant-exact"},
				{Scheme: scheme.Donnees, Field: "missing", Path: "cases[0].expect.donnees.missing", Want: []string{"Practices"}, Got: []string(nil)},
				{Scheme: scheme.Donnees, Field: "promise", Path: "cases[0].expect.donnees.promise", Want: relance.ConditionalGrant, Got: relance.Grant},
				{Scheme: scheme.Donnees, Field: "eligible", Path: "cases[0].expect.donnees.eligible", Want: cost.MustParseAmount("180000.01"), Got: cost.MustParseAmount("180000.00")},
				{Scheme: scheme.Donnees, Field: "grant", Path: "cases[0].expect.donnees.grant", Want: cost.MustParseAmount("90000.01"), Got: cost.MustParseAmount("90000.00")},
				{Scheme: scheme.Donnees, Field: "remainder", Path: "cases[0].expect.donnees.remainder", Want: cost.MustParseAmount("149999.99"), Got: cost.MustParseAmount("150000.00")},
			}},
		{"nothing came: no budget, a criterion another session judges", `"date": "2021-03-01", "project": {"lead": {"kind": "epci"}}`,
			`"services-usagers": {"grant": "1.00", "branches": {"arrondi": "montant-exact"}}`,
			[]relancetest.Mismatch{
				{Scheme: scheme.ServicesUsagers, Field: "branches.arrondi", Path: "cases[0].expect.services-usagers.branches.arrondi", Want: "montant-exact"},
				{Scheme: scheme.ServicesUsagers, Field: "grant", Path: "cases[0].expect.services-usagers.grant", Want: cost.MustParseAmount("1.00")},
			}},
		{"a rule the funding did not follow", `"date": "2021-03-01", "schemes": [{"id": "plafonne", "sessions": [{"id": "s", "name": "Session",
				"calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-12-31"}]}, "intake": "p",
				"funding": {"rate": "50%", "ceiling": "10.00"}, "rules": {"applicants": ["commune"]}}]}], ` +
			`"project": {"budget": [{"category": "prestations", "label": "P", "amount": "100.00"}]}`,
			`"plafonne": {"branches": {"plafond": "plafond-applique", "arrondi": "montant-exact"}, "grant": "10.00"}`,
			[]relancetest.Mismatch{
				{Scheme: "plafonne", Field: "branches.arrondi", Path: "cases[0].expect.plafonne.branches.arrondi", Want: "montant-exact"},
			}},
		{"a project that does not validate, and does not say so", `"date": "2021-03-01", "project": {"lead": {"kind": "epci", "population": -1}}`,
			`"donnees": {"criteria": {"ampleur": "not-met"}}`,
			[]relancetest.Mismatch{{Field: "invalid", Path: "cases[0].invalid", Want: []string(nil), Got: []string{"Lead.Population"}}}},
		{"a project declared invalid that validates", `"date": "2021-03-01", "invalid": ["Lead.Population"], "project": {"lead": {"kind": "epci", "population": 1}}`,
			`"donnees": {"criteria": {"ampleur": "unknown"}}`,
			[]relancetest.Mismatch{{Field: "invalid", Path: "cases[0].invalid", Want: []string{"Lead.Population"}, Got: []string(nil)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := verifyOne(t, file(tt.keys+`, "expect": {`+tt.expect+`}`))
			assert.Equal(t, tt.want, res.Mismatches)
			assert.Equal(t, tt.want == nil, res.Passed())
			assert.Equal(t, "cas.json", res.File)
			assert.Equal(t, "Cas", res.Case)
		})
	}
}

// TestVerifyPromise checks that the grant of a case is the grant the
// option promises: none for an ineligible project, a closed intake or no
// budget, and the remainder the whole budget then.
func TestVerifyPromise(t *testing.T) {
	amount := cost.MustParseAmount
	tests := []struct {
		name   string
		keys   string
		expect string
		want   []relancetest.Mismatch
	}{
		{"an ineligible project is promised nothing, and pays the whole budget", `"date": "2021-03-01", ` + project,
			`"cooperation": {"verdict": "ineligible", "promise": "none", "eligible": "180000.00", "grant": null, "remainder": "240000.00"}`, nil},
		{"the policy's figure for an ineligible project is no grant", `"date": "2021-03-01", ` + project,
			`"cooperation": {"grant": "90000.00", "remainder": "150000.00"}`,
			[]relancetest.Mismatch{
				{Scheme: scheme.Cooperation, Field: "grant", Path: "cases[0].expect.cooperation.grant", Want: amount("90000.00")},
				{Scheme: scheme.Cooperation, Field: "remainder", Path: "cases[0].expect.cooperation.remainder", Want: amount("150000.00"), Got: amount("240000.00")},
			}},
		{"an eligible project is promised its grant", `"date": "2021-03-01", ` + project,
			`"donnees": {"promise": "none", "grant": null}`,
			[]relancetest.Mismatch{
				{Scheme: scheme.Donnees, Field: "promise", Path: "cases[0].expect.donnees.promise", Want: relance.NoGrant, Got: relance.Grant},
				{Scheme: scheme.Donnees, Field: "grant", Path: "cases[0].expect.donnees.grant", Got: amount("90000.00")},
			}},
		{"a closed intake promises nothing: the Incubateur in October 2021", `"date": "2021-10-15", ` + project,
			`"incubateur-territoires": {"status": "closed", "verdict": "undetermined", "promise": "closed", "grant": null, "remainder": "240000.00"}`, nil},
		{"no budget, no grant", `"date": "2021-03-01", "project": {"lead": {"kind": "epci"}}`,
			`"donnees": {"promise": "none", "grant": null}`, nil},
		{"no budget, no grant to expect", `"date": "2021-03-01", "project": {"lead": {"kind": "epci"}}`,
			`"donnees": {"grant": "1.00"}`,
			[]relancetest.Mismatch{{Scheme: scheme.Donnees, Field: "grant", Path: "cases[0].expect.donnees.grant", Want: amount("1.00")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := verifyOne(t, file(tt.keys+`, "expect": {`+tt.expect+`}`))
			assert.Equal(t, tt.want, res.Mismatches)
		})
	}
}

// TestVerifyFormat1 checks that a file of the first version reads as it
// was meant: the grant is the policy's figure whatever the verdict, and
// null states nothing.
func TestVerifyFormat1(t *testing.T) {
	f, err := relancetest.Parse("cas.json", []byte(`{"format": "numerique/cas/1", "cases": [{"name": "Cas", "date": "2021-03-01", `+project+`,
		"expect": {"cooperation": {"verdict": "ineligible", "grant": "90000.00", "remainder": "150000.00"},
			"donnees": {"verdict": "eligible", "grant": null}, "services-usagers": {"grant": "1.00"}}}]}`))
	require.NoError(t, err)
	assert.Equal(t, relancetest.Format1, f.Format)
	rep := relancetest.Verify([]relancetest.File{f})
	res := rep.Results[0]
	assert.Equal(t, []relancetest.Mismatch{
		{Scheme: scheme.ServicesUsagers, Field: "grant", Path: "cases[0].expect.services-usagers.grant", Want: cost.MustParseAmount("1.00"), Got: cost.MustParseAmount("90000.00")},
	}, res.Mismatches, "the figure of an ineligible project's policy, and null checks nothing")
	for _, r := range res.Reached {
		assert.NotEqual(t, scheme.Donnees, r.Scheme, "a grant of null reaches nothing")
	}
}

// TestVerifyWithoutDay checks a case that asks for a check without a day,
// as scheme.Session.Check judges: the start is compared with the request
// day given, and is to settle without it.
func TestVerifyWithoutDay(t *testing.T) {
	tests := []struct {
		name string
		keys string
		want string
	}{
		{"the day of the orientation is the request day", `"date": "2021-03-01", ` + project,
			`{"criteria": {"commencement": "met"}, "branches": {"commencement": "apres-la-demande"}, "missing": [], "promise": "grant"}`},
		{"without a day, the request day is to settle", `"date": "2021-03-01", "check": "session", ` + project,
			`{"verdict": "undetermined", "criteria": {"commencement": "unknown"}, "branches": {"commencement": "demande-a-preciser"},
				"missing": ["Requested"], "promise": "conditional", "grant": "90000.00"}`},
		{"without a day, the request day given", `"date": "2021-03-01", "check": "session", ` + strings.Replace(project, `"start"`, `"requested": "2021-05-03", "start"`, 1),
			`{"verdict": "ineligible", "criteria": {"commencement": "not-met"}, "branches": {"commencement": "avant-la-demande"}, "missing": [], "promise": "none"}`},
		{"the check by orientation, said", `"date": "2021-03-01", "check": "orientation", ` + project,
			`{"verdict": "eligible", "branches": {"commencement": "apres-la-demande"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := verifyOne(t, file(tt.keys+`, "expect": {"donnees": `+tt.want+`}`))
			assert.True(t, res.Passed(), res.Message())
		})
	}
}

// TestVerifyFacts checks the figures a criterion was judged on, as a case
// states them.
func TestVerifyFacts(t *testing.T) {
	res := verifyOne(t, file(`"date": "2021-03-01", `+project+`, "expect": {"donnees": {"facts": {
		"ampleur": {"kind": "syndicat", "covered": 500000, "threshold": 500000, "overlap": 0, "shortfall": 0},
		"thematique": {"themes": ["donnees"], "excluded": []},
		"resultats": {"deadline": "2022-10-01", "months": 18},
		"commencement": {"start": "2021-04-01", "requested": "2021-03-01"}}}}`))
	assert.True(t, res.Passed(), res.Message())
	assert.Equal(t, []relancetest.Reached{
		{Scheme: scheme.Donnees, Session: "session-1", Branch: relancetest.Branch{Rule: "ampleur", Code: "population-atteinte"}},
		{Scheme: scheme.Donnees, Session: "session-1", Branch: relancetest.Branch{Rule: "thematique", Code: "theme-finance"}},
		{Scheme: scheme.Donnees, Session: "session-1", Branch: relancetest.Branch{Rule: "resultats", Code: "dans-le-delai"}},
		{Scheme: scheme.Donnees, Session: "session-1", Branch: relancetest.Branch{Rule: "commencement", Code: "apres-la-demande"}},
	}, res.Reached, "the facts of a criterion reach its branch")

	res = verifyOne(t, file(`"date": "2021-03-01", `+project+`, "expect": {"donnees": {"facts": {
		"ampleur": {"covered": 445059, "kind": "epci"}, "thematique": {"themes": []}, "resultats": {"deadline": ""}}}}`))
	assert.Equal(t, []relancetest.Mismatch{
		{Scheme: scheme.Donnees, Field: "facts.ampleur.covered", Path: "cases[0].expect.donnees.facts.ampleur.covered", Want: 445059, Got: 500000},
		{Scheme: scheme.Donnees, Field: "facts.ampleur.kind", Path: "cases[0].expect.donnees.facts.ampleur.kind", Want: "epci", Got: "syndicat"},
		{Scheme: scheme.Donnees, Field: "facts.thematique.themes", Path: "cases[0].expect.donnees.facts.thematique.themes", Want: []scheme.Theme{}, Got: []scheme.Theme{scheme.ThemeDonnees}},
		{Scheme: scheme.Donnees, Field: "facts.resultats.deadline", Path: "cases[0].expect.donnees.facts.resultats.deadline", Want: calendar.Date{}, Got: calendar.MustDate(2022, time.October, 1)},
	}, res.Mismatches)
	text := french.Visible(res.Message())
	for _, want := range []string{
		"  - fait covered du critère ampleur (population couverte)~: attendu 445^059~; obtenu 500^000\n",
		"  - fait kind du critère ampleur (nature du porteur)~: attendu «~epci~»~; obtenu «~syndicat~»\n",
		"  - fait themes du critère thematique (thèmes financés)~: attendu aucun~; obtenu Données\n",
		"  - fait deadline du critère resultats (date limite des résultats)~: attendu aucune~; obtenu 1er octobre 2022\n",
	} {
		assert.Contains(t, text, want)
	}

	res = verifyOne(t, file(`"date": "2021-03-01", "schemes": [{"id": "deux", "sessions": [
		{"id": "s1", "name": "1re session", "calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-06-30"}]}, "intake": "p", "rules": {"applicants": ["commune"]}},
		{"id": "s2", "name": "2e session", "calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-07-01/2021-12-31"}]}, "intake": "p", "rules": {"applicants": ["commune"], "threshold": 10}}]}],
		"expect": {"deux": {"facts": {"ampleur": {"threshold": 10}}}}`))
	require.Len(t, res.Mismatches, 1)
	assert.Nil(t, res.Mismatches[0].Got)
	assert.Contains(t, french.Visible(res.Message()), "  - fait threshold du critère ampleur (seuil)~: attendu 10~; obtenu rien~: la 1re session ne juge pas ce critère\n")
}

func TestVerifyInvalidProject(t *testing.T) {
	res := verifyOne(t, file(`"date": "2021-07-01", "invalid": ["Lead.Kind", "Budget[0]"],
		"project": {"lead": {"kind": "mairie"}, "budget": [{"category": "salaires", "label": "Agents", "amount": "10.00"}]},
		"expect": {"donnees": {"session": "session-1", "status": "closed", "criteria": {"demandeur": "not-met"}}}`))
	assert.True(t, res.Passed(), res.Message())
	require.Error(t, res.Invalid)
	require.Len(t, res.Options, 4, "one option per scheme, as OrientAmong would give")
	for _, o := range res.Options {
		assert.Nil(t, o.Funding, "an invalid budget has no funding")
	}
	o := res.Options[2]
	assert.Equal(t, scheme.Donnees, o.Scheme.ID())
	assert.Equal(t, "session-2", o.Next.ID(), "between the sessions, the next one")
	assert.Nil(t, o.Phase, "no step in progress")
	assert.Equal(t, calendar.MustDate(2021, time.July, 1), o.On)
}

func TestVerifyReached(t *testing.T) {
	res := verifyOne(t, file(`"date": "2021-03-01", `+project+`, "expect": {
		"donnees": {"criteria": {"ampleur": "met"}, "branches": {"resultats": "dans-le-delai"}},
		"cooperation": {"eligible": "180000.00", "grant": null},
		"services-usagers": {"verdict": "ineligible", "grant": null}}`))
	require.True(t, res.Passed(), res.Message())
	assert.Equal(t, []relancetest.Reached{
		{Scheme: scheme.Donnees, Session: "session-1", Branch: relancetest.Branch{Rule: "ampleur", Code: "population-atteinte"}},
		{Scheme: scheme.Donnees, Session: "session-1", Branch: relancetest.Branch{Rule: "resultats", Code: "dans-le-delai"}},
		{Scheme: scheme.Cooperation, Session: "session-1", Branch: relancetest.Branch{Rule: "exclusions", Code: "ligne-exclue"}},
	}, res.Reached, "the branches of what the case states, and nothing of services-usagers, of which it states only the verdict")
}

// TestVerifyReachedFunding checks that each figure of the funding that a
// case states reaches the funding rules it depends on, and only them.
func TestVerifyReachedFunding(t *testing.T) {
	const capped = `"schemes": [{"id": "plafonne", "sessions": [{"id": "s", "name": "Session",
		"calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-12-31"}]}, "intake": "p",
		"funding": {"rate": "50%", "excluded": ["personnel"], "ceiling": "10.00"}, "rules": {"applicants": ["commune"]}}]}]`
	const small = `"project": {"lead": {"kind": "commune"}, "budget": [{"category": "prestations", "label": "P", "amount": "10.00"},
		{"category": "personnel", "label": "Agent", "amount": "5.00"}]}`
	const large = `"project": {"lead": {"kind": "commune"}, "budget": [{"category": "prestations", "label": "P", "amount": "100.00"},
		{"category": "personnel", "label": "Agent", "amount": "5.00"}]}`
	tests := []struct {
		name   string
		data   string
		scheme scheme.ID
		want   []string // the rules reached
	}{
		{"the eligible base checks the exclusions alone", file(`"date": "2021-03-01", ` + project + `, "expect": {"donnees": {"eligible": "180000.00"}}`),
			scheme.Donnees, []string{"exclusions"}},
		{"no grant promised: the remainder is the whole budget, which no funding rule decides", file(`"date": "2021-03-01", ` + project +
			`, "expect": {"cooperation": {"verdict": "ineligible", "promise": "none", "grant": null, "eligible": "180000.00", "remainder": "240000.00"}}`),
			scheme.Cooperation, []string{"exclusions"}},
		{"a closed intake: the remainder alone reaches nothing", file(`"date": "2021-10-15", ` + project + `, "expect": {"incubateur-territoires": {"remainder": "240000.00"}}`),
			scheme.Incubateur, nil},
		{"a promise reaches nothing", file(`"date": "2021-03-01", ` + project + `, "expect": {"donnees": {"promise": "grant"}}`),
			scheme.Donnees, nil},
		{"a grant promised checks the exclusions and the rounding", file(`"date": "2021-03-01", ` + project + `, "expect": {"donnees": {"grant": "90000.00"}}`),
			scheme.Donnees, []string{"exclusions", "arrondi"}},
		{"so does the remainder less a grant promised", file(`"date": "2021-03-01", ` + project + `, "expect": {"donnees": {"remainder": "150000.00"}}`),
			scheme.Donnees, []string{"exclusions", "arrondi"}},
		{"a funding branch stated reaches its own rule", file(`"date": "2021-03-01", ` + project + `, "expect": {"cooperation": {"branches": {"arrondi": "montant-exact"}}}`),
			scheme.Cooperation, []string{"arrondi"}},
		{"in the first version the grant is the policy's figure, promised or not", file1(`"date": "2021-03-01", ` + project + `, "expect": {"cooperation": {"grant": "90000.00"}}`),
			scheme.Cooperation, []string{"exclusions", "arrondi"}},
		{"a grant below the ceiling checks the three rules", file(`"date": "2021-03-01", ` + capped + `, ` + small + `, "expect": {"plafonne": {"grant": "5.00"}}`),
			"plafonne", []string{"exclusions", "plafond", "arrondi"}},
		{"a grant that the ceiling set checks the ceiling alone", file(`"date": "2021-03-01", ` + capped + `, ` + large + `, "expect": {"plafonne": {"remainder": "95.00"}}`),
			"plafonne", []string{"plafond"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := verifyOne(t, tt.data)
			require.True(t, res.Passed(), res.Message())
			var got []string
			for _, r := range res.Reached {
				assert.Equal(t, tt.scheme, r.Scheme)
				got = append(got, r.Branch.Rule)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestMessage(t *testing.T) {
	res := verifyOne(t, file(`"date": "2021-03-01", "project": {"lead": {"kind": "epci", "population": -1}},
		"expect": {"donnees": {"criteria": {"ampleur": "not-met"}}}`))
	require.Len(t, res.Mismatches, 1)
	assert.Equal(t, `Cas «~Cas~» (cas.json)~: 1 écart
Validité du projet~: attendu projet valide~; obtenu des données invalides en Lead.Population
    scheme: validate project: Lead.Population -1: negative population`, french.Visible(res.Message()))

	res = verifyOne(t, file(`"date": "2021-03-01", "project": {"lead": {"kind": "epci"}},
		"expect": {"services-usagers": {"session": "session-2", "status": "upcoming", "verdict": "eligible", "missing": [], "grant": "1.00", "branches": {"exclusions": "ligne-exclue"}},
			"donnees": {"criteria": {"demandeur": "unknown"}, "missing": ["Themes", "Lead.Kind"]}}`))
	text := french.Visible(res.Message())
	for _, want := range []string{
		"Cas «~Cas~» (cas.json)~: 8 écarts\n",
		"Dématérialisation et amélioration des services aux usagers — 1re session (services-usagers)\n",
		"  - session~: attendue «~session-2~»~; obtenue «~session-1~»\n",
		"  - calendrier~: attendu «~à venir~»~; obtenu «~ouvert~»\n",
		"  - verdict~: attendu «~Éligible~»~; obtenu «~Éligibilité à préciser~»\n",
		"  - informations manquantes~: attendues aucune~; obtenues la population du porteur, si le projet couvre un département entier, les thèmes du projet, les bonnes pratiques retenues, la date de début, la date des résultats attendus\n",
		"  - subvention~: attendue 1,00~€~; obtenue rien~: aucun financement calculé, le projet n’a pas de budget\n",
		"  - branche de exclusions~: attendue «~ligne-exclue~»~; obtenue rien~: aucun financement calculé, le projet n’a pas de budget\n",
		"  Explication~:\n    Dématérialisation et amélioration des services aux usagers (DINUM) — 1re session\n",
		"Meilleur usage des données — 1re session (donnees)\n",
		"  - critère demandeur (Demandeur)~: attendu «~À préciser~»~; obtenu «~Satisfait~» (branche admis~: ",
		"  - informations manquantes~: attendues les thèmes du projet, la nature du porteur~; obtenues ",
	} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, text, "Calcul de la subvention", "no funding to explain")

	res = verifyOne(t, file(`"date": "2021-03-01", "schemes": [{"id": "plafonne", "sessions": [{"id": "s", "name": "Session unique",
		"calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-12-31"}]}, "intake": "p",
		"funding": {"rate": "50%", "ceiling": "10.00"}, "rules": {"applicants": ["commune"], "threshold": 10}}]}, {"id": "autre", "sessions": [{"id": "s", "name": "Session unique",
		"calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-12-31"}]}, "intake": "p", "rules": {"applicants": ["commune"], "results_within": 12}}]}],
		"project": {"budget": [{"category": "prestations", "label": "P", "amount": "100.00"}]},
		"expect": {"plafonne": {"branches": {"arrondi": "montant-exact"}, "remainder": "50.00"}, "autre": {"criteria": {"resultats": "met"}}}`))
	text = french.Visible(res.Message())
	for _, want := range []string{
		"  - branche de arrondi~: attendue «~montant-exact~»~; obtenue rien~: le financement n’a pas suivi cette règle\n",
		"  - reste à charge~: attendu 50,00~€~; obtenu 90,00~€ (écart~: 40,00~€)\n",
		"  Calcul de la subvention~:\n",
		"  - critère resultats (Résultats sous 12 mois)~: attendu «~Satisfait~»~; obtenu «~À préciser~» (branche dates-a-preciser~: ",
	} {
		assert.Contains(t, text, want)
	}

	res = verifyOne(t, file(`"date": "2021-03-01", "expect": {"donnees": {"criteria": {"resultats": "unknown"}}}`))
	assert.Empty(t, res.Message(), "a case that passed says nothing")
}

func TestMessagePromise(t *testing.T) {
	res := verifyOne(t, file(`"date": "2021-03-01", `+project+`, "expect": {
		"cooperation": {"grant": "90000.00"}, "donnees": {"promise": "none", "grant": null}}`))
	text := french.Visible(res.Message())
	for _, want := range []string{
		"  - subvention~: attendue 90^000,00~€~; obtenue aucune (Pas de subvention)\n",
		"  - promesse~: attendue «~Pas de subvention~»~; obtenue «~Subvention~»\n",
		"  - subvention~: attendue aucune~; obtenue 90^000,00~€ (Subvention)\n",
		"  Calcul de la subvention~:\n",
	} {
		assert.Contains(t, text, want)
	}
	assert.Equal(t, 1, strings.Count(text, "Calcul"), "the computation of the grant promised by donnees only")
}

// TestMessageNoPromise checks that the message about an option that
// promises no grant never prints the policy's grant as if it were
// promised: it leaves the computation out when the figures compared are
// the money promised, and heads it as the policy's when a figure that
// differs is the policy's.
func TestMessageNoPromise(t *testing.T) {
	const policy = "  Calcul selon la politique de la session, sans subvention promise (Pas de subvention)~:\n    Coût total~: 240^000,00~€\n"
	tests := []struct {
		name     string
		data     string
		contains []string
		heading  string // "": no computation
	}{
		{"an ineligible project, a grant stated", file(`"date": "2021-03-01", ` + project + `, "expect": {"cooperation": {"grant": "90000.00", "remainder": "150000.00"}}`),
			[]string{"  - subvention~: attendue 90^000,00~€~; obtenue aucune (Pas de subvention)\n",
				"  - reste à charge~: attendu 150^000,00~€~; obtenu 240^000,00~€ (écart~: 90^000,00~€)\n"}, ""},
		{"a closed intake, a grant stated", file(`"date": "2021-10-15", ` + project + `, "expect": {"incubateur-territoires": {"grant": "120000.00"}}`),
			[]string{"  - subvention~: attendue 120^000,00~€~; obtenue aucune (Dépôt clos~: plus de subvention à demander)\n",
				"      Dépôt clos~: plus de subvention à demander~; aucune session ultérieure connue"}, ""},
		{"an ineligible project, the eligible base wrong", file(`"date": "2021-03-01", ` + project + `, "expect": {"cooperation": {"eligible": "240000.00"}}`),
			[]string{"  - assiette éligible~: attendue 240^000,00~€~; obtenue 180^000,00~€ (écart~: -60^000,00~€)\n"}, policy},
		{"the first version compares the policy's grant", file1(`"date": "2021-03-01", ` + project + `, "expect": {"cooperation": {"grant": "90000.01"}}`),
			[]string{"  - subvention~: attendue 90^000,01~€~; obtenue 90^000,00~€ (écart~: -0,01~€)\n"}, policy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := french.Visible(verifyOne(t, tt.data).Message())
			for _, want := range tt.contains {
				assert.Contains(t, text, want)
			}
			if tt.heading == "" {
				assert.NotContains(t, text, "Calcul", "no computation")
				assert.NotContains(t, text, "Subvention de l’État")
				return
			}
			assert.Contains(t, text, tt.heading)
			assert.NotContains(t, text, "Calcul de la subvention")
		})
	}
}

func TestMessageCriterionNotJudged(t *testing.T) {
	res := verifyOne(t, file(`"date": "2021-03-01", "schemes": [{"id": "deux", "sessions": [
		{"id": "s1", "name": "1re session", "calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-06-30"}]}, "intake": "p", "rules": {"applicants": ["commune"]}},
		{"id": "s2", "name": "2e session", "calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-07-01/2021-12-31"}]}, "intake": "p", "rules": {"applicants": ["commune"], "shared_need": true}}]}],
		"expect": {"deux": {"criteria": {"besoin-commun": "met"}, "branches": {"besoin-commun": "besoin-commun"}}}`))
	require.Len(t, res.Mismatches, 2)
	assert.Contains(t, french.Visible(res.Message()), "  - critère besoin-commun (Besoin commun)~: attendu «~Satisfait~»~; obtenu rien~: la 1re session ne juge pas ce critère\n")
	assert.Contains(t, french.Visible(res.Message()), "  - branche de besoin-commun~: attendue «~besoin-commun~»~; obtenue rien~: la 1re session ne juge pas ce critère\n")
}

func TestReportSummary(t *testing.T) {
	files, err := relancetest.ReadFiles("testdata/faux.json")
	require.NoError(t, err)
	rep := relancetest.Verify(files)
	assert.Equal(t, "2 cas~: 1 réussi, 1 en échec~; 3 branches atteintes sur 60", french.Visible(rep.Summary()),
		"the two sessions of the one scheme the cases name")
	assert.True(t, strings.HasSuffix(rep.Table(), "\n\n"+rep.Summary()), "the table ends with the summary")
	assert.True(t, strings.HasPrefix(rep.Table(), "Meilleur usage des données — 1re session (donnees/session-1)"))
	assert.Len(t, rep.Coverage.Sessions, 2)

	all := relancetest.VerifyAll(files)
	assert.Equal(t, rep.Results, all.Results)
	assert.Len(t, all.Coverage.Sessions, 7, "every session of the catalogue, on request")
	assert.Equal(t, "2 cas~: 1 réussi, 1 en échec~; 3 branches atteintes sur 215", french.Visible(all.Summary()))

	one := relancetest.Verify([]relancetest.File{{Name: "vide.json", Cases: files[0].Cases[1:]}})
	assert.Equal(t, "1 cas~: 1 réussi, 0 en échec~; 3 branches atteintes sur 60", french.Visible(one.Summary()))
	assert.Equal(t, "0 cas~: 0 réussi, 0 en échec~; 0 branche atteinte sur 0", french.Visible(relancetest.Verify(nil).Summary()))
}

func TestReportFailed(t *testing.T) {
	files, err := relancetest.Load(relancetest.Corpus(), "demandeur.json")
	require.NoError(t, err)
	rep := relancetest.Verify(files)
	assert.Zero(t, rep.Failed())
	assert.Zero(t, relancetest.Verify(nil).Failed())
	assert.Empty(t, relancetest.Verify(nil).Coverage.Sessions)
}
