package scheme

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fundJSON is a valid definition of one session, as a person writes it.
const fundJSON = `{
	"id": "fonds-test", "name": "Fonds régional d’essai", "operator": "Région",
	"sessions": [{
		"id": "appel-1", "name": "1er appel",
		"calendar": {"phases": [{"id": "candidatures", "name": "Dépôt des candidatures", "window": "2021-01-01/2021-12-31"}]},
		"intake": "candidatures",
		"funding": {"rate": "50%"},
		"rules": {"applicants": ["commune", "epci"], "threshold": 100000, "themes": ["donnees"]}
	}]
}`

// fund returns fundJSON with each old string replaced by its new one, in
// turn, once each.
func fund(t *testing.T, oldNew ...string) string {
	t.Helper()
	s := fundJSON
	for i := 0; i < len(oldNew); i += 2 {
		require.Contains(t, s, oldNew[i])
		s = strings.Replace(s, oldNew[i], oldNew[i+1], 1)
	}
	return s
}

// TestDefinitionJSONRefuses checks what decoding a Definition refuses: the
// document's form, and the values that no definition can hold, each at its
// JSON path.
func TestDefinitionJSONRefuses(t *testing.T) {
	kindList := "commune, epci, departement, region, statut-particulier, syndicat or partenaire"
	tests := []struct {
		name string
		in   string
		want []string
		is   []error
	}{
		{
			"a misspelt key",
			fund(t, `"threshold"`, `"treshold"`),
			[]string{`scheme: decode definition: sessions[0].rules.treshold: unknown key: want applicants, threshold, shared_need, themes, excluded_themes, practices, results_within or start_after_request`},
			[]error{ErrUnknownKey},
		},
		{
			"a key given twice",
			fund(t, `"threshold": 100000`, `"threshold": 100000, "threshold": 0`),
			[]string{`scheme: decode definition: sessions[0].rules.threshold: duplicate key`},
			[]error{ErrDuplicate},
		},
		{
			"an ID that is not a slug",
			fund(t, `"fonds-test"`, `"Fonds Régional"`),
			[]string{`scheme: decode definition: id "Fonds Régional": not a lowercase ASCII slug: want letters a-z, digits and hyphens`},
			[]error{ErrInvalidDefinition},
		},
		{
			"a session's ID that is not a slug",
			fund(t, `"appel-1"`, `"Appel 1"`),
			[]string{`scheme: decode definition: sessions[0].id "Appel 1": not a lowercase ASCII slug: want letters a-z, digits and hyphens`},
			[]error{ErrInvalidDefinition},
		},
		{
			"an unknown kind",
			fund(t, `"epci"]`, `"mairie"]`),
			[]string{`scheme: decode definition: sessions[0].rules.applicants[1] "mairie": unknown kind: want ` + kindList},
			[]error{ErrInvalidDefinition, ErrUnknownValue},
		},
		{
			"an unknown theme and practice, and negative figures",
			fund(t, `"themes": ["donnees"]`, `"themes": ["fibre"], "practices": ["rgaa"], "results_within": -18`, `100000`, `-1`),
			[]string{
				`scheme: decode definition: sessions[0].rules.threshold -1: negative`,
				`scheme: decode definition: sessions[0].rules.themes[0] "fibre": unknown theme: want services, donnees, cooperation, outils-agents, formation or infrastructure`,
				`scheme: decode definition: sessions[0].rules.practices[0] "rgaa": unknown practice: want accessibilite, langage-simple, mobile or code-ouvert`,
				`scheme: decode definition: sessions[0].rules.results_within -18: negative`,
			},
			[]error{ErrInvalidDefinition, ErrUnknownValue},
		},
		{
			"values that their types refuse",
			fund(t, `"2021-01-01/2021-12-31"`, `"2021-13-01/2021-12-31"`, `"50%"`, `0.5`, `"commune"`, `7`),
			[]string{
				`scheme: decode definition: sessions[0].calendar.phases[0].window "2021-13-01/2021-12-31": invalid window: first day "2021-13-01": invalid date: month outside 1..12`,
				`scheme: decode definition: sessions[0].funding.rate 0.5: invalid rate: a JSON number could be a fraction or a percentage; write the rate as a string, as in "50%" or "0.5"`,
				`scheme: decode definition: sessions[0].rules.applicants[0] 7: wrong type: want a string, got a number`,
			},
			[]error{calendar.ErrInvalidWindow, cost.ErrInvalidRate, ErrWrongType},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := testDefinition("Appel", Rules{Applicants: []Kind{Commune}})
			err := json.Unmarshal([]byte(tt.in), &d)
			require.Error(t, err)
			assert.Equal(t, tt.want, messages(err))
			for _, is := range tt.is {
				assert.ErrorIs(t, err, is)
			}
			assert.Equal(t, testDefinition("Appel", Rules{Applicants: []Kind{Commune}}), d, "unchanged on error")
		})
	}
}

