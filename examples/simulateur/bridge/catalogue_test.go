package bridge_test

import (
	"encoding/json"
	"testing"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/simulateur/bridge"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCatalogue(t *testing.T) {
	c := bridge.Bridge{}.Catalogue()
	assert.False(t, c.Lookup)
	assert.Equal(t, bridge.Example(), c.Example)
	require.Len(t, c.Kinds, len(scheme.Kinds()))
	for i, k := range scheme.Kinds() {
		assert.Equal(t, bridge.Choice{Value: string(k), Label: k.Label()}, c.Kinds[i])
	}
	assert.Equal(t, []bridge.Choice{{"yes", "Oui"}, {"no", "Non"}, {"", "Je ne sais pas encore"}}, c.Answers)
	assert.Len(t, c.Themes, len(scheme.Themes()))
	assert.Len(t, c.Practices, len(scheme.Practices()))
	require.Len(t, c.Categories, len(cost.Categories()))
	assert.Equal(t, bridge.Choice{Value: "personnel", Label: "Dépenses de personnel"}, c.Categories[0])

	var decoded bridge.Catalogue
	require.NoError(t, json.Unmarshal(bridge.Bridge{}.CatalogueJSON(), &decoded))
	assert.Equal(t, c, decoded)

	assert.False(t, c.Search)
	assert.Empty(t, c.Source)

	lookupOnly := bridge.Bridge{Lookup: func(string) (scheme.Body, error) { return scheme.Body{}, nil }}
	assert.False(t, lookupOnly.Catalogue().Lookup, "codes are read with a Lookup and a Complete")
	withCodes := lookupOnly
	withCodes.Complete = func(p scheme.Project) (scheme.Project, error) { return p, nil }
	assert.True(t, withCodes.Catalogue().Lookup)
	assert.False(t, withCodes.Catalogue().Search)
	full := bridge.Bridge{}.WithTerritories().Catalogue()
	assert.True(t, full.Lookup)
	assert.True(t, full.Search)
	assert.Equal(t, bridge.TerritoriesSource, full.Source)
}
