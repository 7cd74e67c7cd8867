package cli_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

func TestComplete(t *testing.T) {
	// Grenoble-Alpes-Métropole and its commune Grenoble: 445 059
	// inhabitants, of whom Grenoble's 157 650 count once (populations
	// légales en vigueur en 2021, millésime 2018).
	p, err := cli.Complete(scheme.Project{
		Lead:    scheme.Body{Kind: scheme.Syndicat, ID: "253514491", Name: "Syndicat"},
		Members: []scheme.Body{{ID: "200040715"}, {ID: "38185"}},
	})
	require.NoError(t, err)
	assert.Equal(t, scheme.Body{Kind: scheme.Syndicat, ID: "253514491", Name: "Syndicat"}, p.Lead, "a syndicat is no body of the data: left as given")
	assert.Equal(t, "Grenoble-Alpes-Métropole", p.Members[0].Name)
	assert.Equal(t, 157650, p.Overlap)
}

func TestCompleteErrors(t *testing.T) {
	p := scheme.Project{
		Lead:    scheme.Body{ID: "9999"},
		Members: []scheme.Body{{ID: "38999"}, {ID: "12 34"}, {ID: "200040715"}},
	}
	_, err := cli.Complete(p)
	require.ErrorIs(t, err, territoire.ErrUnknown)
	assert.ErrorContains(t, err, `"9999"`, "a code without a code's form, which no flag describes otherwise")
	assert.ErrorContains(t, err, `Members[0].ID "38999"`)
	assert.ErrorContains(t, err, `"12 34"`)
	assert.Len(t, unjoined(err), 3, "each bad code once: %v", err)
}

func unjoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
