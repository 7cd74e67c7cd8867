package relancetest_test

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// file returns a case file of one case whose keys, after its name, are
// keys.
func file(keys string) string {
	return `{"format": "numerique/cas/2", "cases": [{"name": "Cas", ` + keys + `}]}`
}

// file1 is file, of the format's first version.
func file1(keys string) string {
	return `{"format": "numerique/cas/1", "cases": [{"name": "Cas", ` + keys + `}]}`
}

// valid are the keys of a valid case, after its name.
const valid = `"date": "2021-03-01", "expect": {"donnees": {"verdict": "undetermined"}}`

func TestParse(t *testing.T) {
	data, err := os.ReadFile("testdata/exemple.json")
	require.NoError(t, err)
	f, err := relancetest.Parse("testdata/exemple.json", data)
	require.NoError(t, err)
	assert.Equal(t, "testdata/exemple.json", f.Name)
	assert.Equal(t, "Un entrepôt de données mutualisé, et un fonds régional à côté du catalogue.", f.Description)
	require.Len(t, f.Cases, 1)
	c := f.Cases[0]
	assert.Equal(t, "Syndicat de trois EPCI, entrepôt de données", c.Name)
	assert.Equal(t, calendar.MustDate(2021, time.March, 1), c.Date)
	assert.Equal(t, scheme.Syndicat, c.Project.Lead.Kind)
	assert.Equal(t, cost.MustParseAmount("180000.00"), c.Project.Budget[0].Amount)
	var ids []scheme.ID
	for _, s := range c.Schemes {
		ids = append(ids, s.ID())
	}
	assert.Equal(t, []scheme.ID{scheme.Incubateur, scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation, "fonds-regional"}, ids,
		"the file's scheme after the catalogue")
	rep := relancetest.Verify([]relancetest.File{f})
	require.Len(t, rep.Results, 1)
	assert.True(t, rep.Results[0].Passed(), rep.Results[0].Message())
}

