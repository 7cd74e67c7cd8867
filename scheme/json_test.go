package scheme

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/internal/jsoncheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundTrip encodes v, decodes it into a new T, checks it equals v, and
// returns the JSON.
func roundTrip[T any](t *testing.T, v T) string {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	var back T
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, v, back)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(again))
	return string(data)
}

func TestJSONBody(t *testing.T) {
	got := roundTrip(t, Body{ID: "200000172", Name: "Gironde Numérique", Kind: Syndicat, Population: 1600000})
	assert.JSONEq(t, `{"id":"200000172","name":"Gironde Numérique","kind":"syndicat","population":1600000}`, got)
	assert.JSONEq(t, `{}`, roundTrip(t, Body{}), "what is not given is left out")
	assert.JSONEq(t, `{"kind":"epci","departement_code":"38"}`, roundTrip(t, Body{Kind: EPCI, DepartementCode: "38"}))
}

func TestJSONProject(t *testing.T) {
	p := eligibleFor(ServicesUsagers)
	p.Budget = cost.Budget{{Category: cost.Services, Label: "Développement", Amount: cost.MustParseAmount("180000.50")}}
	got := roundTrip(t, p)
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(got), &fields))
	for _, name := range []string{"title", "lead", "members", "departement", "shared_need", "themes", "practices", "start", "results", "budget", "requested"} {
		assert.Contains(t, fields, name)
	}
	assert.Len(t, fields, 11, "overlap omitted when 0")
	assert.JSONEq(t, `"2021-02-15"`, string(fields["requested"]))
	assert.JSONEq(t, `"no"`, string(fields["departement"]))
	assert.JSONEq(t, `"yes"`, string(fields["shared_need"]))
	assert.JSONEq(t, `["services"]`, string(fields["themes"]))
	assert.JSONEq(t, `"2021-03-01"`, string(fields["start"]))

	assert.JSONEq(t, `{}`, roundTrip(t, Project{}), "a fact not given is left out")
	data, err := json.Marshal(Project{Members: []Body{}, Themes: []Theme{}, Practices: []Practice{}, Budget: cost.Budget{}})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(data), "an empty list is none given")
}

func TestJSONProjectRefusesUnknownValues(t *testing.T) {
	tests := []struct {
		name string
		p    Project
	}{
		{"kind", Project{Lead: Body{Kind: "mairie"}}},
		{"theme", Project{Themes: []Theme{"fibre"}}},
		{"practice", Project{Practices: []Practice{""}}},
		{"answer", Project{SharedNeed: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := json.Marshal(tt.p)
			require.ErrorIs(t, err, ErrUnknownValue)
		})
	}
	inputs := map[string]string{
		"kind":     `{"lead":{"kind":"mairie"}}`,
		"theme":    `{"themes":["fibre"]}`,
		"practice": `{"practices":["rgaa"]}`,
		"answer":   `{"departement":"oui"}`,
	}
	for name, in := range inputs {
		t.Run("decode "+name, func(t *testing.T) {
			var p Project
			require.ErrorIs(t, json.Unmarshal([]byte(in), &p), ErrUnknownValue)
		})
	}
}

