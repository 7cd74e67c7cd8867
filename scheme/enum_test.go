package scheme

import (
	"encoding"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enumValue is what every enumerated type of the package implements.
type enumValue interface {
	comparable
	fmt.Stringer
	fmt.GoStringer
	encoding.TextMarshaler
	Label() string
	IsValid() bool
}

// valid is what a table test says of one valid value of an enumerated type.
type valid[T enumValue] struct {
	v                     T
	text, label, goString string
}

// checkValid checks each valid value against its row: its text, label and
// Go, that MarshalText is String, that parse(String(v)) is v, and that
// UnmarshalText and JSON read the text back.
func checkValid[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, parse func(string) (T, error), rows []valid[T]) {
	t.Helper()
	for _, tt := range rows {
		t.Run(fmt.Sprintf("%#v", tt.v), func(t *testing.T) {
			assert.True(t, tt.v.IsValid())
			assert.Equal(t, tt.text, tt.v.String())
			assert.Equal(t, tt.label, tt.v.Label())
			assert.Equal(t, tt.goString, tt.v.GoString())
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.v))
			text, err := tt.v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.v.String(), string(text), "MarshalText == String")
			got, err := parse(tt.v.String())
			require.NoError(t, err)
			assert.Equal(t, tt.v, got, "Parse(String(v)) == v")
			var back T
			require.NoError(t, P(&back).UnmarshalText(text))
			assert.Equal(t, tt.v, back)
			data, err := json.Marshal(tt.v)
			require.NoError(t, err)
			var fromJSON T
			require.NoError(t, json.Unmarshal(data, &fromJSON))
			assert.Equal(t, tt.v, fromJSON, "JSON round trip of %s", data)
		})
	}
}

// invalid is what a table test says of a value out of an enumerated type.
type invalid[T enumValue] struct {
	v                     T
	text, label, goString string
	marshal               string // the error of MarshalText
}

// checkInvalid checks each invalid value against its row: it prints as
// %!T(…), never "", and it does not marshal.
func checkInvalid[T enumValue](t *testing.T, rows []invalid[T]) {
	t.Helper()
	for _, tt := range rows {
		t.Run(fmt.Sprintf("%#v", tt.v), func(t *testing.T) {
			assert.False(t, tt.v.IsValid())
			assert.Equal(t, tt.text, tt.v.String())
			assert.Equal(t, tt.text, fmt.Sprint(tt.v))
			assert.True(t, strings.HasPrefix(tt.v.String(), "%!"), "an invalid value prints as %%!T(…)")
			assert.Equal(t, tt.label, tt.v.Label())
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.v))
			_, err := tt.v.MarshalText()
			require.ErrorIs(t, err, ErrUnknownValue)
			assert.EqualError(t, err, tt.marshal)
			_, err = json.Marshal(tt.v)
			require.ErrorIs(t, err, ErrUnknownValue)
		})
	}
}

// checkParseErrors checks that parse refuses each text with ErrUnknownValue
// and quotes it, and that UnmarshalText does too and leaves its receiver
// as it was.
func checkParseErrors[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, parse func(string) (T, error), op string, before T, texts ...string) {
	t.Helper()
	for _, in := range texts {
		t.Run(fmt.Sprintf("%q", in), func(t *testing.T) {
			_, err := parse(in)
			require.ErrorIs(t, err, ErrUnknownValue)
			assert.Contains(t, err.Error(), fmt.Sprintf("scheme: parse %s %q: unknown value: want ", op, in))
			v := before
			require.ErrorIs(t, P(&v).UnmarshalText([]byte(in)), ErrUnknownValue)
			assert.Equal(t, before, v, "unchanged on error")
		})
	}
}

const (
	kindList      = "commune, epci, departement, region, statut-particulier, syndicat or partenaire"
	themeWantList = "services, donnees, cooperation, outils-agents, formation or infrastructure"
	practiceList  = "accessibilite, langage-simple, mobile or code-ouvert"
)

