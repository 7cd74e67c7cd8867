package territoire_test

import (
	"fmt"
	"testing"

	"github.com/planrelance/numerique/scheme/territoire"
	"github.com/stretchr/testify/assert"
)

func TestModelling(t *testing.T) {
	tests := []struct {
		code, starts string
	}{
		{"R94", "Collectivité de Corse\u00a0: collectivité à statut particulier (CGCT, art. L4421-1)"},
		{"r94", "Collectivité de Corse\u00a0:"},
		{"200 046 977", "Métropole de Lyon\u00a0: collectivité à statut particulier (CGCT, art. L3611-1), comptée comme un EPCI"},
		{"75056", "Paris\u00a0: une seule collectivité"},
		{"75", "Paris\u00a0: une seule collectivité"},
		{"38185", ""},
		{"69", ""},
		{"2A", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := territoire.Modelling(tt.code)
		if tt.starts == "" {
			assert.Empty(t, got, tt.code)
			continue
		}
		assert.Contains(t, got, tt.starts, tt.code)
		assert.Contains(t, got, "(choix de la bibliothèque)", tt.code)
	}
}

func ExampleModelling() {
	fmt.Println(territoire.Modelling("200046977"))
	// Output:
	// Métropole de Lyon : collectivité à statut particulier (CGCT, art. L3611-1), comptée comme un EPCI à fiscalité propre, comme les données officielles la listent (choix de la bibliothèque)
}