func TestJSONScheme(t *testing.T) {
	for _, s := range All() {
		t.Run(string(s.ID()), func(t *testing.T) {
			data, err := json.Marshal(s)
			require.NoError(t, err)
			var back Scheme
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, s.Definition(), back.Definition(), "a Scheme decodes through New to its Definition")
			assert.False(t, s == back, "a new handle")
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))

			var fields map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(data, &fields))
			assert.Len(t, fields, 7)
			for _, name := range []string{"id", "name", "summary", "operator", "examples", "support", "sessions"} {
				assert.Contains(t, fields, name)
			}
			var sessions []map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(fields["sessions"], &sessions))
			for k, se := range sessions {
				required := []string{"id", "name", "calendar", "revisions", "intake", "funding", "rules"}
				if s.Definition().Sessions[k].FundingNote != "" {
					required = append(required, "funding_note")
				}
				if !s.Definition().Sessions[k].Announced.IsZero() {
					required = append(required, "announced")
				}
				assert.Len(t, se, len(required))
				for _, name := range required {
					assert.Contains(t, se, name)
				}
				var rules map[string]json.RawMessage
				require.NoError(t, json.Unmarshal(se["rules"], &rules))
				for _, name := range []string{"applicants", "threshold", "shared_need", "excluded_themes", "practices", "results_within", "start_after_request"} {
					assert.Contains(t, rules, name)
				}
				if s.ID() == Incubateur {
					assert.Len(t, rules, 7, "no themes: any theme")
				} else {
					assert.Len(t, rules, 8)
					assert.Contains(t, rules, "themes")
				}
			}
		})
	}
	data, err := json.Marshal(Scheme{})
	require.NoError(t, err)
	assert.Equal(t, "null", string(data))
	s := mustGet(t, Donnees)
	require.NoError(t, json.Unmarshal([]byte("null"), &s))
	assert.Equal(t, mustGet(t, Donnees), s, "null leaves a Scheme unchanged")
}

func TestJSONSchemeRefusesAnInvalidDefinition(t *testing.T) {
	d := mustGet(t, Donnees).Definition()
	d.Sessions[1].Rules.Threshold = -1
	data, err := json.Marshal(d)
	require.NoError(t, err)
	s := mustGet(t, Cooperation)
	err = json.Unmarshal(data, &s)
	require.ErrorIs(t, err, ErrInvalidDefinition)
	assert.EqualError(t, err, `scheme: decode scheme: sessions[1].rules.threshold -1: negative`)
	var de *DefinitionError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, "Sessions[1].Rules.Threshold", de.Path, "the Go path is kept inside")
	assert.Equal(t, mustGet(t, Cooperation), s, "unchanged on error")
	require.Error(t, json.Unmarshal([]byte(`{"id":3}`), &s))
}

// whatIf returns a scheme built from the definition of « Meilleur usage des
// données » under its catalogue ID, its first session renamed and its
// threshold set to 1: the rules of someone's what-if, not the catalogue's.
func whatIf(t testing.TB) Scheme {
	t.Helper()
	d := donnees()
	d.Sessions[0].Name, d.Sessions[0].Rules.Threshold = "Session hypothétique", 1
	s, err := New(d)
	require.NoError(t, err)
	return s
}

func TestJSONSession(t *testing.T) {
	tests := []struct {
		name string
		se   Session
		want string
	}{
		{"a session of the catalogue", mustGet(t, ServicesUsagers).Sessions()[1], `{"scheme":"services-usagers","id":"session-2","name":"2e session"}`},
		{"the zero Session", Session{}, `null`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.JSONEq(t, tt.want, roundTrip(t, tt.se))
		})
	}
}

// TestJSONSessionRefused checks that a reference that does not name a
// session of the catalogue by its IDs and its name is refused, never read
// as another session: a what-if's session under a catalogue ID names the
// rules of the what-if, which the catalogue's are not.
func TestJSONSessionRefused(t *testing.T) {
	data, err := json.Marshal(whatIf(t).Sessions()[0])
	require.NoError(t, err)
	require.JSONEq(t, `{"scheme":"donnees","id":"session-1","name":"Session hypothétique"}`, string(data))
	long := strings.Repeat("x", 10000)
	tests := []struct {
		name, json string
		is         error
		want       string
	}{
		{"a what-if's session under a catalogue ID", string(data), ErrNameMismatch,
			`scheme: decode session "session-1" of "donnees": name "Session hypothétique": name mismatch: the session is named "1re session"`},
		{"no name", `{"scheme":"donnees","id":"session-1"}`, ErrNameMismatch,
			`scheme: decode session "session-1" of "donnees": name "": name mismatch: the session is named "1re session"`},
		{"a long name, cut", `{"scheme":"donnees","id":"session-1","name":"` + long + `"}`, ErrNameMismatch, `(10000 bytes): name mismatch`},
		{"a caller's own scheme", `{"scheme":"fonds-test","id":"appel-1","name":"Appel"}`, ErrUnknownScheme, `scheme: decode session "fonds-test": unknown scheme`},
		{"a session the scheme does not hold", `{"scheme":"donnees","id":"session-3","name":"3e session"}`, ErrUnknownScheme,
			`scheme: decode session "session-3" of "donnees": unknown scheme: no such session`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			back := mustGet(t, Cooperation).Sessions()[0]
			err := json.Unmarshal([]byte(tt.json), &back)
			require.ErrorIs(t, err, tt.is)
			assert.ErrorContains(t, err, tt.want)
			assert.Less(t, len(err.Error()), 300, "a bounded message")
			assert.Equal(t, mustGet(t, Cooperation).Sessions()[0], back, "unchanged on error")
		})
	}
	var back Session
	require.Error(t, json.Unmarshal([]byte(`[]`), &back))
	assert.True(t, back.IsZero())
}

