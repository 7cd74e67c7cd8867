package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run(nil, &stdout, &stderr), stderr.String())
	for _, want := range []string{
		"Étape 2\u00a0: Vote pour les propositions, du 15 mars au 15 avril 2021",
		"1. reservation-equipements\u00a0: 3 soutiens",
		"2. orientation-usagers\u00a0: 1 soutien\n",
		"3. gestion-relation-usagers\u00a0: aucun soutien",
		"non compté\u00a0: Mégalis Bretagne",
		"refusée\u00a0: « Wifi public dans les bourgs »",
		"référent\u00a0: Département de l’Isère",
		"groupes de travail",
	} {
		assert.Contains(t, stdout.String(), want)
	}
	assert.Empty(t, stderr.String())
}

func TestRunRefusesArguments(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 2, run([]string{"-x"}, &stdout, &stderr))
	assert.Contains(t, stderr.String(), `takes no arguments, got "-x"`)
	assert.Empty(t, stdout.String())
}
