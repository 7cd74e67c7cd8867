package enum_test

import (
	"testing"

	"github.com/planrelance/numerique/internal/enum"
	"github.com/stretchr/testify/assert"
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
