package cli_test

import (
	"testing"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInForce(t *testing.T) {
	tests := []struct {
		name string
		id   scheme.ID
		on   string
		want string
	}{
		{"before the first session", scheme.Donnees, "2021-01-01", "1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, à venir)"},
		{"in the first session", scheme.Donnees, "2021-03-01", "1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, ouvert)"},
		{"between the sessions: the first, closed", scheme.ServicesUsagers, "2021-07-01", "1re session (dépôt des candidatures du 25 janvier au 28 mai 2021, clos)"},
		{"in the second session", scheme.Cooperation, "2021-10-15", "2e session (dépôt des candidatures du 8 octobre au 22 novembre 2021, ouvert)"},
		{"the Incubateur", scheme.Incubateur, "2021-03-01", "Consultation nationale 2021 (recueil des besoins et des services existants du 25 janvier au 15 mars 2021, ouvert)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := scheme.Get(tt.id)
			require.NoError(t, err)
			on, err := calendar.ParseDate(tt.on)
			require.NoError(t, err)
			assert.Equal(t, tt.want, cli.InForce(s.SessionOn(on), on))
		})
	}
}
