package relancetest

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonSchema is what the tests read of the JSON Schema file.
type jsonSchema struct {
	Properties    map[string]jsonSchema `json:"properties"`
	Defs          map[string]jsonSchema `json:"$defs"`
	Enum          []string              `json:"enum"`
	Const         string                `json:"const"`
	Pattern       string                `json:"pattern"`
	Items         *jsonSchema           `json:"items"`
	PropertyNames *jsonSchema           `json:"propertyNames"`
	False         bool                  `json:"-"` // the schema false, which allows nothing
}

// UnmarshalJSON reads a schema, or true, the schema that allows anything,
// or false, the schema that allows nothing.
func (s *jsonSchema) UnmarshalJSON(data []byte) error {
	switch string(data) {
	case "true":
		*s = jsonSchema{}
		return nil
	case "false":
		*s = jsonSchema{False: true}
		return nil
	}
	type plain jsonSchema
	return json.Unmarshal(data, (*plain)(s))
}

func (s jsonSchema) keys() []string {
	var out []string
	for k := range s.Properties {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// tags returns the JSON names of the fields of the struct type t, sorted.
func tags(t reflect.Type) []string {
	names := strictjson.Keys(t)
	slices.Sort(names)
	return names
}

// TestSchema checks that cas.schema.json describes what Parse reads.
func TestSchema(t *testing.T) {
	file, err := os.ReadFile("cas.schema.json")
	require.NoError(t, err)
	assert.Equal(t, file, Schema(), "Schema returns the file")
	var s jsonSchema
	require.NoError(t, json.Unmarshal(Schema(), &s))

	assert.Equal(t, []string{Format, Format1}, s.Properties["format"].Enum)
	assert.Equal(t, []string{checkOrientation, checkSession}, s.Defs["case"].Properties["check"].Enum)
	var promises []string
	for p := relance.Grant; p.IsValid(); p++ {
		promises = append(promises, p.String())
	}
	assert.ElementsMatch(t, append(promises, relance.NoGrant.String()), s.Defs["expectation"].Properties["promise"].Enum)
	assert.Equal(t, tags(reflect.TypeFor[fileJSON]()), s.keys())
	assert.Equal(t, tags(reflect.TypeFor[caseJSON]()), s.Defs["case"].keys())
	assert.Equal(t, tags(reflect.TypeFor[expectJSON]()), s.Defs["expectation"].keys())
	assert.Equal(t, tags(reflect.TypeFor[scheme.Project]()), s.Defs["project"].keys())
	assert.Equal(t, tags(reflect.TypeFor[scheme.Project]()), s.Defs["projectAsGiven"].keys())
	assert.Equal(t, tags(reflect.TypeFor[scheme.Body]()), s.Defs["body"].keys())
	assert.Equal(t, tags(reflect.TypeFor[cost.Line]()), s.Defs["line"].keys())
	assert.Equal(t, tags(reflect.TypeFor[scheme.Facts]()), s.Defs["facts"].keys())
	facts := s.Defs["expectation"].Properties["facts"].Properties
	assert.Len(t, facts, len(scheme.CriterionCodes()))
	for _, c := range scheme.CriterionCodes() {
		f, ok := facts[c.String()]
		require.True(t, ok, c.String())
		if has := criterionFacts(c.String()); len(has) > 0 {
			require.NotNil(t, f.PropertyNames, c.String())
			assert.Equal(t, has, f.PropertyNames.Enum, "the facts of %s", c)
		} else {
			assert.True(t, f.False, "no fact of %s", c)
		}
	}
	assert.Equal(t, tags(reflect.TypeFor[scheme.Definition]()), s.Defs["definition"].keys())
	assert.Equal(t, tags(reflect.TypeFor[scheme.SessionDefinition]()), s.Defs["session"].keys())
	assert.Equal(t, tags(reflect.TypeFor[scheme.Rules]()), s.Defs["session"].Properties["rules"].keys())
	assert.Equal(t, tags(reflect.TypeFor[cost.Policy]()), s.Defs["session"].Properties["funding"].keys())

	var kinds, themes, practices, categories []string
	for _, k := range scheme.Kinds() {
		kinds = append(kinds, string(k))
	}
	for _, th := range scheme.Themes() {
		themes = append(themes, string(th))
	}
	for _, p := range scheme.Practices() {
		practices = append(practices, string(p))
	}
	for _, c := range cost.Categories() {
		categories = append(categories, string(c))
	}
	assert.Equal(t, append([]string{""}, kinds...), s.Defs["kind"].Enum)
	assert.Equal(t, themes, s.Defs["theme"].Enum)
	assert.Equal(t, practices, s.Defs["practice"].Enum)
	assert.Equal(t, categories, s.Defs["category"].Enum)
	var codes []string
	for _, c := range scheme.CriterionCodes() {
		codes = append(codes, c.String())
	}
	assert.Equal(t, codes, s.Defs["criterion"].Enum)
	assert.Equal(t, invalidFact.String(), s.Defs["case"].Properties["invalid"].Items.Pattern)
	assert.Equal(t, missingFact.String(), s.Defs["expectation"].Properties["missing"].Items.Pattern)
	rounding := s.Defs["session"].Properties["funding"].Properties["rounding"].Enum
	for m := cost.DownToCent; m <= cost.DownToEuro; m++ {
		assert.Contains(t, rounding, m.String())
	}
	assert.True(t, strings.Contains(string(Schema()), `"enum": ["exclusions", "plafond", "arrondi"]`), "the funding rules")
}

// TestDocExample checks that the complete case file of the package doc is
// testdata/exemple.json, and that it passes.
func TestDocExample(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	var lines []string
	in := false
	for _, line := range strings.Split(string(doc), "\n") {
		switch {
		case line == "//\t{":
			in = true
		case !in:
			continue
		case !strings.HasPrefix(line, "//\t"):
			in = false
			continue
		}
		lines = append(lines, strings.TrimPrefix(line, "//\t"))
	}
	want, err := os.ReadFile("testdata/exemple.json")
	require.NoError(t, err)
	assert.Equal(t, string(want), strings.Join(lines, "\n")+"\n")
	f, err := Parse("testdata/exemple.json", want)
	require.NoError(t, err)
	rep := Verify([]File{f})
	assert.Zero(t, rep.Failed())
}

// TestFactLabels checks that every fact of a criterion has its field and a
// French label of its own.
func TestFactLabels(t *testing.T) {
	seen := make(map[string]string)
	for _, key := range strictjson.Keys(factsType) {
		_, ok := factField(key)
		assert.True(t, ok, key)
		label := factLabel(key)
		assert.Empty(t, seen[label], "%s and %s share the label %q", key, seen[label], label)
		seen[label] = key
	}
	_, ok := factField("population")
	assert.False(t, ok)
}
