package scheme

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// textValue is what every enumerated type of the package implements.
type textValue interface {
	encoding.TextMarshaler
	Label() string
	IsValid() bool
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		in    string
		want  Kind
		label string
	}{
		{"commune", Commune, "Commune"},
		{"epci", EPCI, "EPCI à fiscalité propre"},
		{"departement", Departement, "Département"},
		{"region", Region, "Région"},
		{"statut-particulier", StatutParticulier, "Collectivité à statut particulier"},
		{"syndicat", Syndicat, "Syndicat mixte ou groupement"},
		{"partenaire", Partenaire, "Partenaire"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseKind(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.label, got.Label())
			assert.True(t, got.IsValid())
		})
	}
	assert.Len(t, Kinds(), len(tests), "Kinds lists every kind")
}

func TestParseKindErrors(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"empty: not given is no kind", ""},
		{"unknown slug", "mairie"},
		{"label instead of slug", "Commune"},
		{"upper case", "COMMUNE"},
		{"surrounding space", " commune"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseKind(tt.in)
			require.ErrorIs(t, err, ErrUnknownValue)
			assert.Contains(t, err.Error(), fmt.Sprintf("scheme: parse kind %q: unknown value", tt.in))
		})
	}
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

func TestKindZeroAndUnknown(t *testing.T) {
	var zero Kind
	assert.False(t, zero.IsValid(), "the zero Kind is not given, not a kind")
	assert.Equal(t, "", zero.Label())
	text, err := zero.MarshalText()
	require.NoError(t, err, "the zero Kind marshals")
	assert.Equal(t, "", string(text))
	k := Commune
	require.NoError(t, k.UnmarshalText(nil))
	assert.Equal(t, Kind(""), k, "empty text is the zero Kind")

	unknown := Kind("mairie")
	assert.Equal(t, "mairie", unknown.Label())
	_, err = unknown.MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue)
	assert.Contains(t, err.Error(), `scheme: marshal kind "mairie"`)
	k = Commune
	require.ErrorIs(t, k.UnmarshalText([]byte("mairie")), ErrUnknownValue)
	assert.Equal(t, Commune, k, "unchanged on error")
}

func TestParseTheme(t *testing.T) {
	labels := map[Theme]string{
		ThemeServices:       "Services aux usagers",
		ThemeDonnees:        "Données",
		ThemeCooperation:    "Coopération",
		ThemeOutilsAgents:   "Outils de travail des agents",
		ThemeFormation:      "Formation des agents au numérique",
		ThemeInfrastructure: "Infrastructures et équipements",
	}
	require.Len(t, Themes(), len(labels))
	for _, th := range Themes() {
		t.Run(string(th), func(t *testing.T) {
			got, err := ParseTheme(string(th))
			require.NoError(t, err)
			assert.Equal(t, th, got)
			assert.Equal(t, labels[th], got.Label())
		})
	}
}

func TestParseThemeErrors(t *testing.T) {
	for _, in := range []string{"", "donnée", "Données", "services "} {
		t.Run(fmt.Sprintf("%q", in), func(t *testing.T) {
			_, err := ParseTheme(in)
			require.ErrorIs(t, err, ErrUnknownValue)
			assert.Contains(t, err.Error(), fmt.Sprintf("scheme: parse theme %q", in))
		})
	}
	assert.Equal(t, "fibre", Theme("fibre").Label(), "an unknown theme labels as itself")
	_, err := Theme("").MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue, "the empty Theme is no theme")
	th := ThemeDonnees
	require.ErrorIs(t, th.UnmarshalText([]byte("fibre")), ErrUnknownValue)
	assert.Equal(t, ThemeDonnees, th, "unchanged on error")
}

func TestParsePractice(t *testing.T) {
	labels := map[Practice]string{
		Accessibilite: "Accessibilité (RGAA)",
		LangageSimple: "Langage simple",
		Mobile:        "Optimisation mobile",
		CodeOuvert:    "Code ouvert",
	}
	require.Len(t, Practices(), len(labels))
	for _, pr := range Practices() {
		t.Run(string(pr), func(t *testing.T) {
			got, err := ParsePractice(string(pr))
			require.NoError(t, err)
			assert.Equal(t, pr, got)
			assert.Equal(t, labels[pr], got.Label())
		})
	}
}

func TestParsePracticeErrors(t *testing.T) {
	for _, in := range []string{"", "rgaa", "Mobile"} {
		t.Run(fmt.Sprintf("%q", in), func(t *testing.T) {
			_, err := ParsePractice(in)
			require.ErrorIs(t, err, ErrUnknownValue)
			assert.Contains(t, err.Error(), fmt.Sprintf("scheme: parse practice %q", in))
		})
	}
	assert.Equal(t, "rgaa", Practice("rgaa").Label())
	_, err := Practice("rgaa").MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue)
	pr := Mobile
	require.ErrorIs(t, pr.UnmarshalText([]byte("rgaa")), ErrUnknownValue)
	assert.Equal(t, Mobile, pr, "unchanged on error")
}