// TestDefinitionJSONLeavesRelationsToNew checks that what New finds
// between values does not stop decoding a Definition, and that decoding a
// Scheme, which calls New, reports it at its JSON path, the DefinitionError
// inside.
func TestDefinitionJSONLeavesRelationsToNew(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // the messages of decoding a Scheme
	}{
		{
			"no applicant, a theme both funded and excluded",
			fund(t, `"commune", "epci"`, ``, `"themes": ["donnees"]`, `"themes": ["donnees"], "excluded_themes": ["donnees"]`),
			[]string{
				`scheme: decode scheme: sessions[0].rules.applicants: no applicant`,
				`scheme: decode scheme: sessions[0].rules.excluded_themes[0] "donnees": both funded and excluded`,
			},
		},
		{
			"an intake that names no phase",
			fund(t, `"intake": "candidatures"`, `"intake": "depot"`),
			[]string{`scheme: decode scheme: sessions[0].calendar: no phase "depot", the intake`},
		},
		{
			"a kind given twice",
			fund(t, `"epci"]`, `"commune"]`),
			[]string{`scheme: decode scheme: sessions[0].rules.applicants[1] "commune": same as Sessions[0].Rules.Applicants[0]`},
		},
		{
			"no session",
			`{"id":"fonds-test","sessions":[]}`,
			[]string{`scheme: decode scheme: sessions: no session`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Definition
			require.NoError(t, json.Unmarshal([]byte(tt.in), &d))
			_, err := New(d)
			require.ErrorIs(t, err, ErrInvalidDefinition)

			s := mustGet(t, Donnees)
			err = json.Unmarshal([]byte(tt.in), &s)
			require.Error(t, err)
			assert.Equal(t, tt.want, messages(err))
			var de *DefinitionError
			require.ErrorAs(t, err, &de)
			assert.ErrorIs(t, err, ErrInvalidDefinition)
			for _, e := range decodeErrors(t, err) {
				assert.Equal(t, "decode scheme", e.Op)
			}
			assert.Equal(t, mustGet(t, Donnees), s, "unchanged on error")
		})
	}
}

// TestSchemeJSONSaysNoConsequence checks that what New would say only
// because a value did not decode is not said: an intake window that is no
// window is not also an intake without a window, and a calendar with it is
// not also an invalid calendar.
func TestSchemeJSONSaysNoConsequence(t *testing.T) {
	var s Scheme
	err := json.Unmarshal([]byte(fund(t, `"2021-01-01/2021-12-31"`, `"2021-01-01/2021-13-31"`, `"fonds-test"`, `""`)), &s)
	assert.Equal(t, []string{
		`scheme: decode scheme: sessions[0].calendar.phases[0].window "2021-01-01/2021-13-31": invalid window: last day "2021-13-31": invalid date: month outside 1..12`,
		`scheme: decode scheme: id "": empty`,
	}, messages(err))
	assert.True(t, s.IsZero())
}

// TestSchemeJSONErrorsAreBounded checks that a value of a megabyte, of
// characters that take several bytes, gives a message of a few hundred
// bytes that quotes it once, at the place the path names.
func TestSchemeJSONErrorsAreBounded(t *testing.T) {
	huge := "2021-01-01/" + strings.Repeat("\xff", 1<<18) // each read as U+FFFD, 3 bytes
	var s Scheme
	err := json.Unmarshal([]byte(fund(t, `"2021-01-01/2021-12-31"`, `"`+huge+`"`)), &s)
	msgs := messages(err)
	require.Len(t, msgs, 1)
	assert.LessOrEqual(t, len(msgs[0]), 600, msgs[0])
	want := `scheme: decode scheme: sessions[0].calendar.phases[0].window "2021-01-01/` + strings.Repeat("\uFFFD", 53) + `…" (786443 bytes): ` +
		`invalid window: last day "` + strings.Repeat("\uFFFD", 64) + `…" (786432 bytes): invalid date: want YYYY-MM-DD`
	assert.Equal(t, want, msgs[0], "the window quoted once, then its last day")
}

func TestDefinitionJSONRoundTrip(t *testing.T) {
	for _, s := range All() {
		t.Run(string(s.ID()), func(t *testing.T) {
			d := s.Definition()
			data, err := json.Marshal(d)
			require.NoError(t, err)
			var back Definition
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, d, back, "empty lists decode as nil, as New keeps them")
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))
			assert.NotContains(t, string(data), "null")
		})
	}
	var d Definition
	require.NoError(t, json.Unmarshal([]byte(fundJSON), &d))
	s, err := New(d)
	require.NoError(t, err)
	assert.Equal(t, s.Definition(), d)
	assert.Equal(t, []Theme{ThemeDonnees}, d.Sessions[0].Rules.Themes)
}

