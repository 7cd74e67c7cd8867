package scheme

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeErrors returns the DecodeErrors that err joins, failing the test
// on any other error.
func decodeErrors(t *testing.T, err error) []*DecodeError {
	t.Helper()
	var out []*DecodeError
	for _, e := range unjoin(err) {
		de, ok := e.(*DecodeError)
		require.True(t, ok, "%T: %v", e, e)
		out = append(out, de)
	}
	return out
}

// messages returns the messages of the errors that err joins.
func messages(err error) []string {
	var out []string
	for _, e := range unjoin(err) {
		out = append(out, e.Error())
	}
	return out
}

func TestProjectJSONRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // every message, in order
		is   []error  // sentinels the error wraps
	}{
		{
			"an unknown kind, at the body's path",
			`{"lead":{"kind":"mairie"}}`,
			[]string{`scheme: decode project: lead.kind "mairie": unknown kind: want commune, epci, departement, region, statut-particulier, syndicat or partenaire`},
			[]error{ErrUnknownValue, ErrInvalidProject},
		},
		{
			"a misspelt key of a member",
			`{"members":[{"kind":"epci"},{"kind":"epci"},{"kinds":"epci"}]}`,
			[]string{`scheme: decode project: members[2].kinds: unknown key: want id, name, kind, population or departement_code`},
			[]error{ErrUnknownKey},
		},
		{
			"a key in another case",
			`{"Title":"x"}`,
			[]string{`scheme: decode project: Title: unknown key: want title, lead, members, departement, shared_need, themes, practices, start, results, budget, overlap or requested`},
			[]error{ErrUnknownKey},
		},
		{
			"a key given twice",
			`{"start":"2021-03-01","start":"2021-04-01"}`,
			[]string{`scheme: decode project: start: duplicate key`},
			[]error{ErrDuplicate},
		},
		{
			"a population as a string",
			`{"members":[{"population":"12 000"}]}`,
			[]string{`scheme: decode project: members[0].population "12 000": wrong type: want a number, got a string`},
			[]error{ErrWrongType},
		},
		{
			"a population that is not an integer",
			`{"lead":{"population":1e3}}`,
			[]string{`scheme: decode project: lead.population 1e3: wrong type: want an integer`},
			[]error{ErrWrongType},
		},
		{
			"an unknown answer",
			`{"shared_need":"oui"}`,
			[]string{`scheme: decode project: shared_need "oui": unknown answer: want yes, no or ""`},
			[]error{ErrUnknownValue},
		},
		{
			"a date that is none",
			`{"start":"2021-02-30"}`,
			[]string{`scheme: decode project: start "2021-02-30": invalid date: day outside 1..28`},
			[]error{calendar.ErrInvalidDate},
		},
		{
			"an amount as a number with three decimals",
			`{"budget":[{"category":"prestations","label":"Dév","amount":12.345}]}`,
			[]string{`scheme: decode project: budget[0].amount 12.345: invalid amount: a JSON number with an exponent or more than two decimals; write the amount as a string with at most two decimals, as in "12.50"`},
			[]error{cost.ErrInvalidAmount},
		},
		{
			"an amount of 200 digits, quoted once and cut",
			`{"budget":[{"category":"prestations","amount":` + strings.Repeat("9", 200) + `}]}`,
			[]string{`scheme: decode project: budget[0].amount ` + strings.Repeat("9", 64) + `… (200 bytes): amount out of range`},
			[]error{cost.ErrOverflow},
		},
		{
			"amounts of the wrong kinds",
			`{"budget":[{"category":"prestations","amount":true},{"category":"conseil","amount":{}},{"category":"autre","amount":[]}]}`,
			[]string{
				`scheme: decode project: budget[0].amount true: wrong type: want a string, got a boolean`,
				`scheme: decode project: budget[1].amount: wrong type: want a string, got an object`,
				`scheme: decode project: budget[2].amount: wrong type: want a string, got an array`,
			},
			[]error{ErrWrongType},
		},
		{
			"a negative amount",
			`{"budget":[{"category":"prestations","label":"Dév","amount":"-5"}]}`,
			[]string{`scheme: decode project: budget[0] "Dév": negative amount -5.00`},
			[]error{cost.ErrNegativeAmount, ErrInvalidProject},
		},
		{
			"a budget line without a category",
			`{"budget":[{"label":"Dév","amount":5}]}`,
			[]string{`scheme: decode project: budget[0] "Dév": unknown category ""`},
			[]error{cost.ErrUnknownCategory, ErrInvalidProject},
		},
		{
			"an unknown category, said once",
			`{"budget":[{"category":"repas","label":"Dév","amount":5}]}`,
			[]string{`scheme: decode project: budget[0].category "repas": unknown category: want personnel, materiel, prestations, conseil, logiciels, hebergement, formation or autre`},
			[]error{cost.ErrUnknownCategory},
		},
		{
			"a negative population and a negative overlap",
			`{"lead":{"population":-4},"overlap":-1}`,
			[]string{
				`scheme: decode project: lead.population -4: negative population`,
				`scheme: decode project: overlap -1: negative overlap`,
			},
			[]error{ErrInvalidProject},
		},
		{
			"an unknown theme, a null practice",
			`{"themes":["donnees","fibre"],"practices":[null]}`,
			[]string{
				`scheme: decode project: practices[0] null: wrong type: want a string, got null`,
				`scheme: decode project: themes[1] "fibre": unknown theme: want services, donnees, cooperation, outils-agents, formation or infrastructure`,
			},
			[]error{ErrWrongType, ErrUnknownValue},
		},
		{
			"not an object",
			`["donnees"]`,
			[]string{`scheme: decode project: wrong type: want an object, got an array`},
			[]error{ErrWrongType},
		},
		{
			"every problem at once, those of the form first",
			`{"lead":{"kind":"mairie","population":-1},"members":[{"kind":"x","kinds":1,"population":"12"}],"title":"a","title":"b"}`,
			[]string{
				`scheme: decode project: members[0].kinds: unknown key: want id, name, kind, population or departement_code`,
				`scheme: decode project: members[0].population "12": wrong type: want a number, got a string`,
				`scheme: decode project: title: duplicate key`,
				`scheme: decode project: lead.kind "mairie": unknown kind: want commune, epci, departement, region, statut-particulier, syndicat or partenaire`,
				`scheme: decode project: lead.population -1: negative population`,
				`scheme: decode project: members[0].kind "x": unknown kind: want commune, epci, departement, region, statut-particulier, syndicat or partenaire`,
			},
			[]error{ErrUnknownKey, ErrWrongType, ErrDuplicate, ErrUnknownValue, ErrInvalidProject},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := eligibleFor(Donnees)
			err := json.Unmarshal([]byte(tt.in), &p)
			require.Error(t, err)
			assert.Equal(t, tt.want, messages(err))
			for _, is := range tt.is {
				assert.ErrorIs(t, err, is)
			}
			for _, de := range decodeErrors(t, err) {
				assert.Equal(t, "decode project", de.Op)
			}
			assert.Equal(t, eligibleFor(Donnees), p, "unchanged on error")
		})
	}
}