// TestParseByteOrderMark checks that a file that an editor saved with a
// UTF-8 byte-order mark reads as the same file without it.
func TestParseByteOrderMark(t *testing.T) {
	data, err := os.ReadFile("testdata/exemple.json")
	require.NoError(t, err)
	want, err := relancetest.Parse("testdata/exemple.json", data)
	require.NoError(t, err)
	got, err := relancetest.Parse("testdata/exemple.json", append([]byte("\ufeff"), data...))
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestParseSchemes(t *testing.T) {
	whatIf := `{"id": "donnees", "name": "Données plafonnées", "sessions": [{"id": "s", "name": "Session",
		"calendar": {"phases": [{"id": "candidatures", "name": "Dépôt", "window": "2021-01-01/2021-12-31"}]},
		"intake": "candidatures", "funding": {"rate": "50%", "ceiling": "1000.00"}, "rules": {"applicants": ["commune"]}}]}`
	regional := `{"id": "fonds", "name": "Fonds", "sessions": [{"id": "s", "name": "Session",
		"calendar": {"phases": [{"id": "candidatures", "name": "Dépôt", "window": "2021-01-01/2021-12-31"}]},
		"intake": "candidatures", "rules": {"applicants": ["commune"]}}]}`
	tests := []struct {
		name string
		data string
		want []scheme.ID
	}{
		{"the catalogue by default", file(valid), []scheme.ID{scheme.Incubateur, scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation}},
		{"the file's schemes instead", `{"format": "numerique/cas/2", "schemes": [` + regional + `], "cases": [{"name": "Cas", "date": "2021-03-01", "expect": {"fonds": {"verdict": "undetermined"}}}]}`,
			[]scheme.ID{"fonds"}},
		{"a what-if replaces its scheme in the catalogue", `{"format": "numerique/cas/2", "catalogue": true, "schemes": [` + whatIf + `, ` + regional + `], "cases": [{"name": "Cas", ` + valid + `}]}`,
			[]scheme.ID{scheme.Incubateur, scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation, "fonds"}},
		{"a case's own schemes replace the file's", `{"format": "numerique/cas/2", "schemes": [` + regional + `], "cases": [{"name": "Cas", "catalogue": true, "schemes": [` + whatIf + `], ` + valid + `}]}`,
			[]scheme.ID{scheme.Incubateur, scheme.ServicesUsagers, scheme.Donnees, scheme.Cooperation}},
		{"a case may leave the file's catalogue", `{"format": "numerique/cas/2", "catalogue": true, "schemes": [` + regional + `], "cases": [{"name": "Cas", "catalogue": false, "date": "2021-03-01", "expect": {"fonds": {"verdict": "undetermined"}}}]}`,
			[]scheme.ID{"fonds"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := relancetest.Parse("cas.json", []byte(tt.data))
			require.NoError(t, err)
			var ids []scheme.ID
			for _, s := range f.Cases[0].Schemes {
				ids = append(ids, s.ID())
			}
			assert.Equal(t, tt.want, ids)
		})
	}
	f, err := relancetest.Parse("cas.json", []byte(`{"format": "numerique/cas/2", "catalogue": true, "schemes": [`+whatIf+`], "cases": [{"name": "Cas", `+valid+`}]}`))
	require.NoError(t, err)
	assert.Equal(t, cost.MustParseAmount("1000.00"), f.Cases[0].Schemes[2].Sessions()[0].Funding().Ceiling, "the what-if's policy")
}

func TestParseInvalidFacts(t *testing.T) {
	f, err := relancetest.Parse("cas.json", []byte(file(`"date": "2021-03-01",
		"invalid": ["Lead.Kind", "SharedNeed", "Themes[1]", "Budget[0]"],
		"project": {"lead": {"kind": "mairie"}, "shared_need": 7, "themes": ["donnees", "sport"],
			"budget": [{"category": "salaires", "label": "Agents", "amount": "10.00"}]},
		"expect": {"donnees": {"verdict": "ineligible"}}`)))
	require.NoError(t, err)
	p := f.Cases[0].Project
	assert.Equal(t, scheme.Kind("mairie"), p.Lead.Kind, "taken verbatim")
	assert.Equal(t, scheme.Answer(7), p.SharedNeed)
	assert.Equal(t, []scheme.Theme{scheme.ThemeDonnees, "sport"}, p.Themes)
	assert.Equal(t, cost.Category("salaires"), p.Budget[0].Category)
	assert.Equal(t, []string{"Lead.Kind", "SharedNeed", "Themes[1]", "Budget[0]"}, f.Cases[0].Invalid)
}

func TestParseErrors(t *testing.T) {
	definition := func(rules string) string {
		return `{"format": "numerique/cas/2", "schemes": [{"id": "fonds", "sessions": [{"id": "s",
			"calendar": {"phases": [{"id": "candidatures", "name": "Dépôt", "window": "2021-01-01/2021-12-31"}]},
			"intake": "candidatures", "rules": ` + rules + `}]}], "cases": [{"name": "Cas", "date": "2021-03-01", "expect": {"fonds": {"verdict": "eligible"}}}]}`
	}
	tests := []struct {
		name string
		data string
		is   error
		want string // the whole message
	}{
		{"not JSON", `{"format": "numerique/cas/2",` + "\n" + `"cases": [}`, relancetest.ErrSyntax,
			`relancetest: load "cas.json": invalid JSON at line 2, column 11: invalid character '}' looking for beginning of value`},
		{"an empty file", ``, relancetest.ErrSyntax, `relancetest: load "cas.json": invalid JSON: the file is empty`},
		{"a byte-order mark alone is an empty file", "\ufeff \n", relancetest.ErrSyntax, `relancetest: load "cas.json": invalid JSON: the file is empty`},
		{"a byte-order mark counts in no column", "\ufeff" + `{"format": "numerique/cas/2", "cases": [}`, relancetest.ErrSyntax,
			`relancetest: load "cas.json": invalid JSON at line 1, column 41: invalid character '}' looking for beginning of value`},
		{"an array", `[]`, relancetest.ErrWrongType, `relancetest: load "cas.json": wrong type: want an object, got an array`},
		{"no format", `{"cases": [{"name": "Cas", ` + valid + `}]}`, relancetest.ErrRequired,
			`relancetest: load "cas.json": format: required: want "numerique/cas/2"`},
		{"another format", `{"format": "numerique/cas/3", "cases": [{"name": "Cas", ` + valid + `}]}`, relancetest.ErrFormat,
			`relancetest: load "cas.json": format "numerique/cas/3": unsupported format: want "numerique/cas/2", or "numerique/cas/1" read as it was meant`},
		{"a misspelt key of the file", `{"format": "numerique/cas/2", "caes": []}`, relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": caes: unknown key: want format, description, catalogue, schemes or cases` + "\n" +
				`relancetest: load "cas.json": cases: required: at least one case`},
		{"no case", `{"format": "numerique/cas/2", "cases": []}`, relancetest.ErrRequired,
			`relancetest: load "cas.json": cases: required: at least one case`},
		{"a key in capitals", file(`"Date": "2021-03-01", "expect": {"donnees": {"verdict": "eligible"}}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].Date: unknown key: want name, description, source, date, catalogue, schemes, check, invalid, project or expect` + "\n" +
				`relancetest: load "cas.json": case "Cas": cases[0].date: required: the day of the orientation, such as "2021-03-01"`},
		{"a key given twice", file(valid + `, "date": "2021-03-02"`), relancetest.ErrDuplicate,
			`relancetest: load "cas.json": case "Cas": cases[0].date: duplicate key`},
		{"a misspelt key of the project", file(`"project": {"lead": {"populaton": 3}}, ` + valid), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].project.lead.populaton: unknown key: want id, name, kind, population or departement_code`},
		{"a number as text", file(`"project": {"lead": {"population": "12"}}, ` + valid), relancetest.ErrWrongType,
			`relancetest: load "cas.json": case "Cas": cases[0].project.lead.population "12": wrong type: want a number, got a string`},
		{"an unknown kind, not declared invalid", file(`"project": {"lead": {"kind": "mairie"}}, ` + valid), scheme.ErrUnknownValue,
			`relancetest: load "cas.json": case "Cas": cases[0].project.lead.kind "mairie": unknown kind: want commune, epci, departement, region, statut-particulier, syndicat or partenaire`},
		{"an answer as a number, not declared invalid", file(`"project": {"shared_need": 7}, ` + valid), relancetest.ErrWrongType,
			`relancetest: load "cas.json": case "Cas": cases[0].project.shared_need 7: wrong type: want a string, got a number`},
		{"a null theme, which scheme.Theme refuses as encoding/json would have it", file(`"project": {"themes": ["donnees", null]}, ` + valid), relancetest.ErrWrongType,
			`relancetest: load "cas.json": case "Cas": cases[0].project.themes[1] null: wrong type: want a string, got null`},
		{"an amount with a comma", file(`"project": {"budget": [{"category": "prestations", "amount": "1,5"}]}, ` + valid), cost.ErrInvalidAmount,
			`relancetest: load "cas.json": case "Cas": cases[0].project.budget[0].amount "1,5": invalid amount: want euros with a dot before the cents, such as "90000.00"`},
		{"a grant as a JSON number with an exponent", file(`"date": "2021-03-01", "expect": {"donnees": {"grant": 9e4}}`), cost.ErrInvalidAmount,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.grant 9e4: invalid amount: a JSON number with an exponent or more than two decimals; write the amount as a string with at most two decimals, as in "12.50"`},
		{"a grant with an exponent", file(`"date": "2021-03-01", "expect": {"donnees": {"grant": "9e4"}}`), cost.ErrInvalidAmount,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.grant "9e4": invalid amount: want euros with a dot before the cents, such as "90000.00"`},
		{"an answer that is none", file(`"project": {"shared_need": "peut-etre"}, ` + valid), scheme.ErrUnknownValue,
			`relancetest: load "cas.json": case "Cas": cases[0].project.shared_need "peut-etre": unknown answer: want yes, no or ""`},
		{"a verdict in French", file(`"date": "2021-03-01", "expect": {"donnees": {"verdict": "éligible"}}`), scheme.ErrUnknownValue,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.verdict "éligible": unknown verdict: want undetermined, eligible or ineligible`},
		{"a long date, quoted once and cut", file(`"date": "` + strings.Repeat("2", 1000) + `", "expect": {"donnees": {"verdict": "eligible"}}`), calendar.ErrInvalidDate,
			`relancetest: load "cas.json": case "Cas": cases[0].date "` + strings.Repeat("2", 64) + `…" (1000 bytes): invalid date: want YYYY-MM-DD`},
		{"a long theme, quoted once and cut", file(`"project": {"themes": ["` + strings.Repeat("x", 1000) + `"]}, ` + valid), scheme.ErrUnknownValue,
			`relancetest: load "cas.json": case "Cas": cases[0].project.themes[0] "` + strings.Repeat("x", 64) + `…" (1000 bytes): unknown theme: want services, donnees, cooperation, outils-agents, formation or infrastructure`},
		{"no date", file(`"expect": {"donnees": {"verdict": "eligible"}}`), relancetest.ErrRequired,
			`relancetest: load "cas.json": case "Cas": cases[0].date: required: the day of the orientation, such as "2021-03-01"`},
		{"an impossible date", file(`"date": "2021-02-30", "expect": {"donnees": {"verdict": "eligible"}}`), calendar.ErrInvalidDate,
			`relancetest: load "cas.json": case "Cas": cases[0].date "2021-02-30": invalid date: day outside 1..28`},
		{"no name", `{"format": "numerique/cas/2", "cases": [{` + valid + `}]}`, relancetest.ErrRequired,
			`relancetest: load "cas.json": cases[0].name: required: every case has a name, that of its subtest`},
		{"two cases of one name", `{"format": "numerique/cas/2", "cases": [{"name": "Cas", ` + valid + `}, {"name": "Cas", ` + valid + `}]}`, relancetest.ErrDuplicate,
			`relancetest: load "cas.json": case "Cas": cases[1].name: duplicate case name: already that of cases[0]`},
		{"no expectation", file(`"date": "2021-03-01"`), relancetest.ErrRequired,
			`relancetest: load "cas.json": case "Cas": cases[0].expect: required: what is expected of at least one scheme`},
		{"an expectation that states nothing", file(`"date": "2021-03-01", "expect": {"donnees": {}}`), relancetest.ErrRequired,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees: required: an expectation states something: session, verdict, status, criteria, branches, facts, missing, promise, eligible, grant or remainder`},
		{"a misspelt scheme", file(`"date": "2021-03-01", "expect": {"donnes": {"verdict": "eligible"}}`), scheme.ErrUnknownScheme,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnes: unknown scheme: want incubateur-territoires, services-usagers, donnees or cooperation`},
		{"an expectation key in French", file(`"date": "2021-03-01", "expect": {"donnees": {"verdict": "eligible", "subvention": "1.00"}}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.subvention: unknown key: want session, verdict, status, criteria, branches, facts, missing, promise, eligible, grant or remainder`},
		{"an unknown session", file(`"date": "2021-03-01", "expect": {"donnees": {"session": "session-3"}}`), relancetest.ErrUnknownSession,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.session "session-3": unknown session: want session-1 or session-2`},
		{"a misspelt criterion", file(`"date": "2021-03-01", "expect": {"donnees": {"criteria": {"ampleurr": "met"}}}`), relancetest.ErrUnknownCriterion,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.criteria.ampleurr: unknown criterion: want demandeur, ampleur, thematique, resultats or commencement`},
		{"a criterion the scheme does not judge", file(`"date": "2021-03-01", "expect": {"donnees": {"criteria": {"bonnes-pratiques": "met"}}}`), relancetest.ErrUnknownCriterion,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.criteria.bonnes-pratiques: unknown criterion: want demandeur, ampleur, thematique, resultats or commencement`},
		{"a funding rule among the criteria", file(`"date": "2021-03-01", "expect": {"donnees": {"criteria": {"arrondi": "met"}}}`), relancetest.ErrUnknownCriterion,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.criteria.arrondi: unknown criterion: want demandeur, ampleur, thematique, resultats or commencement`},
		{"an outcome in French", file(`"date": "2021-03-01", "expect": {"donnees": {"criteria": {"ampleur": "satisfait"}}}`), scheme.ErrUnknownValue,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.criteria.ampleur "satisfait": unknown outcome: want unknown, met or not-met`},
		{"a rule the scheme does not have", file(`"date": "2021-03-01", "expect": {"donnees": {"branches": {"plafond": "sous-le-plafond"}}}`), relancetest.ErrUnknownCriterion,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.branches.plafond: unknown criterion: want demandeur, ampleur, thematique, resultats, commencement, exclusions or arrondi`},
		{"a misspelt branch", file(`"date": "2021-03-01", "expect": {"donnees": {"branches": {"ampleur": "population-ok"}}}`), relancetest.ErrUnknownBranch,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.branches.ampleur "population-ok": unknown branch: want porteur-departement-region, departement-entier, population-atteinte, population-insuffisante, population-a-preciser or donnee-invalide`},
		{"a branch that contradicts its criterion", file(`"date": "2021-03-01", "expect": {"donnees": {"criteria": {"ampleur": "met"}, "branches": {"ampleur": "population-insuffisante"}}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.branches.ampleur "population-insuffisante": contradiction: the branch gives not-met, the criterion is expected met`},
		{"a missing fact that is no fact", file(`"date": "2021-03-01", "expect": {"donnees": {"missing": ["Lead.Nature"]}}`), relancetest.ErrUnknownFact,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.missing[0] "Lead.Nature": unknown fact: want Lead.Kind, Lead.Population, Members[i].Population, Departement, SharedNeed, Themes, Practices, Start, Results or Requested (scheme.Eligibility.Missing)`},
		{"a missing fact that names an item of a list", file(`"date": "2021-03-01", "expect": {"donnees": {"missing": ["Themes[0]"]}}`), relancetest.ErrUnknownFact,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.missing[0] "Themes[0]": unknown fact: scheme.Eligibility.Missing names Themes as a whole: want "Themes"`},
		{"a missing population of a member the project does not have", file(`"date": "2021-03-01", "project": {"members": [{"kind": "commune"}]}, "expect": {"donnees": {"missing": ["Members[5].Population"]}}`), relancetest.ErrUnknownFact,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.missing[0] "Members[5].Population": unknown fact: the project has 1 member: want Members[0]`},
		{"a missing population of a project without members", file(`"date": "2021-03-01", "expect": {"donnees": {"missing": ["Members[0].Population"]}}`), relancetest.ErrUnknownFact,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.missing[0] "Members[0].Population": unknown fact: the project has no member`},
		{"a missing fact given twice", file(`"date": "2021-03-01", "expect": {"donnees": {"missing": ["Themes", "Themes"]}}`), relancetest.ErrDuplicate,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.missing[1] "Themes": duplicate fact`},
		{"an invalid fact that is no field", file(`"invalid": ["Lead.Kinds"], ` + valid), relancetest.ErrUnknownFact,
			`relancetest: load "cas.json": case "Cas": cases[0].invalid[0] "Lead.Kinds": unknown fact: want Lead.ID, Lead.Kind, Lead.Population, Members[i] and its .ID, .Kind, .Population, Departement, SharedNeed, Themes[i], Practices[i], Results, Budget, Budget[i] or Overlap (scheme.Project.Validate)`},
		{"an invalid fact that names a whole list", file(`"invalid": ["Themes"], "project": {"themes": ["sport"]}, ` + valid), relancetest.ErrUnknownFact,
			`relancetest: load "cas.json": case "Cas": cases[0].invalid[0] "Themes": unknown fact: scheme.Project.Validate reports the items of Themes one by one: want "Themes[0]", "Themes[1]"…`},
		{"an invalid theme the project does not have", file(`"invalid": ["Themes[2]"], "project": {"themes": ["services", "donnees"]}, ` + valid), relancetest.ErrUnknownFact,
			`relancetest: load "cas.json": case "Cas": cases[0].invalid[0] "Themes[2]": unknown fact: the project has 2 themes: want Themes[0] to Themes[1]`},
		{"an invalid line of a budget the project does not have", file(`"invalid": ["Budget[99999999999999999999]"], ` + valid), relancetest.ErrUnknownFact,
			`relancetest: load "cas.json": case "Cas": cases[0].invalid[0] "Budget[99999999999999999999]": unknown fact: the project has no budget line`},
		{"a remainder that a grant lowers, for an ineligible project", file(`"date": "2021-03-01", ` + project + `, "expect": {"cooperation": {"verdict": "ineligible", "remainder": "150000.00"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.cooperation.remainder "150000.00": contradiction: an ineligible project is promised no grant: the applicants pay the whole budget, "240000.00"`},
		{"a remainder that a grant lowers, under a closed intake", file(`"date": "2021-10-15", ` + project + `, "expect": {"incubateur-territoires": {"status": "closed", "remainder": "120000.00"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.incubateur-territoires.remainder "120000.00": contradiction: a closed intake promises no grant: the applicants pay the whole budget, "240000.00"`},
		{"a remainder that a grant lowers, under a promise of none", file(`"date": "2021-03-01", ` + project + `, "expect": {"cooperation": {"promise": "none", "remainder": "150000.00"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.cooperation.remainder "150000.00": contradiction: the promise none pays nothing: the applicants pay the whole budget, "240000.00"`},
		{"a remainder that a grant lowers, with a grant of null", file(`"date": "2021-03-01", ` + project + `, "expect": {"cooperation": {"grant": null, "remainder": "150000.00"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.cooperation.remainder "150000.00": contradiction: no grant is stated: the applicants pay the whole budget, "240000.00"`},
		{"an invalid definition", definition(`{"applicants": ["commune"], "threshold": -5}`), scheme.ErrInvalidDefinition,
			`relancetest: load "cas.json": schemes[0].sessions[0].rules.threshold -5: invalid definition: negative`},
		{"a definition with an unknown kind", definition(`{"applicants": ["mairie"]}`), scheme.ErrUnknownValue,
			`relancetest: load "cas.json": schemes[0].sessions[0].rules.applicants[0] "mairie": unknown kind: want commune, epci, departement, region, statut-particulier, syndicat or partenaire`},
		{"a definition with a misspelt key", definition(`{"applicant": ["commune"]}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": schemes[0].sessions[0].rules.applicant: unknown key: want applicants, threshold, shared_need, themes, excluded_themes, practices, results_within or start_after_request`},
		{"a scheme defined twice", `{"format": "numerique/cas/2", "schemes": [{"id": "a", "sessions": [{"id": "s", "calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-12-31"}]}, "intake": "p", "rules": {"applicants": ["commune"]}}]}, {"id": "a", "sessions": [{"id": "s", "calendar": {"phases": [{"id": "p", "name": "P", "window": "2021-01-01/2021-12-31"}]}, "intake": "p", "rules": {"applicants": ["commune"]}}]}], "cases": [{"name": "Cas", "date": "2021-03-01", "expect": {"a": {"verdict": "eligible"}}}]}`,
			relancetest.ErrDuplicate, `relancetest: load "cas.json": schemes[1].id "a": duplicate scheme: already defined by schemes[0]`},
		{"no definition", `{"format": "numerique/cas/2", "schemes": [], "cases": [{"name": "Cas", ` + valid + `}]}`, relancetest.ErrRequired,
			`relancetest: load "cas.json": schemes: required: at least one definition, or no "schemes" key`},
		{"no scheme at all", file(`"catalogue": false, ` + valid), relancetest.ErrRequired,
			`relancetest: load "cas.json": case "Cas": cases[0].catalogue false: required: a scheme to orient among, from the catalogue or from "schemes"`},
		{"a promise that is none", file(`"date": "2021-03-01", "expect": {"donnees": {"promise": "subvention"}}`), scheme.ErrUnknownValue,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.promise "subvention": unknown promise: want none, grant, conditional or closed`},
		{"a grant to an ineligible project", file(`"date": "2021-03-01", "expect": {"donnees": {"verdict": "ineligible", "grant": "30000.00"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.grant "30000.00": contradiction: an ineligible project is promised no grant: state "grant": null, or leave it out`},
		{"a grant under a closed intake", file(`"date": "2021-03-01", "expect": {"donnees": {"status": "closed", "grant": "30000.00"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.grant "30000.00": contradiction: a closed intake promises no grant: state "grant": null, or leave it out`},
		{"a promise of a grant to an ineligible project", file(`"date": "2021-03-01", "expect": {"donnees": {"verdict": "ineligible", "promise": "grant"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.promise "grant": contradiction: an ineligible project is promised no grant`},
		{"a promise of a closed intake to an ineligible project", file(`"date": "2021-03-01", "expect": {"donnees": {"verdict": "ineligible", "promise": "closed"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.promise "closed": contradiction: an ineligible project is promised no grant`},
		{"a closed intake promised under an open one", file(`"date": "2021-03-01", "expect": {"donnees": {"status": "open", "promise": "closed"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.promise "closed": contradiction: the intake is open: the promise closed is that of a closed intake`},
		{"a grant promised under a closed intake", file(`"date": "2021-03-01", "expect": {"donnees": {"status": "closed", "promise": "conditional"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.promise "conditional": contradiction: a closed intake promises no grant`},
		{"a plain grant to an undetermined project", file(`"date": "2021-03-01", "expect": {"donnees": {"verdict": "undetermined", "promise": "grant"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.promise "grant": contradiction: an undetermined project is promised a conditional grant`},
		{"a conditional grant to an eligible project", file(`"date": "2021-03-01", "expect": {"donnees": {"verdict": "eligible", "promise": "conditional"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.promise "conditional": contradiction: an eligible project is promised a grant, not a conditional one`},
		{"a promise that pays, and no grant", file(`"date": "2021-03-01", "expect": {"donnees": {"promise": "grant", "grant": null}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.grant null: contradiction: the promise grant pays a grant: state its amount`},
		{"a promise of nothing, and a grant", file(`"date": "2021-03-01", "expect": {"donnees": {"promise": "none", "grant": "1.00"}}`), relancetest.ErrContradiction,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.grant "1.00": contradiction: the promise none pays nothing: state "grant": null, or leave it out`},
		{"facts of a criterion the scheme does not judge", file(`"date": "2021-03-01", "expect": {"donnees": {"facts": {"besoin-commun": {"covered": 1}}}}`), relancetest.ErrUnknownCriterion,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.facts.besoin-commun: unknown criterion: want demandeur, ampleur, thematique, resultats or commencement`},
		{"a fact that is none", file(`"date": "2021-03-01", "expect": {"donnees": {"facts": {"ampleur": {"population": 1}}}}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.facts.ampleur.population: unknown key: no fact of the criterion ampleur: want kind, covered, threshold, overlap or shortfall`},
		{"a fact of the wrong type", file(`"date": "2021-03-01", "expect": {"donnees": {"facts": {"ampleur": {"covered": "445059"}}}}`), relancetest.ErrWrongType,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.facts.ampleur.covered "445059": wrong type: want a number, got a string`},
		{"a fact that the criterion does not hold", file(`"date": "2021-03-01", "expect": {"donnees": {"facts": {"ampleur": {"lacking": ["accessibilite"]}}}}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.facts.ampleur.lacking: unknown key: no fact of the criterion ampleur: want kind, covered, threshold, overlap or shortfall`},
		{"a fact of a criterion of one fact", file(`"date": "2021-03-01", "expect": {"services-usagers": {"facts": {"bonnes-pratiques": {"months": 18}}}}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.services-usagers.facts.bonnes-pratiques.months: unknown key: no fact of the criterion bonnes-pratiques: want lacking`},
		{"a fact of a criterion judged on no figure", file(`"date": "2021-03-01", "expect": {"incubateur-territoires": {"facts": {"besoin-commun": {"kind": "epci"}}}}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.incubateur-territoires.facts.besoin-commun: unknown key: the criterion besoin-commun is judged on no figure: state its outcome or its branch`},
		{"no fact", file(`"date": "2021-03-01", "expect": {"donnees": {"facts": {"ampleur": {}}}}`), relancetest.ErrRequired,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.facts.ampleur: required: at least one fact, such as "kind"`},
		{"facts in a file of the first version", file1(`"date": "2021-03-01", "expect": {"donnees": {"facts": {"ampleur": {"covered": 1}}}}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.facts: unknown key: new in "numerique/cas/2"`},
		{"a check that is none", file(`"check": "jour", ` + valid), scheme.ErrUnknownValue,
			`relancetest: load "cas.json": case "Cas": cases[0].check "jour": unknown value: want "orientation" or "session"`},
		{"a promise in a file of the first version", file1(`"date": "2021-03-01", "expect": {"donnees": {"promise": "none"}}`), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].expect.donnees.promise: unknown key: new in "numerique/cas/2", where "grant" is the grant the option promises`},
		{"a check in a file of the first version", file1(`"check": "session", ` + valid), relancetest.ErrUnknownKey,
			`relancetest: load "cas.json": case "Cas": cases[0].check: unknown key: new in "numerique/cas/2"`},
		{"a key with spaces is quoted in the path", file(`"date": "2021-03-01", "expect": {"Fonds régional": {"verdict": "eligible"}}`), scheme.ErrUnknownScheme,
			`relancetest: load "cas.json": case "Cas": cases[0].expect["Fonds régional"]: unknown scheme: want incubateur-territoires, services-usagers, donnees or cooperation`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := relancetest.Parse("cas.json", []byte(tt.data))
			require.Error(t, err)
			assert.Zero(t, f)
			require.ErrorIs(t, err, relancetest.ErrMalformed)
			require.ErrorIs(t, err, tt.is)
			var ce *relancetest.CaseError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, "cas.json", ce.File)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	data, err := os.ReadFile("testdata/malforme.json")
	require.NoError(t, err)
	_, err = relancetest.Parse("testdata/malforme.json", data)
	var paths []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ce *relancetest.CaseError
		require.ErrorAs(t, e, &ce)
		assert.Equal(t, "Trois fautes", ce.Case)
		paths = append(paths, ce.Path)
	}
	assert.Equal(t, []string{
		"cases[0].project.lead.populaton",
		"cases[0].expect.donnes",
		"cases[0].expect.donnees.grant",
		"cases[0].expect.donnees.criteria.ampleurr",
	}, paths)
}

func TestLoad(t *testing.T) {
	one := []byte(file(valid))
	tests := []struct {
		name    string
		fsys    fs.FS
		pattern string
		is      error
		want    string
	}{
		{"no match", fstest.MapFS{}, "*.json", relancetest.ErrNoMatch, `relancetest: load "*.json": no case file matches`},
		{"a bad pattern", fstest.MapFS{}, "[", path.ErrBadPattern, `relancetest: load "[": syntax error in pattern`},
		{"a case name in two files", fstest.MapFS{"a.json": {Data: one}, "b.json": {Data: one}}, "*.json", relancetest.ErrDuplicate,
			`relancetest: load "b.json": case "Cas": cases[0].name: duplicate case name: already in "a.json"`},
		{"a directory that matches", fstest.MapFS{"d.json/x": {Data: one}}, "*.json", fs.ErrInvalid, `relancetest: load "d.json": read d.json: invalid argument`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, err := relancetest.Load(tt.fsys, tt.pattern)
			assert.Nil(t, files)
			require.ErrorIs(t, err, tt.is)
			assert.Equal(t, tt.want, err.Error())
		})
	}
	other := []byte(`{"format": "numerique/cas/2", "cases": [{"name": "Autre cas", ` + valid + `}]}`)
	files, err := relancetest.Load(fstest.MapFS{"b.json": {Data: one}, "a.json": {Data: other}}, "*.json")
	require.NoError(t, err)
	require.Len(t, files, 2)
	assert.Equal(t, "a.json", files[0].Name, "in the order of the names")
	files, err = relancetest.Load(fstest.MapFS{"a.json": {Data: []byte(`{`)}, "b.json": {Data: []byte(`[`)}}, "*.json")
	assert.Nil(t, files)
	assert.Len(t, err.(interface{ Unwrap() []error }).Unwrap(), 2, "every file's problems")
	assert.False(t, errors.Is(err, relancetest.ErrNoMatch))
}

func TestReadFiles(t *testing.T) {
	files, err := relancetest.ReadFiles("testdata/faux.json", "testdata/exemple.json")
	require.NoError(t, err)
	require.Len(t, files, 2)
	assert.Equal(t, "testdata/faux.json", files[0].Name, "in the order given")
	_, err = relancetest.ReadFiles("testdata/absent.json", "testdata/malforme.json")
	require.ErrorIs(t, err, fs.ErrNotExist)
	require.ErrorIs(t, err, relancetest.ErrMalformed, "every file's problems")
	_, err = relancetest.ReadFiles("testdata/faux.json", "testdata/faux.json")
	require.ErrorIs(t, err, relancetest.ErrDuplicate, "the same cases twice")
}
