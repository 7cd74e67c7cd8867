package relance_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// whatIfScheme returns a scheme built from the definition of « Meilleur
// usage des données » under id and name, its sessions renamed and the
// threshold of its first set to 1: someone's own rules, under a catalogue
// ID when id is one.
func whatIfScheme(t testing.TB, id scheme.ID, name string) scheme.Scheme {
	t.Helper()
	donnees, err := scheme.Get(scheme.Donnees)
	require.NoError(t, err)
	d := donnees.Definition()
	d.ID, d.Name = id, name
	d.Sessions[0].Name, d.Sessions[0].Rules.Threshold = "Session hypothétique", 1
	d.Sessions[1].Name = "Seconde session hypothétique"
	s, err := scheme.New(d)
	require.NoError(t, err)
	return s
}

// TestOptionJSONRoundTrip checks that an option decodes to what it was —
// the same scheme, sessions and rules, eligibilities that name the scheme
// and sessions that judged them — and encodes again to the same JSON, for
// the catalogue, a what-if that keeps a catalogue ID and a caller's own
// scheme, before and after the first session's intake closed.
func TestOptionJSONRoundTrip(t *testing.T) {
	whatIf := whatIfScheme(t, scheme.Donnees, "Meilleur usage des données")
	own := whatIfScheme(t, "fonds-x", "Fonds X")
	tests := []struct {
		name    string
		schemes []scheme.Scheme
		defined bool   // whether the options carry their scheme's definition
		header  string // the first line of the first session's Eligibility.Explain
	}{
		{"the catalogue", scheme.All(), false, "Meilleur usage des données, 1re session"},
		{"a what-if under a catalogue ID", []scheme.Scheme{whatIf}, true, "Meilleur usage des données, Session hypothétique"},
		{"a caller's own scheme", []scheme.Scheme{own}, true, "Fonds X, Session hypothétique"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var options []relance.Option
			for _, on := range []calendar.Date{calendar.MustDate(2021, time.March, 1), calendar.MustDate(2021, time.July, 1)} {
				got, err := relance.OrientAmong(tt.schemes, laterProject(), on)
				require.NoError(t, err)
				options = append(options, got...)
			}
			data, err := json.Marshal(options)
			require.NoError(t, err)
			assert.Equal(t, tt.defined, strings.Contains(string(data), `"definition":`))
			var back []relance.Option
			require.NoError(t, json.Unmarshal(data, &back))
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again), "encoded again the same")
			assert.Equal(t, relance.Explain(options), relance.Explain(back), "a decoded option says the same")

			nexts := 0
			for i, o := range back {
				want := options[i]
				assert.Equal(t, want.Session.Rules(), o.Session.Rules(), "its own rules")
				assert.Equal(t, want.Eligibility.Explain(), o.Eligibility.Explain(), "judged by its own session")
				if want.Eligibility.Scheme == scheme.Donnees || want.Eligibility.Scheme == "fonds-x" {
					if want.Session.ID() == "session-1" {
						assert.True(t, strings.HasPrefix(o.Eligibility.Explain(), tt.header), o.Eligibility.Explain())
					}
				}
				assert.Equal(t, want.Next.Rules(), o.Next.Rules())
				if want.NextEligibility != nil {
					nexts++
					require.NotNil(t, o.NextEligibility)
					assert.Equal(t, want.NextEligibility.Explain(), o.NextEligibility.Explain(), "judged by its own next session")
				}
			}
			assert.Positive(t, nexts, "a next session in play")
		})
	}
}

