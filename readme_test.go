package numerique_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDataProjectGrant is the test that README.md shows under "Using it in
// your tests"; TestReadme checks that the README shows it as it is here.
func TestDataProjectGrant(t *testing.T) {
	donnees, err := scheme.Get(scheme.Donnees)
	require.NoError(t, err)
	session := donnees.SessionOn(calendar.MustDate(2021, time.March, 1))
	require.Equal(t, "session-1", session.ID())

	budget := cost.Budget{
		{Category: cost.Services, Label: "Développement", Amount: cost.MustParseAmount("180000.00")},
		{Category: cost.Personnel, Label: "Chef de projet", Amount: cost.MustParseAmount("60000.00")},
		{Category: cost.Equipment, Label: "Serveurs", Amount: cost.MustParseAmount("20000.00")},
	}
	res, err := session.Cofinance(budget)
	require.NoError(t, err)

	// 50 % hors personnel et matériel: only the 180 000 € of services count.
	assert.Equal(t, cost.MustParseAmount("180000.00"), res.Eligible, res.Explain())
	assert.Equal(t, cost.MustParseAmount("90000.00"), res.Grant, res.Explain())
	assert.Equal(t, cost.MustParseAmount("170000.00"), res.Remainder, res.Explain())
}

func TestReadme(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	self, err := os.ReadFile("readme_test.go")
	require.NoError(t, err)
	src := string(self)
	start := strings.Index(src, "func TestDataProjectGrant")
	end := strings.Index(src[start:], "\n}\n") + start + 3
	require.Positive(t, start)
	assert.Contains(t, string(readme), src[start:end], "README.md shows TestDataProjectGrant as it is in readme_test.go")
}
