package relancetest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadme keeps the README's section "Testing your own rules" true: its
// case file passes, and the failure it shows is what the same file says
// with a grant wrong by a cent.
func TestReadme(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(readme), "## Testing your own rules\n")
	require.True(t, ok)
	section, _, _ = strings.Cut(section, "\n## ")
	block := func(fence string) string {
		_, rest, ok := strings.Cut(section, "```"+fence+"\n")
		require.True(t, ok, fence)
		text, _, _ := strings.Cut(rest, "```")
		return text
	}

	f, err := relancetest.Parse("testdata/cas.json", []byte(block("json")))
	require.NoError(t, err)
	rep := relancetest.Verify([]relancetest.File{f})
	require.Len(t, rep.Results, 1)
	assert.True(t, rep.Results[0].Passed(), rep.Results[0].Message())

	wrong := strings.Replace(block("json"), `"grant": "90000.00"`, `"grant": "90000.01"`, 1)
	f, err = relancetest.Parse("testdata/cas.json", []byte(wrong))
	require.NoError(t, err)
	message := strings.ReplaceAll(strings.ReplaceAll(relancetest.Verify([]relancetest.File{f}).Results[0].Message(), "\u00a0", " "), "\u202f", " ")
	shown := strings.TrimSuffix(block("text"), "    …\n")
	assert.True(t, strings.HasPrefix(message, shown), "the README shows the start of the message:\n%s", message)

	if strings.Contains(section, "branches atteintes sur") { // the README quotes the summary of the failing case
		summary := strings.ReplaceAll(strings.ReplaceAll(relancetest.Verify([]relancetest.File{f}).Summary(), "\u00a0", " "), "\u202f", " ")
		assert.Contains(t, strings.Join(strings.Fields(section), " "), "« "+summary+" »", "the README quotes the summary")
	}
}