// TestProjectJSONValueErrors checks what a DecodeError of a value holds:
// the JSON path, the value, and the FieldError of Validate with its Go
// path.
func TestProjectJSONValueErrors(t *testing.T) {
	var p Project
	err := p.UnmarshalJSON([]byte(`{"members":[{},{"population":-5}]}`))
	errs := decodeErrors(t, err)
	require.Len(t, errs, 1)
	assert.Equal(t, "members[1].population", errs[0].Path)
	assert.Equal(t, "-5", errs[0].Value)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "Members[1].Population", fe.Field)
	assert.ErrorIs(t, err, ErrInvalidProject)

	err = p.UnmarshalJSON([]byte(`{"lead":`))
	require.ErrorIs(t, err, ErrSyntax)
	assert.EqualError(t, err, "scheme: decode project: invalid JSON at line 1, column 8: unexpected end of JSON input")
	err = p.UnmarshalJSON([]byte{})
	require.ErrorIs(t, err, ErrSyntax)
	assert.EqualError(t, err, "scheme: decode project: invalid JSON: empty input")
	assert.Equal(t, Project{}, p)
}

// TestProjectJSONLeavesRelationsToValidate checks the problems between
// values: they do not stop decoding, and Validate reports them.
func TestProjectJSONLeavesRelationsToValidate(t *testing.T) {
	tests := []struct {
		name, in, field string
	}{
		{"a body given twice", `{"lead":{"id":"1"},"members":[{"id":"1"}]}`, "Members[0].ID"},
		{"a member alike in every field to the lead", `{"lead":{"kind":"epci","population":5},"members":[{"kind":"epci","population":5}]}`, "Members[0]"},
		{"results before the start", `{"start":"2021-06-01","results":"2021-01-01"}`, "Results"},
		{"an overlap above the populations", `{"lead":{"kind":"epci","population":5},"overlap":6}`, "Overlap"},
		{"a budget whose total overflows", `{"budget":[{"category":"prestations","label":"a","amount":"90000000000000000.00"},` +
			`{"category":"prestations","label":"b","amount":"90000000000000000.00"}]}`, "Budget[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p Project
			require.NoError(t, json.Unmarshal([]byte(tt.in), &p))
			var fe *FieldError
			require.ErrorAs(t, p.Validate(), &fe)
			assert.Equal(t, tt.field, fe.Field)
		})
	}
}