func TestKind(t *testing.T) {
	checkValid(t, ParseKind, []valid[Kind]{
		{Commune, "commune", "Commune", "scheme.Commune"},
		{EPCI, "epci", "EPCI à fiscalité propre", "scheme.EPCI"},
		{Departement, "departement", "Département", "scheme.Departement"},
		{Region, "region", "Région", "scheme.Region"},
		{StatutParticulier, "statut-particulier", "Collectivité à statut particulier", "scheme.StatutParticulier"},
		{Syndicat, "syndicat", "Syndicat mixte ou groupement", "scheme.Syndicat"},
		{Partenaire, "partenaire", "Partenaire", "scheme.Partenaire"},
	})
	assert.Equal(t, []Kind{Commune, EPCI, Departement, Region, StatutParticulier, Syndicat, Partenaire}, Kinds())
}

func TestKindErrors(t *testing.T) {
	checkInvalid(t, []invalid[Kind]{
		{"mairie", `%!Kind("mairie")`, "mairie", `scheme.Kind("mairie")`,
			`scheme: marshal kind "mairie": unknown value: want ` + kindList},
		{"Commune", `%!Kind("Commune")`, "Commune", `scheme.Kind("Commune")`,
			`scheme: marshal kind "Commune": unknown value: want ` + kindList},
		{"a\x00", `%!Kind("a\x00")`, "a\x00", `scheme.Kind("a\x00")`,
			`scheme: marshal kind "a\x00": unknown value: want ` + kindList},
	})
	checkParseErrors(t, ParseKind, "kind", Commune,
		"mairie", "Commune", "COMMUNE", " commune", "commune\x00")
	_, err := ParseKind("")
	require.ErrorIs(t, err, ErrUnknownValue, "empty text: not given is no kind")
	assert.EqualError(t, err, `scheme: parse kind "": unknown value: want `+kindList)
}

func TestKindClasses(t *testing.T) {
	tests := []struct {
		kind                     Kind
		collectivite, groupement bool
	}{
		{Commune, true, false},
		{EPCI, false, true},
		{Departement, true, false},
		{Region, true, false},
		{StatutParticulier, true, false},
		{Syndicat, false, true},
		{Partenaire, false, false},
		{"", false, false},
		{"mairie", false, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			assert.Equal(t, tt.collectivite, tt.kind.IsCollectivite())
			assert.Equal(t, tt.groupement, tt.kind.IsGroupement())
		})
	}
}

// TestKindZero checks the zero Kind against its doc: "not given", which is
// not valid but no error, prints and marshals as "".
func TestKindZero(t *testing.T) {
	var zero Kind
	assert.False(t, zero.IsValid(), "the zero Kind is not given, not a kind")
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Label())
	assert.Equal(t, `scheme.Kind("")`, fmt.Sprintf("%#v", zero))
	text, err := zero.MarshalText()
	require.NoError(t, err, "the zero Kind marshals")
	assert.Equal(t, "", string(text))
	assert.NotNil(t, text)
	k := Commune
	require.NoError(t, k.UnmarshalText(nil))
	assert.Equal(t, Kind(""), k, "empty text is the zero Kind")
	data, err := json.Marshal([]Kind{""})
	require.NoError(t, err)
	assert.Equal(t, `[""]`, string(data))
	data, err = json.Marshal(Body{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data), "a body leaves out a kind not given")
}

func TestTheme(t *testing.T) {
	checkValid(t, ParseTheme, []valid[Theme]{
		{ThemeServices, "services", "Services aux usagers", "scheme.ThemeServices"},
		{ThemeDonnees, "donnees", "Données", "scheme.ThemeDonnees"},
		{ThemeCooperation, "cooperation", "Coopération", "scheme.ThemeCooperation"},
		{ThemeOutilsAgents, "outils-agents", "Outils de travail des agents", "scheme.ThemeOutilsAgents"},
		{ThemeFormation, "formation", "Formation des agents au numérique", "scheme.ThemeFormation"},
		{ThemeInfrastructure, "infrastructure", "Infrastructures et équipements", "scheme.ThemeInfrastructure"},
	})
	assert.Equal(t, []Theme{ThemeServices, ThemeDonnees, ThemeCooperation, ThemeOutilsAgents, ThemeFormation, ThemeInfrastructure}, Themes())
}

