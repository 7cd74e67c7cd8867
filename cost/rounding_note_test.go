package cost

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRoundingNote(t *testing.T) {
	tests := []struct {
		name   string
		budget Budget
		policy Policy
		want   string
	}{
		{"a product exact to the cent", Budget{{Category: Services, Amount: Euros(1000)}}, Policy{Rate: Percent(50)}, ""},
		{"a fraction of a cent lost, by default", Budget{{Category: Services, Amount: MustParseAmount("1333.33")}}, Policy{Rate: Percent(75)},
			"arrondi au centime inférieur\u00a0: choix de la bibliothèque"},
		{"a fraction of a cent, the policy's rounding", Budget{{Category: Services, Amount: MustParseAmount("1333.33")}}, Policy{Rate: Percent(75), Rounding: HalfUpToCent},
			HalfUpToCent.French() + "\u00a0: choix de la politique"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Cofinance(tt.budget, tt.policy)
			require.NoError(t, err)
			assert.Equal(t, tt.want != "", r.Rounded())
			assert.Equal(t, tt.want, r.RoundingNote())
		})
	}
}