func TestProjectJSONNull(t *testing.T) {
	p := eligibleFor(Donnees)
	for _, in := range [][]byte{nil, []byte("null"), []byte(" null\n")} {
		require.NoError(t, p.UnmarshalJSON(in))
		assert.Equal(t, eligibleFor(Donnees), p, "%q leaves p unchanged", in)
	}
	require.NoError(t, json.Unmarshal([]byte(`{"project":null}`), &struct {
		Project *Project `json:"project"`
	}{&p}))
	assert.Equal(t, eligibleFor(Donnees), p)
}

// TestProjectJSONMerges checks that decoding reads into the project as
// encoding/json does — keys absent and null keep what p held, a list given
// replaces p's — and writes to nothing that p shares.
func TestProjectJSONMerges(t *testing.T) {
	p := eligibleFor(Donnees)
	members := p.Members
	kept := append([]Body(nil), members...)
	require.NoError(t, json.Unmarshal([]byte(`{"title":"Autre","members":[{"kind":"commune"}],"themes":null,"lead":{"population":7}}`), &p))
	assert.Equal(t, "Autre", p.Title)
	assert.Equal(t, []Body{{Kind: Commune}}, p.Members)
	assert.Nil(t, p.Themes, "null makes a list nil")
	lead := eligibleFor(Donnees).Lead
	lead.Population = 7
	assert.Equal(t, lead, p.Lead, "the lead's other facts are kept")
	assert.Equal(t, eligibleFor(Donnees).Start, p.Start, "a key absent keeps its fact")
	assert.Equal(t, kept, members, "the slice p held is not written to")
}

// TestProjectJSONRoundTrip checks that a project that Validate accepts
// encodes to JSON that decodes to it again, amounts given as JSON numbers
// read exactly.
func TestProjectJSONRoundTrip(t *testing.T) {
	for name, p := range benchProjects() {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, p.Validate())
			roundTrip(t, p)
		})
	}
	var p Project
	require.NoError(t, json.Unmarshal([]byte(`{"budget":[{"category":"prestations","label":"Dév","amount":180000.5},{"category":"personnel","label":"Chef","amount":-0}]}`), &p))
	assert.Equal(t, cost.MustParseAmount("180000.50"), p.Budget[0].Amount)
	assert.True(t, p.Budget[1].Amount.IsZero())
}

// TestProjectJSONErrorsAreBounded checks that a document of a megabyte
// gives messages of a few hundred bytes each: a long key, a long value, a
// long list of keys that a struct accepts.
func TestProjectJSONErrorsAreBounded(t *testing.T) {
	huge := strings.Repeat("é", 1<<19)
	for name, in := range map[string]string{
		"a long key":         `{"` + huge + `":1}`,
		"a long kind":        `{"lead":{"kind":"` + huge + `"}}`,
		"a long theme":       `{"themes":["` + huge + `"]}`,
		"a long date":        `{"start":"` + huge + `"}`,
		"a long number":      `{"overlap":-` + strings.Repeat("9", 1<<20) + `}`,
		"a long budget line": `{"budget":[{"category":"prestations","label":"` + huge + `","amount":"-1"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			var p Project
			err := json.Unmarshal([]byte(in), &p)
			require.Error(t, err)
			for _, msg := range messages(err) {
				assert.LessOrEqual(t, len(msg), 400, "%.400s", msg)
			}
		})
	}
}
