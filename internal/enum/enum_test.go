package enum_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/enum"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type level int8

var levels = enum.MustTable("demo.Level",
	enum.Value[level]{V: 0, Slug: "low", Label: "Bas", Go: "demo.Low"},
	enum.Value[level]{V: 1, Slug: "high", Label: "Haut", Go: "demo.High"},
)

type color string

var colors = enum.MustTable("demo.Color",
	enum.Value[color]{V: "", Slug: "", Label: "Non renseignée", Go: "demo.NoColor"},
	enum.Value[color]{V: "r", Slug: "rouge", Label: "Rouge", Go: "demo.Red"},
	enum.Value[color]{V: "v", Slug: "vert", Label: "Vert", Go: "demo.Green"},
)

type size uint8

var sizes = enum.MustTable("demo.Size", enum.Value[size]{V: 1, Slug: "s", Label: "Petit", Go: "demo.Small"})

// row is what a table says of one value, and what it should say.
type row struct {
	name                 string
	valid                bool
	str, label, goString string
	want                 []any // valid, str, label, goString
}

func rowOf[T enum.Underlying](name string, t *enum.Table[T], v T, want ...any) row {
	return row{name, t.IsValid(v), t.String(v), t.Label(v), t.GoString(v), want}
}

func TestTable(t *testing.T) {
	tests := []row{
		rowOf("first int", levels, 0, true, "low", "Bas", "demo.Low"),
		rowOf("int out of range", levels, 7, false, "%!Level(7)", "%!Level(7)", "demo.Level(7)"),
		rowOf("negative int", levels, -1, false, "%!Level(-1)", "%!Level(-1)", "demo.Level(-1)"),
		rowOf("empty string value", colors, "", true, "", "Non renseignée", "demo.NoColor"),
		rowOf("string value", colors, "v", true, "vert", "Vert", "demo.Green"),
		rowOf("unknown string", colors, "x\x00", false, `%!Color("x\x00")`, `%!Color("x\x00")`, `demo.Color("x\x00")`),
		rowOf("unsigned out of range", sizes, 200, false, "%!Size(200)", "%!Size(200)", "demo.Size(200)"),
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, []any{tt.valid, tt.str, tt.label, tt.goString})
		})
	}
}

func TestParse(t *testing.T) {
	v, ok := levels.Parse("high")
	assert.True(t, ok)
	assert.Equal(t, level(1), v)
	v, ok = levels.Parse("HIGH")
	assert.False(t, ok)
	assert.Equal(t, level(0), v)
	c, ok := colors.Parse("")
	assert.True(t, ok, "an empty slug is a slug like any other")
	assert.Equal(t, color(""), c)
	for _, x := range levels.Values() {
		back, ok := levels.Parse(levels.String(x))
		assert.True(t, ok)
		assert.Equal(t, x, back, "Parse(String(x)) == x")
	}
}

func TestWantValuesLen(t *testing.T) {
	assert.Equal(t, "low or high", levels.Want())
	assert.Equal(t, `"", rouge or vert`, colors.Want())
	assert.Equal(t, "s", sizes.Want())
	assert.Equal(t, []color{"", "r", "v"}, colors.Values())
	assert.Equal(t, 3, colors.Len())
	got := colors.Values()
	got[0] = "changed"
	assert.Equal(t, []color{"", "r", "v"}, colors.Values(), "Values returns a new slice")
}

func TestMustTablePanics(t *testing.T) {
	tests := []struct {
		name string
		f    func()
	}{
		{"unqualified type", func() { enum.MustTable[level]("Level") }},
		{"empty name", func() { enum.MustTable[level]("demo.") }},
		{"same value twice", func() {
			enum.MustTable("demo.Level", enum.Value[level]{V: 1, Slug: "a"}, enum.Value[level]{V: 1, Slug: "b"})
		}},
		{"same slug twice", func() {
			enum.MustTable("demo.Level", enum.Value[level]{V: 1, Slug: "a"}, enum.Value[level]{V: 2, Slug: "a"})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Panics(t, tt.f)
		})
	}
}

var errBad = errors.New("bad value")

func TestParseText(t *testing.T) {
	v, err := levels.ParseText("high", errBad)
	require.NoError(t, err)
	assert.Equal(t, level(1), v)

	tests := []struct {
		name, in, want string
	}{
		{"unknown slug", "HIGH", `demo: parse level "HIGH": bad value: want low or high`},
		{"empty text", "", `demo: parse level "": bad value: want low or high`},
		{"long text, cut", strings.Repeat("x", 100), `demo: parse level "` + strings.Repeat("x", 64) + `…" (100 bytes): bad value: want low or high`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := levels.ParseText(tt.in, errBad)
			require.ErrorIs(t, err, errBad)
			assert.EqualError(t, err, tt.want)
			assert.Equal(t, level(0), v)
		})
	}
}

func TestNoun(t *testing.T) {
	tab := enum.MustTable("relance.ContributionKind", enum.Value[color]{V: "b", Slug: "besoin"})
	_, err := tab.ParseText("projet", errBad)
	assert.EqualError(t, err, `relance: parse contribution kind "projet": bad value: want besoin`)
	tab = enum.MustTable("demo.HTTPCode", enum.Value[color]{V: "b", Slug: "b"})
	_, err = tab.ParseText("x", errBad)
	assert.EqualError(t, err, `demo: parse httpcode "x": bad value: want b`, "capitals in a row make one word")
}

