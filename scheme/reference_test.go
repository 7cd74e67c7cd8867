package scheme

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResolve(t *testing.T) {
	for _, s := range All() {
		t.Run(string(s.ID()), func(t *testing.T) {
			got, err := Resolve(s.ID(), s.Name())
			require.NoError(t, err)
			assert.Equal(t, s, got)
			assert.Zero(t, testing.AllocsPerRun(10, func() { _, _ = Resolve(s.ID(), s.Name()) }))
		})
	}
}

func TestResolveErrors(t *testing.T) {
	long := strings.Repeat("é", 5000)
	tests := []struct {
		name, id, named string
		is              error
		want            string
	}{
		{"a what-if's name under a catalogue ID", "donnees", "Fonds régional", ErrNameMismatch,
			`scheme: resolve scheme "donnees": name "Fonds régional": name mismatch: the scheme is named "Meilleur usage des données"`},
		{"no name", "donnees", "", ErrNameMismatch, `scheme: resolve scheme "donnees": name "": name mismatch`},
		{"a long name, cut", "donnees", long, ErrNameMismatch, `…" (10000 bytes): name mismatch`},
		{"an ID not in the catalogue", "fonds-test", "Fonds régional d’essai", ErrUnknownScheme, `scheme: resolve scheme "fonds-test": unknown scheme: want `},
		{"a long ID, cut", long, "x", ErrUnknownScheme, `…" (10000 bytes): unknown scheme`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Resolve(ID(tt.id), tt.named)
			require.ErrorIs(t, err, tt.is)
			assert.ErrorContains(t, err, tt.want)
			assert.Less(t, len(err.Error()), 300, "a bounded message")
			assert.True(t, s.IsZero())
		})
	}
}

func TestResolveSession(t *testing.T) {
	own, err := New(testDefinition("Appel à projets", Rules{Applicants: []Kind{Commune}}))
	require.NoError(t, err)
	for _, s := range append(All(), own, whatIf(t)) {
		for _, se := range s.Sessions() {
			t.Run(se.String()+" "+se.Name(), func(t *testing.T) {
				got, err := s.ResolveSession(se.ID(), se.Name())
				require.NoError(t, err)
				assert.Equal(t, se, got)
				assert.Zero(t, testing.AllocsPerRun(10, func() { _, _ = s.ResolveSession(se.ID(), se.Name()) }))
			})
		}
	}
}

func TestResolveSessionErrors(t *testing.T) {
	own, err := New(testDefinition("Appel à projets", Rules{Applicants: []Kind{Commune}}))
	require.NoError(t, err)
	tests := []struct {
		name      string
		s         Scheme
		id, named string
		is        error
		want      string
	}{
		{"the catalogue's name for a what-if's session", whatIf(t), "session-1", "1re session", ErrNameMismatch,
			`scheme: resolve session "session-1" of "donnees": name "1re session": name mismatch: the session is named "Session hypothétique"`},
		{"a what-if's name for the catalogue's session", mustGet(t, Donnees), "session-1", "Session hypothétique", ErrNameMismatch,
			`scheme: resolve session "session-1" of "donnees": name "Session hypothétique": name mismatch: the session is named "1re session"`},
		{"no name", own, "appel-1", "", ErrNameMismatch, `scheme: resolve session "appel-1" of "fonds-test": name "": name mismatch`},
		{"a session the scheme does not hold", own, "appel-2", "Appel à projets", ErrUnknownScheme,
			`scheme: resolve session "appel-2" of "fonds-test": unknown scheme: no such session`},
		{"the zero Scheme", Scheme{}, "session-1", "1re session", ErrUnknownScheme, `scheme: resolve session "session-1" of "": unknown scheme`},
		{"a long ID, cut", own, strings.Repeat("x", 1<<20), "x", ErrUnknownScheme, `…" (1048576 bytes) of "fonds-test": unknown scheme`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			se, err := tt.s.ResolveSession(tt.id, tt.named)
			require.ErrorIs(t, err, tt.is)
			assert.ErrorContains(t, err, tt.want)
			assert.Less(t, len(err.Error()), 300, "a bounded message")
			assert.True(t, se.IsZero())
		})
	}
}