func TestAnswer(t *testing.T) {
	tests := []struct {
		answer      Answer
		text, label string
	}{
		{Unanswered, "", "Non renseigné"},
		{Yes, "yes", "Oui"},
		{No, "no", "Non"},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			assert.Equal(t, tt.text, tt.answer.String())
			assert.Equal(t, tt.label, tt.answer.Label())
			got, err := ParseAnswer(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.answer, got)
		})
	}
	var zero Answer
	assert.Equal(t, Unanswered, zero, "the zero Answer is Unanswered")
}

func TestAnswerErrors(t *testing.T) {
	for _, in := range []string{"oui", "YES", "true", "1"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseAnswer(in)
			require.ErrorIs(t, err, ErrUnknownValue)
			assert.Contains(t, err.Error(), fmt.Sprintf("scheme: parse answer %q", in))
		})
	}
	bad := Answer(7)
	assert.False(t, bad.IsValid())
	assert.Equal(t, "%!Answer(7)", bad.String())
	assert.Equal(t, "%!Answer(7)", bad.Label())
	_, err := bad.MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue)
	assert.False(t, Answer(-1).IsValid())
	a := Yes
	require.ErrorIs(t, a.UnmarshalText([]byte("oui")), ErrUnknownValue)
	assert.Equal(t, Yes, a, "unchanged on error")
}

func TestOutcome(t *testing.T) {
	tests := []struct {
		outcome     Outcome
		text, label string
	}{
		{Unknown, "unknown", "À préciser"},
		{Met, "met", "Satisfait"},
		{NotMet, "not-met", "Non satisfait"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.text, tt.outcome.String())
			assert.Equal(t, tt.label, tt.outcome.Label())
			got, err := ParseOutcome(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.outcome, got)
		})
	}
	var zero Outcome
	assert.Equal(t, Unknown, zero, "the zero Outcome is Unknown")
}

func TestOutcomeErrors(t *testing.T) {
	for _, in := range []string{"", "Met", "notmet"} {
		_, err := ParseOutcome(in)
		require.ErrorIs(t, err, ErrUnknownValue, "%q", in)
	}
	bad := Outcome(7)
	assert.Equal(t, "%!Outcome(7)", bad.String())
	assert.Equal(t, "%!Outcome(7)", bad.Label())
	_, err := bad.MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue)
	o := Met
	require.ErrorIs(t, o.UnmarshalText([]byte("ok")), ErrUnknownValue)
	assert.Equal(t, Met, o, "unchanged on error")
}

func TestVerdict(t *testing.T) {
	tests := []struct {
		verdict     Verdict
		text, label string
	}{
		{Undetermined, "undetermined", "Éligibilité à préciser"},
		{Eligible, "eligible", "Éligible"},
		{Ineligible, "ineligible", "Non éligible"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.text, tt.verdict.String())
			assert.Equal(t, tt.label, tt.verdict.Label())
			got, err := ParseVerdict(tt.text)
			require.NoError(t, err)
			assert.Equal(t, tt.verdict, got)
		})
	}
	var zero Verdict
	assert.Equal(t, Undetermined, zero, "the zero Verdict is Undetermined")
}

func TestVerdictErrors(t *testing.T) {
	for _, in := range []string{"", "Eligible", "éligible"} {
		_, err := ParseVerdict(in)
		require.ErrorIs(t, err, ErrUnknownValue, "%q", in)
	}
	bad := Verdict(7)
	assert.Equal(t, "%!Verdict(7)", bad.String())
	assert.Equal(t, "%!Verdict(7)", bad.Label())
	assert.Equal(t, "%!Verdict(7)", fmt.Sprint(bad))
	_, err := bad.MarshalText()
	require.ErrorIs(t, err, ErrUnknownValue)
	v := Eligible
	require.ErrorIs(t, v.UnmarshalText([]byte("yes")), ErrUnknownValue)
	assert.Equal(t, Eligible, v, "unchanged on error")
}

// TestTextRoundTrips checks, for every valid value of every enumerated type,
// that MarshalText and UnmarshalText are inverse and that the label is
// French, not the slug.
func TestTextRoundTrips(t *testing.T) {
	check := func(t *testing.T, v textValue, into encoding.TextUnmarshaler, back func() any) {
		t.Helper()
		text, err := v.MarshalText()
		require.NoError(t, err)
		require.NoError(t, into.UnmarshalText(text))
		assert.Equal(t, v, back())
		assert.NotEmpty(t, v.Label())
	}
	for _, k := range Kinds() {
		var got Kind
		check(t, k, &got, func() any { return got })
	}
	for _, th := range Themes() {
		var got Theme
		check(t, th, &got, func() any { return got })
	}
	for _, pr := range Practices() {
		var got Practice
		check(t, pr, &got, func() any { return got })
	}
	for _, a := range []Answer{Unanswered, Yes, No} {
		var got Answer = 5
		check(t, a, &got, func() any { return got })
	}
	for _, o := range []Outcome{Unknown, Met, NotMet} {
		var got Outcome = 5
		check(t, o, &got, func() any { return got })
	}
	for _, v := range []Verdict{Undetermined, Eligible, Ineligible} {
		var got Verdict = 5
		check(t, v, &got, func() any { return got })
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
	ids := IDs()
	ids[0] = "x"
	assert.Equal(t, Incubateur, IDs()[0])
}