func TestJSONEligibility(t *testing.T) {
	p := eligibleFor(Donnees)
	p.Members = append(p.Members, Body{Kind: Commune})
	p.Lead.Population = 1
	e := mustGet(t, Donnees).Check(p, calendar.MustDate(2021, time.March, 1))
	require.NotEmpty(t, e.Missing)
	data, err := json.Marshal(e)
	require.NoError(t, err)
	got := string(data)
	var fields map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &fields))
	assert.Len(t, fields, 5)
	assert.JSONEq(t, `"donnees"`, string(fields["scheme"]))
	assert.JSONEq(t, `"session-1"`, string(fields["session"]))
	assert.JSONEq(t, `"undetermined"`, string(fields["verdict"]))
	assert.JSONEq(t, `["Members[1].Population"]`, string(fields["missing"]))
	var criteria []json.RawMessage
	require.NoError(t, json.Unmarshal(fields["criteria"], &criteria))
	require.Len(t, criteria, 5)
	assert.JSONEq(t, `{"code":"demandeur","outcome":"met","branch":"admis","reason":"Porteur\u00a0: Syndicat mixte ou groupement, admis à candidater à la 1re session","kind":"syndicat"}`, string(criteria[0]))
	assert.JSONEq(t, `{"code":"ampleur","outcome":"unknown","branch":"population-a-preciser","reason":`+
		`"Population couverte connue\u00a0: 40\u202f001 habitants\u00a0; seuil de la 1re session\u00a0: 500\u202f000\u00a0; à préciser\u00a0: la population d’un membre`+
		`\u00a0; sans les populations à préciser, il manque 459\u202f999 habitants pour atteindre le seuil de 500\u202f000 de la 1re session\u00a0; un projet mutualisé avec d’autres collectivités peut l’atteindre",`+
		`"kind":"syndicat","covered":40001,"threshold":500000,"shortfall":459999}`, string(criteria[1]))
	assert.JSONEq(t, `{"code":"thematique","outcome":"met","branch":"theme-finance","reason":"Thème du projet\u00a0: Données, celui que finance ce dispositif","themes":["donnees"],"excluded":[]}`, string(criteria[2]))
	assert.JSONEq(t, `{"code":"resultats","outcome":"met","branch":"dans-le-delai","reason":`+
		`"Résultats attendus le 30 juin 2022, dans la limite du 1er septembre 2022 (18 mois après le début, le 1er mars 2021)","deadline":"2022-09-01","months":18}`, string(criteria[3]))
	assert.JSONEq(t, `{"code":"commencement","outcome":"met","branch":"apres-la-demande","reason":`+
		`"Début du projet le 1er mars 2021, après la réception de la demande de subvention le 15 février 2021","start":"2021-03-01","requested":"2021-02-15"}`, string(criteria[4]))

	var back Eligibility
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, e.Explain(), back.Explain(), "a decoded Eligibility keeps its reasons and names")
	for i, c := range back.Criteria {
		assert.Equal(t, e.Criteria[i].Reason(), c.Reason())
		assert.Equal(t, e.Criteria[i].Facts(), c.Facts())
		assert.Equal(t, e.Criteria[i].Branch(), c.Branch())
	}
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, got, string(again))

	zero, err := json.Marshal(Eligibility{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"verdict":"undetermined","criteria":[],"missing":[]}`, string(zero))
	require.NoError(t, json.Unmarshal(zero, &back))
	assert.Nil(t, back.Missing, "none missing, as a check says it")
	assert.Nil(t, back.Criteria)
	_, err = json.Marshal(Eligibility{Verdict: 5})
	require.ErrorIs(t, err, ErrUnknownValue)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"criteria":[{"outcome":"ok"}]}`), &back), ErrUnknownValue)
	require.NoError(t, json.Unmarshal([]byte(`null`), &back))
}