func TestThemeErrors(t *testing.T) {
	checkInvalid(t, []invalid[Theme]{
		{"fibre", `%!Theme("fibre")`, "fibre", `scheme.Theme("fibre")`,
			`scheme: marshal theme "fibre": unknown value: want ` + themeWantList},
		{"", `%!Theme("")`, "", `scheme.Theme("")`,
			`scheme: marshal theme "": unknown value: want ` + themeWantList},
	})
	checkParseErrors(t, ParseTheme, "theme", ThemeDonnees, "", "donnée", "Données", "services ")
}

func TestPractice(t *testing.T) {
	checkValid(t, ParsePractice, []valid[Practice]{
		{Accessibilite, "accessibilite", "Accessibilité (RGAA)", "scheme.Accessibilite"},
		{LangageSimple, "langage-simple", "Langage simple", "scheme.LangageSimple"},
		{Mobile, "mobile", "Optimisation mobile", "scheme.Mobile"},
		{CodeOuvert, "code-ouvert", "Code ouvert", "scheme.CodeOuvert"},
	})
	assert.Equal(t, []Practice{Accessibilite, LangageSimple, Mobile, CodeOuvert}, Practices())
}

func TestPracticeErrors(t *testing.T) {
	checkInvalid(t, []invalid[Practice]{
		{"rgaa", `%!Practice("rgaa")`, "rgaa", `scheme.Practice("rgaa")`,
			`scheme: marshal practice "rgaa": unknown value: want ` + practiceList},
		{"", `%!Practice("")`, "", `scheme.Practice("")`,
			`scheme: marshal practice "": unknown value: want ` + practiceList},
	})
	checkParseErrors(t, ParsePractice, "practice", Mobile, "", "rgaa", "Mobile")
}

func TestAnswer(t *testing.T) {
	checkValid(t, ParseAnswer, []valid[Answer]{
		{Unanswered, "", "Non renseigné", "scheme.Unanswered"},
		{Yes, "yes", "Oui", "scheme.Yes"},
		{No, "no", "Non", "scheme.No"},
	})
	var zero Answer
	assert.Equal(t, Unanswered, zero, "the zero Answer is Unanswered")
}

func TestAnswerErrors(t *testing.T) {
	checkInvalid(t, []invalid[Answer]{
		{7, "%!Answer(7)", "%!Answer(7)", "scheme.Answer(7)",
			`scheme: marshal answer 7: unknown value: want yes, no or ""`},
		{-1, "%!Answer(-1)", "%!Answer(-1)", "scheme.Answer(-1)",
			`scheme: marshal answer -1: unknown value: want yes, no or ""`},
	})
	checkParseErrors(t, ParseAnswer, "answer", Yes, "oui", "YES", "true", "1")
}

func TestOutcome(t *testing.T) {
	checkValid(t, ParseOutcome, []valid[Outcome]{
		{Unknown, "unknown", "À préciser", "scheme.Unknown"},
		{Met, "met", "Satisfait", "scheme.Met"},
		{NotMet, "not-met", "Non satisfait", "scheme.NotMet"},
	})
	var zero Outcome
	assert.Equal(t, Unknown, zero, "the zero Outcome is Unknown")
}

func TestOutcomeErrors(t *testing.T) {
	checkInvalid(t, []invalid[Outcome]{
		{7, "%!Outcome(7)", "%!Outcome(7)", "scheme.Outcome(7)",
			"scheme: marshal outcome 7: unknown value: want unknown, met or not-met"},
		{-1, "%!Outcome(-1)", "%!Outcome(-1)", "scheme.Outcome(-1)",
			"scheme: marshal outcome -1: unknown value: want unknown, met or not-met"},
	})
	checkParseErrors(t, ParseOutcome, "outcome", Met, "", "Met", "notmet", "ok")
}

const codeList = "demandeur, ampleur, besoin-commun, thematique, bonnes-pratiques, resultats or commencement"

