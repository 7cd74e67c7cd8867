package main

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestColumnsDocumented checks that -h, the package doc and the code list
// the same input and output columns.
func TestColumnsDocumented(t *testing.T) {
	var code [2][]string
	for _, c := range inColumns {
		code[0] = append(code[0], c.name)
	}
	for _, c := range outColumns {
		code[1] = append(code[1], c.name)
	}

	var stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-h"}, nil, nil, &stderr))
	help := stderr.String()
	doc := packageDoc(t)
	for i, section := range []struct{ help, doc string }{
		{"Input columns", "# Input"},
		{"Output columns", "# Output"},
	} {
		t.Run(section.doc, func(t *testing.T) {
			inHelp := helpColumns(t, help, section.help)
			inDoc := docColumns(t, doc, section.doc)
			assert.ElementsMatch(t, code[i], inHelp, "-h and the code")
			assert.ElementsMatch(t, code[i], inDoc, "the package doc and the code")
			assert.Equal(t, inHelp, inDoc, "in the same order")
		})
	}
}

// helpColumns returns the columns that the -h output help lists after the
// line that starts with title: a name indented by two spaces on each line,
// up to the next empty line.
func helpColumns(t *testing.T, help, title string) []string {
	_, rest, ok := strings.Cut(help, "\n"+title)
	require.True(t, ok, "no %q in -h", title)
	lines := strings.Split(rest, "\n")[1:]
	var names []string
	for _, l := range lines {
		if l == "" {
			break
		}
		require.True(t, strings.HasPrefix(l, "  "), "%q", l)
		names = append(names, strings.Fields(l)[0])
	}
	return names
}

// docTableLine is a line of a table of the package doc: a tab, names
// separated by commas, then two spaces or the end of the line.
var docTableLine = regexp.MustCompile(`^\t([a-z-]+(?:, [a-z-]+)*)(?:  |$)`)

// docColumns returns the columns that the section of the package doc
// headed by heading lists: the names of the first table of the section,
// whose continued lines start with a tab and spaces.
func docColumns(t *testing.T, doc, heading string) []string {
	_, section, ok := strings.Cut(doc, "\n"+heading+"\n")
	require.True(t, ok, "no %q in the package doc", heading)
	section, _, _ = strings.Cut(section, "\n# ")
	var names []string
	table := false
	for l := range strings.SplitSeq(section, "\n") {
		if !strings.HasPrefix(l, "\t") {
			if table {
				break
			}
			continue
		}
		table = true
		if m := docTableLine.FindStringSubmatch(l); m != nil {
			names = append(names, strings.Split(m[1], ", ")...)
		}
	}
	return names
}

// packageDoc returns the text of the package doc, doc.go without its
// comment marks.
func packageDoc(t *testing.T) string {
	src, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	var b strings.Builder
	for l := range strings.SplitSeq(string(src), "\n") {
		if text, ok := strings.CutPrefix(l, "//"); ok {
			b.WriteString(strings.TrimPrefix(text, " ") + "\n")
		}
	}
	return b.String()
}

func TestInColumnsCategories(t *testing.T) {
	require.Len(t, inColumns, firstCategory+len(categories))
	for i, c := range categories {
		assert.Equal(t, c.String(), inColumns[firstCategory+i].name, "the column of category %d is named after its slug", i)
	}
	assert.True(t, slices.ContainsFunc(inColumns[:], func(c column) bool { return c.name == "members" }))
}