// TestEligibilityWithSession checks that a decoded Eligibility of a scheme
// that is not the catalogue's names its own scheme and session once bound
// to them, and only to the session that its IDs name.
func TestEligibilityWithSession(t *testing.T) {
	p := eligibleFor(Donnees)
	whatIf := whatIf(t).Sessions()[0]
	own := customSession(t, "Appel à projets", Rules{Applicants: []Kind{Syndicat}})
	tests := []struct {
		name   string
		se     Session
		header string // the first line of the decoded Eligibility's Explain, bound
	}{
		{"a what-if under a catalogue ID", whatIf, "Meilleur usage des données, Session hypothétique" + french.Colon + "éligible."},
		{"a caller's own scheme", own, "Fonds régional d’essai, Appel à projets" + french.Colon + "éligible."},
		{"the catalogue", mustGet(t, Donnees).Sessions()[0], "Meilleur usage des données, 1re session" + french.Colon + "éligible."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.se.CheckOn(p, inFirst)
			data, err := json.Marshal(e)
			require.NoError(t, err)
			var back Eligibility
			require.NoError(t, json.Unmarshal(data, &back))
			bound, ok := back.WithSession(tt.se)
			require.True(t, ok)
			assert.Equal(t, e.Explain(), bound.Explain(), "the names of the session that judged")
			assert.Equal(t, tt.header, strings.SplitN(bound.Explain(), "\n", 2)[0])
			again, err := json.Marshal(bound)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))

			other := mustGet(t, Cooperation).Sessions()[0]
			unbound, ok := back.WithSession(other)
			assert.False(t, ok, "not the session that its IDs name")
			assert.Equal(t, back.Explain(), unbound.Explain(), "unchanged")
		})
	}
	zero, ok := Eligibility{}.WithSession(Session{})
	require.True(t, ok, "the zero Eligibility names no session")
	assert.Equal(t, Eligibility{}.Explain(), zero.Explain())
	_, ok = Eligibility{}.WithSession(whatIf)
	assert.False(t, ok)
}