func TestCriterionCode(t *testing.T) {
	checkValid(t, ParseCriterionCode, []valid[CriterionCode]{
		{CodeDemandeur, "demandeur", "Demandeur", "scheme.CodeDemandeur"},
		{CodeAmpleur, "ampleur", "Ampleur du projet", "scheme.CodeAmpleur"},
		{CodeBesoinCommun, "besoin-commun", "Besoin commun", "scheme.CodeBesoinCommun"},
		{CodeThematique, "thematique", "Thématique", "scheme.CodeThematique"},
		{CodeBonnesPratiques, "bonnes-pratiques", "Bonnes pratiques", "scheme.CodeBonnesPratiques"},
		{CodeResultats, "resultats", "Résultats", "scheme.CodeResultats"},
		{CodeCommencement, "commencement", "Commencement d’exécution", "scheme.CodeCommencement"},
	})
	assert.Equal(t, []CriterionCode{CodeDemandeur, CodeAmpleur, CodeBesoinCommun, CodeThematique,
		CodeBonnesPratiques, CodeResultats, CodeCommencement}, CriterionCodes())
	assert.Equal(t, CodeResultats, CodeResultats18Mois, "the deprecated name of the results rule")
}

func TestCriterionCodeErrors(t *testing.T) {
	checkInvalid(t, []invalid[CriterionCode]{
		{9, "%!CriterionCode(9)", "%!CriterionCode(9)", "scheme.CriterionCode(9)",
			"scheme: marshal criterion code 9: unknown value: want " + codeList},
		{255, "%!CriterionCode(255)", "%!CriterionCode(255)", "scheme.CriterionCode(255)",
			"scheme: marshal criterion code 255: unknown value: want " + codeList},
	})
	checkParseErrors(t, ParseCriterionCode, "criterion code", CodeAmpleur,
		"Ampleur", "resultats-18-mois", " ampleur", "ampleur\x00")
	_, err := ParseCriterionCode("resultats-18-mois")
	assert.EqualError(t, err, `scheme: parse criterion code "resultats-18-mois": unknown value: want `+codeList)
	_, err = ParseCriterionCode("")
	require.ErrorIs(t, err, ErrUnknownValue, "no code is no criterion's code")
}

// TestCriterionCodeZero checks the zero code against its doc: no code, which
// is not valid but prints and marshals as "", and reads back from "".
func TestCriterionCodeZero(t *testing.T) {
	var zero CriterionCode
	assert.False(t, zero.IsValid())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Label())
	assert.Equal(t, "scheme.CriterionCode(0)", fmt.Sprintf("%#v", zero))
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(text))
	c := CodeAmpleur
	require.NoError(t, c.UnmarshalText(nil))
	assert.Equal(t, CriterionCode(0), c)
	assert.Equal(t, zero, Criterion{}.Code)
}

func TestVerdict(t *testing.T) {
	checkValid(t, ParseVerdict, []valid[Verdict]{
		{Undetermined, "undetermined", "Éligibilité à préciser", "scheme.Undetermined"},
		{Eligible, "eligible", "Éligible", "scheme.Eligible"},
		{Ineligible, "ineligible", "Non éligible", "scheme.Ineligible"},
	})
	var zero Verdict
	assert.Equal(t, Undetermined, zero, "the zero Verdict is Undetermined")
}

func TestVerdictErrors(t *testing.T) {
	checkInvalid(t, []invalid[Verdict]{
		{7, "%!Verdict(7)", "%!Verdict(7)", "scheme.Verdict(7)",
			"scheme: marshal verdict 7: unknown value: want undetermined, eligible or ineligible"},
		{3, "%!Verdict(3)", "%!Verdict(3)", "scheme.Verdict(3)",
			"scheme: marshal verdict 3: unknown value: want undetermined, eligible or ineligible"},
	})
	checkParseErrors(t, ParseVerdict, "verdict", Eligible, "", "Eligible", "éligible", "yes")
}

func TestParseErrorQuotesLongInput(t *testing.T) {
	long := strings.Repeat("é", 100)
	_, err := ParseTheme(long)
	require.ErrorIs(t, err, ErrUnknownValue)
	assert.EqualError(t, err, `scheme: parse theme "`+strings.Repeat("é", 64)+`…" (200 bytes): unknown value: want `+themeWantList)
}