// TestOptionJSONRefused checks that an option whose scheme, sessions or
// eligibilities are not what its names and IDs say is refused, never read
// under other rules: a what-if's option stripped of its definition names
// the catalogue's ID and scheme, but its own sessions.
func TestOptionJSONRefused(t *testing.T) {
	whatIf := whatIfScheme(t, scheme.Donnees, "Meilleur usage des données")
	options, err := relance.OrientAmong([]scheme.Scheme{whatIf}, laterProject(), calendar.MustDate(2021, time.July, 1))
	require.NoError(t, err)
	require.False(t, options[0].Next.IsZero())
	data, err := json.Marshal(options[0])
	require.NoError(t, err)
	tests := []struct {
		name string
		edit func(o map[string]any)
		is   error
		want string
	}{
		{"a what-if's option without its definition", func(o map[string]any) { delete(field(o, "scheme"), "definition") }, scheme.ErrNameMismatch,
			`relance: decode option: session: scheme: resolve session "session-1" of "donnees": name "Session hypothétique": name mismatch: the session is named "1re session"`},
		{"a session renamed", func(o map[string]any) { field(o, "session")["name"] = "1re session" }, scheme.ErrNameMismatch,
			`relance: decode option: session: scheme: resolve session "session-1" of "donnees": name "1re session": name mismatch: the session is named "Session hypothétique"`},
		{"a next session renamed", func(o map[string]any) { field(o, "next")["name"] = "2e session" }, scheme.ErrNameMismatch,
			`relance: decode option: next: scheme: resolve session "session-2" of "donnees": name "2e session": name mismatch`},
		{"a scheme renamed", func(o map[string]any) { field(o, "scheme")["name"] = "Fonds régional" }, nil,
			`relance: decode option: scheme "donnees" named "Fonds régional": its definition is of "donnees" named "Meilleur usage des données"`},
		{"a definition of another ID", func(o map[string]any) { field(o, "scheme")["id"] = "fonds-x" }, nil,
			`relance: decode option: scheme "fonds-x" named "Meilleur usage des données": its definition is of "donnees" named`},
		{"a session the scheme does not hold", func(o map[string]any) { field(o, "session")["id"] = "session-9" }, scheme.ErrUnknownScheme,
			`relance: decode option: session: scheme: resolve session "session-9" of "donnees": unknown scheme: no such session`},
		{"an eligibility of another session", func(o map[string]any) { field(o, "eligibility")["session"] = "session-2" }, nil,
			`relance: decode option: eligibility: judged by "donnees/session-2", not by its session "donnees/session-1"`},
		{"an eligibility of another scheme", func(o map[string]any) { field(o, "eligibility")["scheme"] = "cooperation" }, nil,
			`relance: decode option: eligibility: judged by "cooperation/session-1", not by its session "donnees/session-1"`},
		{"a next eligibility of another session", func(o map[string]any) { field(o, "next_eligibility")["session"] = "session-1" }, nil,
			`relance: decode option: next_eligibility: judged by "donnees/session-1", not by its session "donnees/session-2"`},
		{"a long session name, cut", func(o map[string]any) { field(o, "session")["name"] = strings.Repeat("x", 1<<20) }, scheme.ErrNameMismatch,
			`…" (1048576 bytes): name mismatch`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var o map[string]any
			require.NoError(t, json.Unmarshal(data, &o))
			tt.edit(o)
			edited, err := json.Marshal(o)
			require.NoError(t, err)
			back := options[0]
			err = json.Unmarshal(edited, &back)
			require.Error(t, err)
			if tt.is != nil {
				require.ErrorIs(t, err, tt.is)
			}
			assert.ErrorContains(t, err, tt.want)
			assert.Less(t, len(err.Error()), 400, "a bounded message")
			assert.Equal(t, options[0].Explain(), back.Explain(), "unchanged on error")
		})
	}

	bad := []struct{ name, json, want string }{
		{"a catalogue ID under another name", `{"scheme":{"id":"donnees","name":"Fonds régional"}}`,
			`relance: decode option: scheme: resolve scheme "donnees": name "Fonds régional": name mismatch: the scheme is named "Meilleur usage des données"`},
		{"an invalid definition", `{"scheme":{"id":"x","name":"X","definition":{"id":"x"}}}`, `relance: decode option: scheme "x": scheme: new "x"`},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			var o relance.Option
			err := json.Unmarshal([]byte(tt.json), &o)
			require.Error(t, err)
			assert.ErrorContains(t, err, tt.want)
			assert.True(t, o.Scheme.IsZero(), "unchanged on error")
		})
	}
}

// field returns the object under key in o.
func field(o map[string]any, key string) map[string]any {
	return o[key].(map[string]any)
}

// TestOptionJSONPartial checks what options written by hand decode to: one
// of a scheme neither defined nor in the catalogue has no scheme or
// sessions, its eligibility named by its IDs; an eligibility that names no
// session is left as it is.
func TestOptionJSONPartial(t *testing.T) {
	own := whatIfScheme(t, "fonds-x", "Fonds X")
	options, err := relance.OrientAmong([]scheme.Scheme{own}, laterProject(), calendar.MustDate(2021, time.March, 1))
	require.NoError(t, err)
	var o map[string]any
	data, err := json.Marshal(options[0])
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &o))
	delete(field(o, "scheme"), "definition")
	undefined, err := json.Marshal(o)
	require.NoError(t, err)
	catalogue := `{"scheme":{"id":"donnees","name":"Meilleur usage des données"},"session":{"id":"session-1","name":"1re session"},` +
		`"eligibility":{"verdict":"undetermined","criteria":[],"missing":[]},"status":"open"}`

	tests := []struct {
		name          string
		json          string
		scheme        scheme.ID // the decoded option's
		session       string    // the decoded option's
		explainStarts string    // the decoded eligibility's Explain
	}{
		{"a scheme neither defined nor in the catalogue", string(undefined), "", "", "Dispositif fonds-x, session-1"},
		{"an eligibility that names no session", catalogue, scheme.Donnees, "session-1", "Dispositif non précisé"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var back relance.Option
			require.NoError(t, json.Unmarshal([]byte(tt.json), &back))
			assert.Equal(t, tt.scheme, back.Scheme.ID())
			assert.Equal(t, tt.session, back.Session.ID())
			assert.True(t, strings.HasPrefix(back.Eligibility.Explain(), tt.explainStarts), back.Eligibility.Explain())
		})
	}
}