// TestJSONCriterion checks the JSON of the criteria: each rule's facts under
// their keys, none of which means "none" by a sentinel, and a decoded
// criterion that keeps every fact it was given.
func TestJSONCriterion(t *testing.T) {
	incubateur := mustGet(t, Incubateur).Check(Project{Themes: []Theme{ThemeDonnees}}, inFirst)
	grenoble := eligibleFor(Donnees)
	grenoble.Lead = Body{Kind: EPCI, Population: 445059}
	grenoble.Members = []Body{{Kind: Commune, Population: 157650}}
	grenoble.Overlap = 157650
	donnees := mustGet(t, Donnees).Check(grenoble, inFirst)
	zero := mustGet(t, Donnees).Check(Project{}, inFirst)
	tests := []struct {
		name string
		e    Eligibility
		code CriterionCode
		want string // the facts' keys, besides code, outcome, branch and reason
	}{
		{"a lead's kind not given is left out", zero, CodeDemandeur, `{}`},
		{"no population given is 0", zero, CodeAmpleur, `{"covered":0,"threshold":500000}`},
		{"overlap and shortfall", donnees, CodeAmpleur, `{"kind":"epci","covered":445059,"threshold":500000,"overlap":157650,"shortfall":54941}`},
		{"any theme: no themes, the excluded ones", incubateur, CodeThematique, `{"excluded":["infrastructure"]}`},
		{"a funded theme, none excluded", donnees, CodeThematique, `{"themes":["donnees"],"excluded":[]}`},
		{"every practice lacking", incubateur, CodeBonnesPratiques, `{"lacking":["code-ouvert"]}`},
		{"no start, no deadline", zero, CodeResultats, `{"months":18}`},
		{"the day of the check", zero, CodeCommencement, `{"requested":"2021-03-01"}`},
		{"both days", donnees, CodeCommencement, `{"start":"2021-03-01","requested":"2021-02-15"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := tt.e.Criterion(tt.code)
			require.True(t, ok)
			data, err := json.Marshal(c)
			require.NoError(t, err)
			var got map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(data, &got))
			assert.JSONEq(t, `"`+tt.code.String()+`"`, string(got["code"]))
			for _, k := range []string{"code", "outcome", "branch", "reason"} {
				require.Contains(t, got, k)
				delete(got, k)
			}
			facts, err := json.Marshal(got)
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(facts))

			var back Criterion
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, c.Facts(), back.Facts())
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))
		})
	}

	var c Criterion
	require.NoError(t, json.Unmarshal([]byte(`{"code":"demandeur","themes":["donnees"],"covered":5}`), &c))
	assert.Equal(t, Facts{Themes: []Theme{ThemeDonnees}, Covered: 5}, c.Facts(), "every fact given, whatever the code")
	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"demandeur","outcome":"unknown","themes":["donnees"],"covered":5}`, string(data))
	require.NoError(t, json.Unmarshal([]byte(`{"code":"ampleur","covered":0,"excluded":[],"lacking":[],"months":0,"threshold":0,"themes":[],"deadline":""}`), &c))
	data, err = json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"ampleur","outcome":"unknown","covered":0,"excluded":[],"lacking":[],"months":0,"threshold":0}`, string(data),
		"the keys given are kept, a sentinel is not")

	err = json.Unmarshal([]byte(`{"code":"resultats-18-mois"}`), &c)
	require.ErrorIs(t, err, ErrUnknownValue)
	assert.Contains(t, err.Error(), `"resultats-18-mois"`, "an unknown code is named")
	assert.Equal(t, CodeAmpleur, c.Code, "unchanged on error")
	data, err = json.Marshal(Criterion{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"outcome":"unknown"}`, string(data))
	_, err = json.Marshal(Criterion{Code: 9})
	require.ErrorIs(t, err, ErrUnknownValue)
}

// styleProjects are projects that put every criterion in each of its
// outcomes, somewhere among the schemes and the dates of styleDates.
func styleProjects() []Project {
	ineligible := Project{
		Lead: Body{Kind: Partenaire, Population: 10}, Departement: No, SharedNeed: No,
		Themes: []Theme{ThemeInfrastructure}, Practices: []Practice{Mobile},
		Start: day(2021, time.March, 1), Results: day(2023, time.March, 1), Requested: day(2021, time.April, 1),
	}
	invalid := Project{Lead: Body{Kind: "mairie", Population: -3}, Themes: []Theme{"fibre"}, Practices: []Practice{"rgaa"}, Departement: 7}
	grenoble := eligibleFor(Donnees)
	grenoble.Lead = Body{Kind: EPCI, Population: 445059}
	grenoble.Members = []Body{{Kind: Commune, Population: 157650}, {Kind: Commune}}
	grenoble.Overlap = 157650
	ps := []Project{{}, ineligible, invalid, grenoble, benchProjects()["undetermined"]}
	for _, id := range IDs() {
		ps = append(ps, eligibleFor(id))
	}
	return ps
}

// styleDates are the days of the checks of TestJSONStyle: none, and one in
// each session.
var styleDates = []calendar.Date{{}, inFirst, inSecond}

// styleRules are where the package's JSON may hold what jsoncheck reports:
// none.
var styleRules = jsoncheck.Rules{}

