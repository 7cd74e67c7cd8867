package strictjson_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/stretchr/testify/assert"
)

func TestKeyIndex(t *testing.T) {
	long := strings.Repeat("k", 100)
	tests := []struct {
		name, path, key, want string
	}{
		{"a slug at the root", "", "format", "format"},
		{"a slug inside", "cases[3].expect", "donnees", "cases[3].expect.donnees"},
		{"hyphens and underscores", "a", "shared_need-2", "a.shared_need-2"},
		{"a key with a space", "expect", "Fonds régional", `expect["Fonds régional"]`},
		{"a key with a dot", "", "a.b", `["a.b"]`},
		{"the empty key", "a", "", `a[""]`},
		{"a long key, cut", "a", long, `a["` + long[:64] + `…" (100 bytes)]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, strictjson.Key(tt.path, tt.key))
		})
	}
	assert.Equal(t, "cases[12]", strictjson.Index("cases", 12))
	assert.Equal(t, "[0]", strictjson.Index("", 0))
}

func TestPrefixes(t *testing.T) {
	long := strings.Repeat("k", 100)
	tests := []struct {
		name, path string
		want       []string
	}{
		{"the document", "", []string{""}},
		{"a key", "format", []string{"", "format"}},
		{"keys and indexes", "cases[3].expect.donnees", []string{"", "cases", "cases[3]", "cases[3].expect", "cases[3].expect.donnees"}},
		{"quoted keys that hold dots and brackets", `expect["a.b[0]"].x`, []string{"", "expect", `expect["a.b[0]"]`, `expect["a.b[0]"].x`}},
		{"a quoted key at the root", `["a b"][1]`, []string{"", `["a b"]`, `["a b"][1]`}},
		{"a cut key", strictjson.Key("a", long) + ".b", []string{"", "a", strictjson.Key("a", long), strictjson.Key("a", long) + ".b"}},
		{"a Go field path", `Members[0].Population`, []string{"", "Members", "Members[0]", "Members[0].Population"}},
		{"an unclosed bracket", "a[0", []string{"", "a", "a[0"}},
		{"an unclosed quote", `a["x`, []string{"", "a", `a["x`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, slices.Collect(strictjson.Prefixes(tt.path)))
		})
	}
	for range strictjson.Prefixes("a.b.c") {
		break // stops when asked
	}
	for p := range strictjson.Prefixes("a.b.c") {
		if p == "a" {
			break
		}
	}
}

func TestWithin(t *testing.T) {
	tests := []struct {
		inner, outer string
		want         bool
	}{
		{"cases[3].expect", "cases[3]", true},
		{"cases[3].expect", "", true},
		{"cases[3].expect", "cases[3].expect", true},
		{"cases[3].expect", "cases[3].exp", false},
		{"cases[3]", "cases[3].expect", false},
		{"cases[30]", "cases[3", false},
		{`expect["a.b"]`, `expect["a`, false},
		{"a", "b", false},
	}
	for _, tt := range tests {
		t.Run(tt.inner+" in "+tt.outer, func(t *testing.T) {
			assert.Equal(t, tt.want, strictjson.Within(tt.inner, tt.outer))
		})
	}
}

type body struct {
	Kind       string `json:"kind"`
	Population int    `json:"population,omitempty"`
	Untagged   int
	Skipped    int `json:"-"`
}

type project struct {
	Lead     *body            `json:"lead"`
	Members  []body           `json:"members"`
	Grid     [2][]body        `json:"grid"`
	Named    map[string]body  `json:"named"`
	Pointers []*body          `json:"pointers"`
	Free     map[string][]int `json:"free"`
}

func TestAppendGo(t *testing.T) {
	typ := reflect.TypeFor[project]()
	tests := []struct {
		name, path, goPath, want string
	}{
		{"nothing", "p", "", "p"},
		{"a field at the root", "", "Lead", "lead"},
		{"through a pointer", "cases[0].project", "Lead.Kind", "cases[0].project.lead.kind"},
		{"an element's field", "", "Members[2].Population", "members[2].population"},
		{"an untagged field", "", "Members[0].Untagged", "members[0].Untagged"},
		{"a field tagged -", "", "Members[0].Skipped", "members[0].Skipped"},
		{"arrays of slices", "", "Grid[1][0].Kind", "grid[1][0].kind"},
		{"a map's key", "", `Named["a b"].Kind`, `named["a b"].kind`},
		{"pointers in a slice", "", "Pointers[0].Kind", "pointers[0].kind"},
		{"a field the type does not have", "", "Lead.Nature.X", "lead.Nature.X"},
		{"an index into a field that is not a list", "", "Lead[0].Kind", "lead[0].Kind"},
		{"past a leaf", "", "Free[\"x\"][0].Y", `free["x"][0].Y`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, strictjson.AppendGo(tt.path, typ, tt.goPath))
		})
	}
	assert.Equal(t, "lead.kind", strictjson.AppendGo("", reflect.TypeFor[*project](), "Lead.Kind"), "a pointer type")
}
