package main

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/scheme"
)

func TestAppendFactSlug(t *testing.T) {
	tests := []struct{ path, want string }{
		{"Lead.Kind", "porteur-nature"},
		{"Lead.Population", "porteur-population"},
		{"Members[0].Population", "membre-1-population"},
		{"Members[1].Population", "membre-2-population"},
		{"Members[41].Population", "membre-42-population"},
		{"Departement", "departement-entier"},
		{"SharedNeed", "besoin-commun"},
		{"Themes", "themes"},
		{"Practices", "pratiques"},
		{"Start", "debut"},
		{"Results", "resultats"},
		{"Requested", "date-demande"},
		// Paths that the table does not know come out as they are, so that
		// no fact is lost.
		{"Overlap", "Overlap"},
		{"Lead.Name", "Lead.Name"},
		{"Members[1].Kind", "Members[1].Kind"},
		{"Members[].Population", "Members[].Population"},
		{"Members[-1].Population", "Members[-1].Population"},
		{"Members[+1].Population", "Members[+1].Population"},
		{"Members[9223372036854775807].Population", "Members[9223372036854775807].Population"},
		{"Members[99999999999999999999].Population", "Members[99999999999999999999].Population"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, string(appendFactSlug([]byte("x;"), tt.path))[2:], "%q", tt.path)
	}
}

// TestFactSlugsUnique checks that no two facts share a slug, that each is
// written as slugs are, and that each path is a field of scheme.Project.
func TestFactSlugsUnique(t *testing.T) {
	seen := map[string]string{}
	for _, f := range factSlugs {
		assert.NotContains(t, seen, f.slug, "%s and %s", seen[f.slug], f.path)
		seen[f.slug] = f.path
		assert.Regexp(t, `^[a-z]+(-[a-z]+)*$`, f.slug, "ASCII, lower case, words joined by hyphens")
		assert.True(t, isProjectField(f.path), "%s: a field of scheme.Project", f.path)
	}
}

// isProjectField reports whether path, such as "Lead.Kind", names a field
// of scheme.Project.
func isProjectField(path string) bool {
	typ := reflect.TypeFor[scheme.Project]()
	for name := range strings.SplitSeq(path, ".") {
		f, ok := typ.FieldByName(name)
		if !ok {
			return false
		}
		typ = f.Type
	}
	return true
}

// TestFactSlugsDocumented checks that the package doc's table of missing
// facts is factSlugs, with the member's slug.
func TestFactSlugsDocumented(t *testing.T) {
	_, section, ok := strings.Cut(packageDoc(t), "\n# Missing facts\n")
	require.True(t, ok)
	section, _, _ = strings.Cut(section, "\n# ")
	line := regexp.MustCompile(`(?m)^\t(\S+)\s+.*\((\S+)\)$`)
	var documented [][2]string
	for _, m := range line.FindAllStringSubmatch(section, -1) {
		documented = append(documented, [2]string{m[2], m[1]})
	}
	want := [][2]string{{"Members[N-1].Population", "membre-N-population"}}
	for _, f := range factSlugs {
		want = append(want, [2]string{f.path, f.slug})
	}
	assert.ElementsMatch(t, want, documented)
}

func TestRunMissingLabels(t *testing.T) {
	o := &orienter{}
	slugs, labels := o.missing([]string{"Lead.Kind", "Members[2].Population", "Unknown.Path"})
	assert.Equal(t, "porteur-nature;membre-3-population;Unknown.Path", slugs)
	assert.Equal(t, "la nature du porteur\u00a0; la population du membre n°\u00a03\u00a0; Unknown.Path", labels)
}
