package bridge_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzParseInput checks the readers of what people type: whatever the text,
// they either read a value or name a problem, and what they read comes back
// the same from its French wording.
func FuzzParseInput(f *testing.F) {
	for _, s := range []string{"12 000,50", "180000", "61\u202f728,39\u00a0€", "12.5", "-3", "1 2000", "350 000", "15/03/2021", "2021-03-15", "31/02/2021", "", "-0", "\u22120,00", "12 €€", "12 € €"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, code := bridge.ParseAmount(s)
		if code == "" {
			back, again := bridge.ParseAmount(a.French())
			require.Empty(t, again, "%q read as %s", s, a)
			assert.Equal(t, a, back)
			assert.False(t, a.IsNegative())
		} else {
			assert.True(t, a.IsZero())
		}
		if typed := strings.Trim(s, " \u00a0\u202f\t"); strings.HasPrefix(typed, "-") || strings.HasPrefix(typed, "\u2212") {
			assert.Equal(t, bridge.CodeAmountNegative, code, "a cost typed with a minus sign")
		}
		if strings.Count(s, "€") > 1 {
			assert.NotEmpty(t, code, "two euro signs")
		}
		if n, code := bridge.ParsePopulation(s); code == "" {
			assert.GreaterOrEqual(t, n, 0)
			assert.Less(t, n, int(1e12))
		}
		if d, code := bridge.ParseDate(s); code == "" {
			back, again := bridge.ParseDate(d.String())
			require.Empty(t, again)
			assert.Equal(t, d, back)
		} else {
			assert.True(t, d.IsZero())
		}
	})
}

// FuzzOrientJSON checks that the page's calls answer any request with JSON
// that holds together: never a failure, cards only when ready, every
// problem worded, a body found for a code only where the form has one, and
// never more proposals than the page shows.
func FuzzOrientJSON(f *testing.F) {
	example, err := json.Marshal(bridge.Example())
	require.NoError(f, err)
	f.Add(example)
	f.Add([]byte(`{"on": "01/07/2021", "lead": {"kind": "epci", "population": "1 2"}, "budget": [{"category": "x", "amount": "1.5"}]}`))
	f.Add([]byte(`{"on": "1/1/2021", "start": "02/02/2022", "results": "01/01/2022", "members": [{}, {"code": "38"}]}`))
	f.Add([]byte(`{"on": "15/10/2021", "lead": {"code": "200040715"}, "members": [{"code": "243800984", "population": "1"}, {"code": "1001"}]}`))
	f.Add([]byte(`{"on": "01/03/2021", "members": [{"kind": "epci"}, {"kind": "epci"}, {"code": "38"}, {"code": "38"}]}`))
	f.Add([]byte(`{"on": "01/03/2021", "requested": "15/03/2021", "lead": {"kind": "syndicat"}, "members": [{"code": "200040715"}, {"code": "38185"}, {"code": "2A"}, {"code": "mairie", "kind": "partenaire"}]}`))
	f.Add([]byte(`{"on": "15/10/2021", "lead": {"code": "38185"}, "departement": "", "lead": {"populaton": "1"}}`))
	f.Add([]byte(`{"on": "31/12/9999", "budget": [{"category": "autre", "amount": "-0"}, {"category": "autre", "amount": "12 €€"}]}`))
	f.Add([]byte(`{"on": "01/01/0001"}`))
	f.Add([]byte(`nope`))
	f.Add([]byte(`grenoble`))
	b := bridge.Bridge{}.WithTerritories()
	f.Fuzz(func(t *testing.T, request []byte) {
		var proposals bridge.Proposals
		require.NoError(t, json.Unmarshal(b.ProposeJSON(string(request)), &proposals))
		assert.LessOrEqual(t, len(proposals.Bodies), bridge.ProposalLimit)

		var resp bridge.Response
		require.NoError(t, json.Unmarshal(b.Orient(request), &resp))
		assert.NotNil(t, resp.Errors)
		assert.NotNil(t, resp.Found)
		for _, found := range resp.Found {
			assert.Regexp(t, `^(lead|members\.\d+)\.code$`, found.Field)
			assert.NotEmpty(t, found.Code)
		}
		for _, d := range resp.Deduced {
			assert.Equal(t, "departement", d.Field)
		}
		dateMissing := false
		for _, e := range resp.Errors {
			assert.NotEmpty(t, e.Code)
			assert.NotEmpty(t, e.Message)
			assert.NotEqual(t, bridge.CodeProjectInvalid, e.Code, "the bridge leaves out what the project refuses")
			dateMissing = dateMissing || e.Code == bridge.CodeDateMissing
		}
		assert.NotEmpty(t, resp.Summary)
		assert.Equal(t, dateMissing, strings.Contains(resp.Summary, "la date d’orientation manque"), resp.Summary)
		if !resp.Ready {
			assert.Empty(t, resp.Options)
			assert.Nil(t, resp.Glance)
			return
		}
		require.NotNil(t, resp.Glance)
		assert.Len(t, resp.Options, 4)
		require.NotNil(t, resp.Timeline)
		// The sessions span 2021 and 2022, and the line at most a year more
		// on each side.
		assert.LessOrEqual(t, len(resp.Timeline.Months), 24+2*bridge.NearMonths)
		for _, c := range resp.Options {
			total := 0
			for _, s := range c.Money.Bar {
				total += s.Permyriad
			}
			if len(c.Money.Bar) > 0 {
				assert.Equal(t, 10000, total)
			}
			if c.Verdict == "ineligible" || c.Money.Promise == "closed" {
				assert.Empty(t, c.Money.Bar)
			}
			if c.Verdict != "undetermined" && c.Next == nil {
				assert.Empty(t, c.Questions, "a concluded card asks nothing")
			}
		}
	})
}