// TestJSONNullRefused checks that a JSON null is refused where a Theme or a
// Practice is expected, since neither has a null: encoding/json, which does
// not call UnmarshalText for null, used to leave a zero value in the list,
// which could not be written back.
func TestJSONNullRefused(t *testing.T) {
	tests := []struct {
		name, in, want string
		into           any
		is             error
	}{
		{"a null theme", `{"themes":["donnees",null]}`, "scheme: decode project: themes[1] null: wrong type: want a string, got null", &Project{}, ErrWrongType},
		{"a null practice", `{"practices":[null]}`, "scheme: decode project: practices[0] null: wrong type: want a string, got null", &Project{}, ErrWrongType},
		{"a null practice of a session", `{"rules":{"practices":[null]}}`, "json: cannot unmarshal null into Go struct field Rules.rules.practices of type scheme.Practice", &SessionDefinition{}, nil},
		{"a null practice of a definition", `{"sessions":[{"rules":{"practices":[null]}}]}`, "scheme: decode definition: sessions[0].rules.practices[0] null: wrong type: want a string, got null", &Definition{}, ErrWrongType},
		{"a number for a theme", `{"themes":[1]}`, "scheme: decode project: themes[0] 1: wrong type: want a string, got a number", &Project{}, ErrWrongType},
		{"a list for a practice", `{"practices":[["mobile"]]}`, "scheme: decode project: practices[0]: wrong type: want a string, got an array", &Project{}, ErrWrongType},
		{"a null theme alone", `null`, "json: cannot unmarshal null into Go value of type scheme.Theme", new(Theme), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.in), tt.into)
			if tt.is != nil {
				require.ErrorIs(t, err, tt.is)
			} else {
				var typeErr *json.UnmarshalTypeError
				require.ErrorAs(t, err, &typeErr)
			}
			assert.EqualError(t, err, tt.want)
		})
	}
	var p Project
	err := json.Unmarshal([]byte(`{"themes":["fibre"]}`), &p)
	require.ErrorIs(t, err, ErrUnknownValue, "an unknown slug is still the package's error")
	assert.EqualError(t, err, `scheme: decode project: themes[0] "fibre": unknown theme: want `+themeWantList)
	require.NoError(t, json.Unmarshal([]byte(`{"themes":["d\u006fnnees"],"practices":null}`), &p),
		"escaped strings are read, a null list is no list")
	assert.Equal(t, []Theme{ThemeDonnees}, p.Themes)
	assert.Nil(t, p.Practices)
}

// TestJSONNullKept checks the documented reading of a JSON null for the
// types whose zero value is a value: the value stays as it was, and in a
// list it is the zero value, which encodes back.
func TestJSONNullKept(t *testing.T) {
	var p Project
	require.NoError(t, json.Unmarshal([]byte(`{"lead":{"kind":null},"members":[{"kind":null}],"departement":null}`), &p))
	assert.Equal(t, Kind(""), p.Lead.Kind)
	assert.Equal(t, Kind(""), p.Members[0].Kind)
	assert.Equal(t, Unanswered, p.Departement)
	_, err := json.Marshal(p)
	require.NoError(t, err)

	p = Project{Lead: Body{Kind: Commune}, SharedNeed: Yes}
	require.NoError(t, json.Unmarshal([]byte(`{"lead":{"kind":null},"shared_need":null}`), &p))
	assert.Equal(t, Commune, p.Lead.Kind, "null leaves a Kind unchanged")
	assert.Equal(t, Yes, p.SharedNeed, "null leaves an Answer unchanged")

	var kinds []Kind
	require.NoError(t, json.Unmarshal([]byte(`["epci",null]`), &kinds))
	assert.Equal(t, []Kind{EPCI, ""}, kinds)
	var answers []Answer
	require.NoError(t, json.Unmarshal([]byte(`[null,"yes"]`), &answers))
	assert.Equal(t, []Answer{Unanswered, Yes}, answers)
	var outcomes []Outcome
	require.NoError(t, json.Unmarshal([]byte(`["met",null]`), &outcomes))
	assert.Equal(t, []Outcome{Met, Unknown}, outcomes)
	var verdicts []Verdict
	require.NoError(t, json.Unmarshal([]byte(`[null]`), &verdicts))
	assert.Equal(t, []Verdict{Undetermined}, verdicts)
	data, err := json.Marshal([]any{kinds, answers, outcomes, verdicts})
	require.NoError(t, err)
	assert.JSONEq(t, `[["epci",""],["","yes"],["met","unknown"],["undetermined"]]`, string(data))

	e := Eligibility{Verdict: Eligible, Criteria: []Criterion{{Outcome: Met}}}
	require.NoError(t, json.Unmarshal([]byte(`{"verdict":null,"criteria":[{"outcome":null}]}`), &e))
	assert.Equal(t, Eligible, e.Verdict, "null leaves a Verdict unchanged")
	assert.Equal(t, Met, e.Criteria[0].Outcome, "null leaves an Outcome unchanged")
}

