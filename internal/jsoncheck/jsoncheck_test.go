package jsoncheck_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/jsoncheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		data  string
		rules jsoncheck.Rules
		want  []jsoncheck.Problem
	}{
		{"nothing to say", `{"own_share":"20%","findings":[],"lines":[{"amount":"1.00"}],"n":1,"ok":true}`, jsoncheck.Rules{}, nil},
		{"a scalar document", `"10.50"`, jsoncheck.Rules{}, nil},
		{"a null list", `{"findings":null}`, jsoncheck.Rules{},
			[]jsoncheck.Problem{{"findings", jsoncheck.Null, "null"}}},
		{"a null document", `null`, jsoncheck.Rules{},
			[]jsoncheck.Problem{{"", jsoncheck.Null, "null"}}},
		{"a null allowed where the rules say", `{"funding":null,"options":[{"funding":null,"next":null}]}`,
			jsoncheck.Rules{Null: []string{"funding", "options[].next"}}, nil},
		{"a null allowed at one place only", `{"next":null,"options":[{"next":null}]}`,
			jsoncheck.Rules{Null: []string{"options[].next"}},
			[]jsoncheck.Problem{{"next", jsoncheck.Null, "null"}}},
		{"a pattern matches at a key, not inside one", `{"treason":null,"reason":null}`,
			jsoncheck.Rules{Null: []string{"reason"}},
			[]jsoncheck.Problem{{"treason", jsoncheck.Null, "null"}}},
		{"a pattern that starts with an index", `[{"code":null},[{"code":null}]]`,
			jsoncheck.Rules{Null: []string{"[].code"}}, nil},
		{"an empty pattern matches nothing", `{"a":null}`, jsoncheck.Rules{Null: []string{""}},
			[]jsoncheck.Problem{{"a", jsoncheck.Null, "null"}}},
		{"null elements of a list", `{"lines":[null,{"x":null}]}`, jsoncheck.Rules{},
			[]jsoncheck.Problem{{"lines[0]", jsoncheck.Null, "null"}, {"lines[1].x", jsoncheck.Null, "null"}}},
		{"an empty string", `{"deadline":"","label":""}`, jsoncheck.Rules{Empty: []string{"label"}},
			[]jsoncheck.Problem{{"deadline", jsoncheck.Empty, `""`}}},
		{"a sentinel", `{"ceiling":"0.00","grant":"0.00","limits":{"ceiling":"10.00"},"n":0,"b":false}`,
			jsoncheck.Rules{Sentinels: map[string][]string{"ceiling": {`"0.00"`}, "n": {"0"}, "b": {"false"}}},
			[]jsoncheck.Problem{{"ceiling", jsoncheck.Sentinel, `"0.00"`}, {"n", jsoncheck.Sentinel, "0"}, {"b", jsoncheck.Sentinel, "false"}}},
		{"a sentinel listed twice is reported once", `{"ceiling":"0.00"}`,
			jsoncheck.Rules{Sentinels: map[string][]string{"ceiling": {`"0.00"`}, "[]ceiling": {`"1"`}, ".ceiling": {`"0.00"`}}},
			[]jsoncheck.Problem{{"ceiling", jsoncheck.Sentinel, `"0.00"`}}},
		{"keys not in snake_case", `{"OwnShare":"20%","limits":{"public-cap":"1","ok_key":null},"Findings":[{"Code":"x"}]}`,
			jsoncheck.Rules{Null: []string{"ok_key"}},
			[]jsoncheck.Problem{
				{"OwnShare", jsoncheck.NotSnakeCase, `"OwnShare"`},
				{"limits.public-cap", jsoncheck.NotSnakeCase, `"public-cap"`},
				{"Findings", jsoncheck.NotSnakeCase, `"Findings"`},
				{"Findings[0].Code", jsoncheck.NotSnakeCase, `"Code"`},
			}},
		{"the keys of a free object are data", `{"invalid":{"/item/kind":"x","Kind":null},"refused":[{"invalid":{"/a":"b"}}],"Free":{"B":1}}`,
			jsoncheck.Rules{Free: []string{"invalid"}},
			[]jsoncheck.Problem{{"invalid.Kind", jsoncheck.Null, "null"}, {"Free", jsoncheck.NotSnakeCase, `"Free"`}, {"Free.B", jsoncheck.NotSnakeCase, `"B"`}}},
		{"in the order of the document", `[{"b":null},{"A":""}]`, jsoncheck.Rules{},
			[]jsoncheck.Problem{{"[0].b", jsoncheck.Null, "null"}, {"[1].A", jsoncheck.NotSnakeCase, `"A"`}, {"[1].A", jsoncheck.Empty, `""`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := jsoncheck.Check([]byte(tt.data), tt.rules)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCheckLongKeyQuotedShort(t *testing.T) {
	key := strings.Repeat("K", 1_000_000)
	got, err := jsoncheck.Check([]byte(`{"`+key+`":1}`), jsoncheck.Rules{})
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Less(t, len(got[0].String()), 200, "%.200s", got[0])
	assert.Equal(t, strings.Repeat("K", 64)+"…", got[0].Path, "the path cut after 64 characters")

	key = strings.Repeat("é", 64)
	got, err = jsoncheck.Check([]byte(`{"`+key+`":null}`), jsoncheck.Rules{})
	require.NoError(t, err)
	assert.Equal(t, []jsoncheck.Problem{{key, jsoncheck.NotSnakeCase, `"` + key + `"`}, {key, jsoncheck.Null, "null"}}, got, "64 characters in full")
}

func TestCheckErrors(t *testing.T) {
	for _, data := range []string{``, `{`, `{"a":}`, `[1,`, `{"a":1}}`, `1 2`, `{1:2}`, `"abc`} {
		t.Run(data, func(t *testing.T) {
			got, err := jsoncheck.Check([]byte(data), jsoncheck.Rules{})
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), "jsoncheck: "), err.Error())
			assert.Nil(t, got)
		})
	}
}

func TestSnakeCase(t *testing.T) {
	for _, key := range []string{"a", "own_share", "max_aid", "l1111_10", "a1", "x_1_y"} {
		assert.True(t, jsoncheck.SnakeCase(key), key)
	}
	for _, key := range []string{"", "OwnShare", "ownShare", "own-share", "_own", "own__share", "own_", "1a", "é", "own share"} {
		assert.False(t, jsoncheck.SnakeCase(key), key)
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    jsoncheck.Problem
		want string
	}{
		{jsoncheck.Problem{"findings", jsoncheck.Null, "null"}, "findings: null"},
		{jsoncheck.Problem{"", jsoncheck.Null, "null"}, "(document): null"},
		{jsoncheck.Problem{"deadline", jsoncheck.Empty, `""`}, "deadline: empty string"},
		{jsoncheck.Problem{"ceiling", jsoncheck.Sentinel, `"0.00"`}, `ceiling: sentinel "0.00"`},
		{jsoncheck.Problem{"limits.OwnShare", jsoncheck.NotSnakeCase, `"OwnShare"`}, `limits.OwnShare: key not in snake_case "OwnShare"`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.p.String())
	}
	assert.Equal(t, "%!Kind(9)", jsoncheck.Kind(9).String())
}

// A result checked against the style: its list written null, a key in
// camelCase, and a ceiling of "0.00" meaning none.
func ExampleCheck() {
	problems, err := jsoncheck.Check([]byte(`{"grant":"0.00","ceiling":"0.00","findings":null,"ownShare":"20%","next":null}`),
		jsoncheck.Rules{Null: []string{"next"}, Sentinels: map[string][]string{"ceiling": {`"0.00"`}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range problems {
		fmt.Println(p)
	}
	// Output:
	// ceiling: sentinel "0.00"
	// findings: null
	// ownShare: key not in snake_case "ownShare"
}

func TestMarshal(t *testing.T) {
	problems, err := jsoncheck.Marshal(struct {
		Lines []int `json:"lines"`
		Ok    []int `json:"ok"`
	}{Ok: []int{}}, jsoncheck.Rules{})
	require.NoError(t, err)
	require.Len(t, problems, 1)
	assert.Equal(t, "lines: null", problems[0].String())

	_, err = jsoncheck.Marshal(func() {}, jsoncheck.Rules{})
	assert.Error(t, err, "a value that does not marshal")
}
