package cli_test

import (
	"errors"
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
	assert.Len(t, cli.Unjoin(err), 3, "each bad code once: %v", err)
}

func TestUnjoin(t *testing.T) {
	a, b := errors.New("a"), errors.New("b")
	field := &scheme.FieldError{Field: "Start", Err: a}
	tests := []struct {
		name string
		err  error
		want []error
	}{
		{"nil", nil, nil},
		{"one error", a, []error{a}},
		{"errors joined", errors.Join(a, b), []error{a, b}},
		{"joined within joined: one level", errors.Join(errors.Join(a, b), field), []error{errors.Join(a, b), field}},
		{"an error that wraps several under its own message", field, []error{field}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cli.Unjoin(tt.err))
		})
	}
}

func TestDataNotes(t *testing.T) {
	assert.Nil(t, cli.DataNotes(scheme.Project{Lead: scheme.Body{Kind: scheme.Syndicat}, Members: []scheme.Body{{Kind: scheme.EPCI, Population: 1}}}),
		"no body by code: nothing about the data")
	assert.Equal(t, []string{cli.PopulationsNote}, cli.DataNotes(scheme.Project{Lead: scheme.Body{ID: "38185"}}))
	assert.Equal(t, []string{cli.PopulationsNote, territoire.Modelling("R94"), territoire.Modelling("75")},
		cli.DataNotes(scheme.Project{Lead: scheme.Body{ID: "R94"}, Members: []scheme.Body{{ID: "75056"}, {ID: "75"}, {ID: "38185"}}}),
		"each note once, in the order of the bodies")
}
