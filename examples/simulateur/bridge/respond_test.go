package bridge

import (
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRespondToAnInvalidProject checks the answer to a project that
// relance.Orient refuses, which reading never leaves: a problem for the
// whole request, and a summary that says the project was not examined —
// not that the date is missing.
func TestRespondToAnInvalidProject(t *testing.T) {
	x := reading{project: scheme.Project{Overlap: -1}, on: calendar.MustDate(2021, time.March, 1), onGiven: true}
	resp := x.respond()
	assert.False(t, resp.Ready)
	assert.Empty(t, resp.Options)
	require.Len(t, resp.Errors, 1)
	assert.Equal(t, "", resp.Errors[0].Field)
	assert.Equal(t, CodeProjectInvalid, resp.Errors[0].Code)
	assert.Equal(t, "Aucun résultat\u00a0: le projet n’a pas pu être examiné. 1 champ à corriger.", resp.Summary)
}
