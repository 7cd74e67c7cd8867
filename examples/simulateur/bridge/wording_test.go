package bridge

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// codes are every problem code, as the constants list them.
var codes = []string{
	CodeAmountSyntax, CodeAmountDot, CodeAmountNegative, CodeAmountGrouping, CodeAmountSubCent,
	CodeAmountRange, CodeBudgetRange, CodePopulationSyntax, CodePopulationRange, CodeDateSyntax,
	CodeDateInvalid, CodeDateMissing, CodeResultsBeforeStart, CodeUnknownValue, CodeLookupUnavailable,
	CodeLookupFailed, CodeDuplicateBody, CodeSameBody, CodeRequestSyntax, CodeRequestKey, CodeRequestDuplicate, CodeRequestValue,
	CodeProjectInvalid,
}

// checkFrench checks the typography of a text for people: the apostrophe ’,
// and no-break spaces before « : ; ? ! » and inside « ».
func checkFrench(t *testing.T, text string) {
	t.Helper()
	assert.NotContains(t, text, "'", "a straight apostrophe in %q", text)
	for _, bad := range []string{" :", " ;", " ?", " !", "« ", " »"} {
		assert.NotContains(t, text, bad, "an ordinary space in %q", text)
	}
}

func TestMessages(t *testing.T) {
	assert.Len(t, messages, len(codes), "one message per code, and no other")
	for _, code := range codes {
		t.Run(code, func(t *testing.T) {
			e := newFieldError("x", code, "l’entrée")
			assert.Equal(t, code, e.Code)
			assert.NotEmpty(t, e.Message)
			assert.True(t, strings.HasSuffix(e.Message, "."), e.Message)
			checkFrench(t, e.Message)
		})
	}
}

func TestQuoted(t *testing.T) {
	assert.Equal(t, "«\u00a012,5\u00a0»", quoted(" 12,5 "))
	long := strings.Repeat("é", 50)
	assert.Equal(t, "«\u00a0"+strings.Repeat("é", 40)+"…\u00a0»", quoted(long))
}

func TestAsk(t *testing.T) {
	for _, path := range []string{"Lead.Kind", "Lead.Population", "Members[4].Population", "Departement", "SharedNeed", "Themes", "Practices", "Requested", "Start", "Results", "Budget"} {
		t.Run(path, func(t *testing.T) {
			q := Ask(path, 5)
			checkFrench(t, q)
			assert.NotEqual(t, path, q)
		})
	}
}

// TestResponseTypography scans every text of responses for people that the
// bridge writes itself — not the names from the catalogue — for French
// typography.
func TestResponseTypography(t *testing.T) {
	r := Example()
	r.Themes = nil
	r.Members = append(r.Members, BodyInput{Kind: "epci"}, BodyInput{Code: "38185"}, BodyInput{Code: "38185"}, BodyInput{Code: "3818"})
	r.Departement = ""
	for _, on := range []string{"10/01/2021", "01/03/2021", "01/07/2021", "15/10/2021", "31/02/2021"} {
		r.On = on
		resp := Bridge{}.WithTerritories().Answer(r)
		checkFrench(t, resp.Summary)
		for _, e := range resp.Errors {
			checkFrench(t, e.Message)
		}
		for _, d := range resp.Deduced {
			checkFrench(t, d.Message)
		}
		if g := resp.Glance; g != nil {
			checkFrench(t, g.Verdicts+" "+g.Best)
		}
		for _, c := range resp.Options {
			checkFrench(t, c.Calendar+" "+c.Apply)
			for _, q := range c.Questions {
				checkFrench(t, q.Text)
			}
			for _, m := range c.Money.Lines {
				checkFrench(t, m.Label+" "+m.Note)
			}
			for _, s := range c.Money.Bar {
				checkFrench(t, s.Label+" "+s.Share)
			}
			if c.Next != nil {
				checkFrench(t, c.Next.Calendar)
				for _, m := range c.Next.Money.Lines {
					checkFrench(t, m.Label+" "+m.Note)
				}
			}
		}
	}
}