// recorder is an assert.TestingT that keeps what a failing assertion
// reports, to check how testify shows the package's values.
type recorder struct{ msg string }

func (r *recorder) Errorf(format string, args ...any) { r.msg += fmt.Sprintf(format, args...) }

// TestTestifyShowsGo checks that a failing assert.Equal shows the values of
// the enumerated types as the Go that builds them. Its "expected" and
// "actual" lines are %#v, hence GoString; for string types it adds a diff
// written by go-spew with methods disabled, which no method can change.
func TestTestifyShowsGo(t *testing.T) {
	tests := []struct {
		name             string
		expected, actual any
		want, not        []string
	}{
		{"verdicts", Eligible, Ineligible,
			[]string{"expected: scheme.Eligible\n", "actual  : scheme.Ineligible\n"}, []string{"scheme.Verdict(1)", "{"}},
		{"an invalid verdict", Eligible, Verdict(7),
			[]string{"expected: scheme.Eligible\n", "actual  : scheme.Verdict(7)\n"}, []string{"{"}},
		{"outcomes", Met, NotMet,
			[]string{"expected: scheme.Met\n", "actual  : scheme.NotMet\n"}, []string{"scheme.Outcome(1)"}},
		{"answers", Yes, Unanswered,
			[]string{"expected: scheme.Yes\n", "actual  : scheme.Unanswered\n"}, []string{"scheme.Answer(1)"}},
		{"kinds", Commune, Kind("mairie"),
			[]string{"expected: scheme.Commune\n", `actual  : scheme.Kind("mairie")` + "\n"}, []string{`expected: "commune"`}},
		{"themes", ThemeDonnees, ThemeServices,
			[]string{"expected: scheme.ThemeDonnees\n", "actual  : scheme.ThemeServices\n"}, nil},
		{"practices", Mobile, CodeOuvert,
			[]string{"expected: scheme.Mobile\n", "actual  : scheme.CodeOuvert\n"}, nil},
		{"criterion codes", CodeAmpleur, CodeCommencement,
			[]string{"expected: scheme.CodeAmpleur\n", "actual  : scheme.CodeCommencement\n"}, []string{"scheme.CriterionCode(2)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recorder
			require.False(t, assert.Equal(&r, tt.expected, tt.actual))
			for _, s := range tt.want {
				assert.Contains(t, r.msg, s)
			}
			for _, s := range tt.not {
				assert.NotContains(t, r.msg, s)
			}
		})
	}
}

func TestListsAreFresh(t *testing.T) {
	k := Kinds()
	k[0] = "mairie"
	assert.Equal(t, Commune, Kinds()[0])
	th := Themes()
	th[0] = "fibre"
	assert.Equal(t, ThemeServices, Themes()[0])
	pr := Practices()
	pr[0] = "rgaa"
	assert.Equal(t, Accessibilite, Practices()[0])
	codes := CriterionCodes()
	codes[0] = 0
	assert.Equal(t, CodeDemandeur, CriterionCodes()[0])
	ids := IDs()
	ids[0] = "x"
	assert.Equal(t, Incubateur, IDs()[0])
}