func TestMarshal(t *testing.T) {
	text, err := levels.Marshal(1, errBad)
	require.NoError(t, err)
	assert.Equal(t, "high", string(text))
	text, err = colors.Marshal("", errBad)
	require.NoError(t, err)
	assert.Equal(t, "", string(text), "an empty slug marshals")

	tests := []struct {
		name string
		err  error
		want string
	}{
		{"int out of range", func() error { _, err := levels.Marshal(7, errBad); return err }(),
			`demo: marshal level 7: bad value: want low or high`},
		{"unsigned out of range", func() error { _, err := sizes.Marshal(200, errBad); return err }(),
			`demo: marshal size 200: bad value: want s`},
		{"unknown string, quoted", func() error { _, err := colors.Marshal("x\x00", errBad); return err }(),
			`demo: marshal color "x\x00": bad value: want "", rouge or vert`},
		{"long string, cut", func() error { _, err := colors.Marshal(color(strings.Repeat("é", 70)), errBad); return err }(),
			`demo: marshal color "` + strings.Repeat("é", 64) + `…" (140 bytes): bad value: want "", rouge or vert`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.ErrorIs(t, tt.err, errBad)
			assert.EqualError(t, tt.err, tt.want)
		})
	}
}

func TestUnmarshal(t *testing.T) {
	v := level(0)
	require.NoError(t, levels.Unmarshal([]byte("high"), &v, errBad))
	assert.Equal(t, level(1), v)
	err := levels.Unmarshal([]byte("haut"), &v, errBad)
	require.ErrorIs(t, err, errBad)
	assert.EqualError(t, err, `demo: parse level "haut": bad value: want low or high`)
	assert.Equal(t, level(1), v, "unchanged on error")
}

func TestDecodeJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     color
	}{
		{"slug", `"vert"`, "v"},
		{"escaped slug", `"v\u0065rt"`, "v"},
		{"empty slug", `""`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := color("r")
			require.NoError(t, colors.DecodeJSON([]byte(tt.in), &c, errBad))
			assert.Equal(t, tt.want, c)
		})
	}
}

func TestDecodeJSONErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		sentinel       bool // the error wraps errBad rather than being a type error
	}{
		{"null", `null`, "json: cannot unmarshal null into Go value of type enum_test.color", false},
		{"bool", `true`, "json: cannot unmarshal bool into Go value of type enum_test.color", false},
		{"false", `false`, "json: cannot unmarshal bool into Go value of type enum_test.color", false},
		{"number", `-1`, "json: cannot unmarshal number into Go value of type enum_test.color", false},
		{"array", `["vert"]`, "json: cannot unmarshal array into Go value of type enum_test.color", false},
		{"object", `{}`, "json: cannot unmarshal object into Go value of type enum_test.color", false},
		{"nothing", ``, "json: cannot unmarshal nothing into Go value of type enum_test.color", false},
		{"unknown slug", `"bleu"`, `demo: parse color "bleu": bad value: want "", rouge or vert`, true},
		{"broken string", `"vert`, "unexpected end of JSON input", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := color("r")
			err := colors.DecodeJSON([]byte(tt.in), &c, errBad)
			assert.EqualError(t, err, tt.want)
			assert.Equal(t, tt.sentinel, errors.Is(err, errBad))
			assert.Equal(t, color("r"), c, "unchanged on error")
		})
	}
}

// TestDecodeJSONPath checks what encoding/json makes of DecodeJSON's errors
// inside a document: the type errors get the struct field's path.
func TestDecodeJSONPath(t *testing.T) {
	var doc palette
	err := json.Unmarshal([]byte(`{"colors":["vert",null]}`), &doc)
	var typeErr *json.UnmarshalTypeError
	require.ErrorAs(t, err, &typeErr)
	assert.Equal(t, "colors", typeErr.Field)
	assert.EqualError(t, err, "json: cannot unmarshal null into Go struct field palette.colors of type enum_test.jsonColor")
}

// palette is a document that holds a list of jsonColors.
type palette struct {
	Colors []jsonColor `json:"colors"`
}

// jsonColor is a color that refuses null, as a table's type would.
type jsonColor color

var jsonColors = enum.MustTable("demo.Color", enum.Value[jsonColor]{V: "v", Slug: "vert"})

func (c *jsonColor) UnmarshalJSON(data []byte) error { return jsonColors.DecodeJSON(data, c, errBad) }

func TestLookupLabel(t *testing.T) {
	label, ok := colors.LookupLabel("v")
	assert.True(t, ok)
	assert.Equal(t, "Vert", label)
	label, ok = colors.LookupLabel("")
	assert.True(t, ok, "an empty value in the table is found")
	assert.Equal(t, "Non renseignée", label)
	label, ok = colors.LookupLabel("x")
	assert.False(t, ok)
	assert.Equal(t, "", label, "no label out of the table, not even the %!Color form")
}

func TestIndexAt(t *testing.T) {
	for i, c := range colors.Values() {
		assert.Equal(t, i, colors.Index(c))
		assert.Equal(t, c, colors.At(i))
	}
	assert.Equal(t, -1, colors.Index("x"))
	assert.Panics(t, func() { colors.At(colors.Len()) })
}