// TestJSONStyle walks the JSON of every result of the package — the
// eligibilities of checks that put every criterion in each of its
// outcomes, each criterion alone, the branches and the references of the
// sessions, the schemes and their definitions, a what-if's with empty
// lists, the sources — and of the valid projects checked, and fails on a null, a sentinel for "none" or a key
// that is not snake_case (internal/jsoncheck).
func TestJSONStyle(t *testing.T) {
	values := map[string]any{"zero Eligibility": Eligibility{}, "zero Criterion": Criterion{}}
	seen := map[CriterionCode]map[Outcome]bool{}
	for i, p := range styleProjects() {
		if p.Validate() == nil {
			values[fmt.Sprintf("project %d", i)] = p
		}
		for _, on := range styleDates {
			for _, e := range CheckAll(p, on) {
				name := fmt.Sprintf("project %d on %q: %s", i, on, e.Scheme)
				values[name] = e
				for _, c := range e.Criteria {
					values[name+", "+c.Code.String()] = c
					if seen[c.Code] == nil {
						seen[c.Code] = map[Outcome]bool{}
					}
					seen[c.Code][c.Outcome] = true
				}
			}
		}
	}
	for _, code := range CriterionCodes() {
		assert.Len(t, seen[code], 3, "%s: every outcome met", code)
	}
	for _, s := range All() {
		values[string(s.ID())] = s
		values[string(s.ID())+" definition"] = s.Definition()
		for _, se := range s.Sessions() {
			values[string(s.ID())+" "+se.ID()] = se
			values[string(s.ID())+" "+se.ID()+" branches"] = se.Branches()
		}
	}
	whatIf := mustGet(t, Incubateur).Definition()
	whatIf.Examples, whatIf.Support, whatIf.Sessions[0].Revisions = nil, nil, nil
	whatIf.Sessions[0].Rules.ExcludedThemes, whatIf.Sessions[0].Rules.Practices = nil, nil
	values["a what-if with empty lists"] = whatIf
	for _, src := range Sources() {
		values["source "+src.Tag] = src
	}
	for name, v := range values {
		t.Run(name, func(t *testing.T) {
			problems, err := jsoncheck.Marshal(v, styleRules)
			require.NoError(t, err)
			assert.Empty(t, problems)
		})
	}
	data, err := json.Marshal(whatIf)
	require.NoError(t, err)
	assert.NotContains(t, string(data), `"themes"`, "any theme: no themes")
}

func TestJSONCriterionOfAUserScheme(t *testing.T) {
	se := customSession(t, "Appel régional", Rules{Applicants: []Kind{Commune}, Practices: []Practice{Mobile, CodeOuvert}})
	e := se.Check(Project{Lead: Body{Kind: Commune}, Practices: []Practice{CodeOuvert}})
	data, err := json.Marshal(e)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"lacking":["mobile"]`)
	var back Eligibility
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, e.Criteria[1].Reason(), back.Criteria[1].Reason())
	assert.Contains(t, back.Explain(), "Dispositif fonds-test, appel-1", "a scheme out of the catalogue is named by its IDs once decoded")
	assert.Contains(t, e.Explain(), "Fonds régional d’essai, Appel régional")
}

func TestJSONEnums(t *testing.T) {
	type all struct {
		Kinds     []Kind
		Themes    []Theme
		Practices []Practice
		Answers   []Answer
		Outcomes  []Outcome
		Verdicts  []Verdict
	}
	v := all{
		Kinds:     append(Kinds(), ""),
		Themes:    Themes(),
		Practices: Practices(),
		Answers:   []Answer{Unanswered, Yes, No},
		Outcomes:  []Outcome{Unknown, Met, NotMet},
		Verdicts:  []Verdict{Undetermined, Eligible, Ineligible},
	}
	got := roundTrip(t, v)
	assert.JSONEq(t, `{
		"Kinds":["commune","epci","departement","region","statut-particulier","syndicat","partenaire",""],
		"Themes":["services","donnees","cooperation","outils-agents","formation","infrastructure"],
		"Practices":["accessibilite","langage-simple","mobile","code-ouvert"],
		"Answers":["","yes","no"],
		"Outcomes":["unknown","met","not-met"],
		"Verdicts":["undetermined","eligible","ineligible"]}`, got)
}
