package relancetest_test

import (
	"encoding/json"
	"testing"

	"github.com/planrelance/numerique/relance/relancetest"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseFactsOfEachCriterion checks that a case may state, of each
// criterion, exactly the facts that the library writes for it: those that
// the criteria of the corpus's orientations write in JSON
// (scheme.Criterion.MarshalJSON), and no other.
func TestParseFactsOfEachCriterion(t *testing.T) {
	files, err := relancetest.Load(relancetest.Corpus(), "*.json")
	require.NoError(t, err)
	written := make(map[string]map[string]json.RawMessage) // by criterion, a value of each fact written
	values := make(map[string]json.RawMessage)             // a value of each fact, whatever the criterion
	judge := make(map[string]scheme.ID)                    // a catalogue scheme that judges each criterion
	for _, res := range relancetest.VerifyAll(files).Results {
		for _, o := range res.Options {
			for _, c := range o.Eligibility.Criteria {
				code := c.Code.String()
				if _, err := scheme.Get(o.Scheme.ID()); err == nil {
					judge[code] = o.Scheme.ID()
				}
				data, err := json.Marshal(c)
				require.NoError(t, err)
				var keys map[string]json.RawMessage
				require.NoError(t, json.Unmarshal(data, &keys))
				if written[code] == nil {
					written[code] = make(map[string]json.RawMessage)
				}
				for k, v := range keys {
					if k != "code" && k != "outcome" && k != "branch" && k != "reason" {
						written[code][k], values[k] = v, v
					}
				}
			}
		}
	}
	require.Len(t, values, 12, "the corpus writes every fact of some criterion")
	for _, code := range scheme.CriterionCodes() {
		id, ok := judge[code.String()]
		require.True(t, ok, "a catalogue scheme judges %s", code)
		for key, v := range values {
			data := file(`"date": "2021-03-01", "expect": {"` + string(id) + `": {"facts": {"` + code.String() + `": {"` + key + `": ` + string(v) + `}}}}`)
			_, err := relancetest.Parse("cas.json", []byte(data))
			_, holds := written[code.String()][key]
			if holds {
				assert.NoError(t, err, "%s.%s", code, key)
			} else {
				assert.ErrorIs(t, err, relancetest.ErrUnknownKey, "%s.%s", code, key)
			}
		}
	}
}