func TestDefinitionJSONNull(t *testing.T) {
	d := mustGet(t, Donnees).Definition()
	for _, in := range [][]byte{nil, []byte("null"), []byte("\tnull ")} {
		require.NoError(t, d.UnmarshalJSON(in))
		assert.Equal(t, mustGet(t, Donnees).Definition(), d)
	}
	s := mustGet(t, Donnees)
	require.NoError(t, s.UnmarshalJSON(nil))
	assert.Equal(t, mustGet(t, Donnees), s)

	// A key absent keeps what d held, as encoding/json does.
	require.NoError(t, json.Unmarshal([]byte(`{"name":"Autre"}`), &d))
	assert.Equal(t, "Autre", d.Name)
	assert.Equal(t, mustGet(t, Donnees).Definition().Sessions, d.Sessions)
}

// TestDecodeGrowth checks that decoding a project or a scheme full of
// problems takes time linear in its size: n and 8n problems, of the form
// and of the values, against the same document 8 times.
func TestDecodeGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("times decoding large documents")
	}
	project := func(n int) []byte {
		var b strings.Builder
		b.WriteString(`{"members":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"kind":"mairie","population":-1,"kinds":1,"id":"1"}`)
		}
		b.WriteString(`],"themes":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`"fibre"`)
		}
		b.WriteString(`]}`)
		return []byte(b.String())
	}
	definition := func(n int) []byte {
		d := hostileDefinition("sessions", n)
		for i := range d.Sessions {
			d.Sessions[i].Rules.Applicants = []Kind{Commune, Commune}
		}
		data, err := json.Marshal(d)
		require.NoError(t, err)
		return []byte(strings.ReplaceAll(string(data), `"applicants":["commune","commune"]`, `"applicants":["mairie","commune","commune"],"treshold":1`))
	}
	for _, tt := range []struct {
		name   string
		n      int
		doc    func(int) []byte
		decode func([]byte) error
	}{
		{"project", 2000, project, func(data []byte) error { var p Project; return p.UnmarshalJSON(data) }},
		{"scheme", 500, definition, func(data []byte) error { var s Scheme; return s.UnmarshalJSON(data) }},
	} {
		small, large := tt.doc(tt.n), tt.doc(8*tt.n)
		require.Error(t, tt.decode(small))
		ts, tl := time.Duration(1<<62), time.Duration(1<<62)
		for range 5 {
			ts = min(ts, cpuTime(func() {
				for range 8 {
					sinkErr = tt.decode(small)
				}
			}))
			tl = min(tl, cpuTime(func() { sinkErr = tt.decode(large) }))
		}
		ratio := float64(tl) / float64(ts)
		t.Logf("%s: %.2f", tt.name, ratio)
		assert.LessOrEqual(t, ratio, 1.5, "%s: %d problems once against %d 8 times (%s, %s)", tt.name, 8*tt.n, tt.n, tl, ts)
	}
}

// TestDecodeErrorMessage checks the parts of a DecodeError's message that
// are left out when empty.
func TestDecodeErrorMessage(t *testing.T) {
	tests := []struct {
		e    DecodeError
		want string
	}{
		{DecodeError{Op: "decode project", Path: "lead", Value: `"x"`, Err: ErrWrongType}, `scheme: decode project: lead "x": wrong type`},
		{DecodeError{Op: "decode project", Path: "lead", Err: ErrWrongType}, `scheme: decode project: lead: wrong type`},
		{DecodeError{Op: "decode project", Value: "5", Err: ErrWrongType}, `scheme: decode project: 5: wrong type`},
		{DecodeError{Op: "decode project"}, `scheme: decode project: invalid JSON`},
		{DecodeError{Op: "decode scheme", Path: "id", Err: &DefinitionError{Path: "ID"}}, `scheme: decode scheme: id: invalid definition`},
		{DecodeError{Op: "decode project", Path: "title", Err: &FieldError{Field: "Title"}}, `scheme: decode project: title: invalid project`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.e.Error())
	}
	assert.True(t, reflect.DeepEqual(ErrWrongType, (&DecodeError{Err: ErrWrongType}).Unwrap()))
}

// BenchmarkDecode measures the strict decoding of a project and of a
// catalogue scheme, beside encoding/json reading the same documents
// without the checks.
func BenchmarkDecode(b *testing.B) {
	project, err := json.Marshal(eligibleFor(Donnees))
	require.NoError(b, err)
	def, err := json.Marshal(mustGet(b, Donnees))
	require.NoError(b, err)
	b.Run("project", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var p Project
			sinkErr = p.UnmarshalJSON(project)
		}
	})
	b.Run("project, encoding/json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var p projectFields
			sinkErr = json.Unmarshal(project, &p)
		}
	})
	b.Run("scheme", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkErr = sinkScheme.UnmarshalJSON(def)
		}
	})
	b.Run("scheme, encoding/json and New", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var d definitionFields
			sinkErr = json.Unmarshal(def, &d)
			sinkScheme, _ = New(Definition(d))
		}
	})
}
