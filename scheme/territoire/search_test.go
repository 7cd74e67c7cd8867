package territoire

import (
	"slices"
	"strings"
	"testing"

	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ids returns the IDs of bodies, nil for none.
func ids(bodies []scheme.Body) []string {
	var out []string
	for _, b := range bodies {
		out = append(out, b.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	tests := []struct {
		name, query string
		want        []string // the first IDs found
		count       int      // how many
	}{
		{"exact, then prefix", "Grenoble", []string{"38185", "200040715"}, 2},
		{"without case, accents or hyphens", "GRENOBLE ALPES METROPOLE", []string{"200040715"}, 1},
		{"ties: the wider body first", "paris", []string{"75", "75056", "81202"}, 17},
		{"exact before a more populous prefix", "lyon", []string{"69123", "27377", "200046977"}, 13},
		{"a collectivité, then its commune, then homonyms", "saint martin", []string{"978", "97801", "32389"}, SearchLimit},
		{"a ligature", "oeuf", []string{"62633", "54280"}, SearchLimit},
		{"a ligature written as such", "Œuf-en-Ternois", []string{"62633"}, 1},
		{"a région", "auvergne rhone alpes", []string{"R84"}, 1},
		{"a collectivité unique, then its EPCI", "martinique", []string{"972", "249720061", "249720053", "200041788"}, 4},
		{"an apostrophe, typographic", "L’Abergement-Clémenciat", []string{"01001"}, 1},
		{"an apostrophe, straight", "l'abergement clemenciat", []string{"01001"}, 1},
		{"a name of an overseas collectivité of no kind", "Nouméa", []string{"98818"}, 1},
		{"a name and its parentheses", "Bors (Canton de Charente-Sud)", []string{"16053"}, 1},
		{"digits", "4 C", []string{"200034064"}, 1},
		{"decomposed accents (NFD)", "Saint-E\u0301tienne", []string{"42218", "244200770"}, SearchLimit},
		{"decomposed, every accent", "Sao\u0302ne-et-Loire", []string{"71"}, 1},
		{"a soft hyphen inside", "Saint-É\u00adtienne", []string{"42218"}, SearchLimit},
		{"a zero-width space, a joiner, a byte order mark", "\ufeffGre\u200bno\u200dble", []string{"38185", "200040715"}, 2},
		{"the Collectivité de Corse by the région's name", "Corse", []string{"R94", "44046", "22048", "200040764"}, 6},
		{"the Collectivité de Corse by the name of a former département", "Haute-Corse", []string{"R94"}, 1},
		{"the Collectivité de Corse by the other, as typed", "corse du sud", []string{"R94"}, 1},
		{"the Collectivité de Corse by its name", "collectivité de Corse", []string{"R94"}, 1},
		{"the Rhône, without the Métropole de Lyon, before the région", "Rhône", []string{"69", "R84"}, SearchLimit},
		{"nothing", "Atlantide", nil, 0},
		{"nothing, in another alphabet", "Αθήνα", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Search(tt.query)
			assert.Len(t, got, tt.count)
			require.GreaterOrEqual(t, len(got), len(tt.want))
			assert.Equal(t, tt.want, ids(got[:len(tt.want)]))
		})
	}
}

// TestSearchOrder checks the ranks of Search on every result of a few
// queries: exact names, then prefixes, then names that hold the query
// elsewhere, each from the most populous.
func TestSearchOrder(t *testing.T) {
	for _, q := range []string{"saint", "paris", "sur", "e", "lyon", "métropole", "val", "ville"} {
		key := string(appendKey(nil, q))
		rank := func(b scheme.Body) int {
			switch k := string(appendKey(nil, b.Name)); {
			case k == key:
				return 0
			case strings.HasPrefix(k, key):
				return 1
			case strings.Contains(k, key):
				return 2
			}
			t.Errorf("Search(%q) found %s, %q", q, b.ID, b.Name)
			return 3
		}
		got := Search(q)
		for i := 1; i < len(got); i++ {
			a, b := got[i-1], got[i]
			if ra, rb := rank(a), rank(b); ra != rb {
				assert.Less(t, ra, rb, "%q: %s before %s", q, a.Name, b.Name)
			} else {
				assert.GreaterOrEqual(t, a.Population, b.Population, "%q: %s before %s", q, a.Name, b.Name)
			}
		}
	}
}

// TestSearchComplete compares Search with a slow reference that reads
// every body: for each query, the first SearchLimit bodies in its order.
func TestSearchComplete(t *testing.T) {
	tb := tablesT(t)
	for _, q := range []string{"saint", "paris", "Grenoble", "y", "eu", "ouessant", "cc du", "bois", "corse", "cor", "co", "e", "rhone"} {
		key := string(appendKey(nil, q))
		var exact, prefix, inside []string
		x := tb.names()
		for r, i := range x.byRank {
			b := tb.body(i)
			switch k := string(x.key(r)); {
			case k == key:
				exact = append(exact, b.ID)
			case strings.HasPrefix(k, key):
				prefix = append(prefix, b.ID)
			case strings.Contains(k, key):
				inside = append(inside, b.ID)
			}
		}
		var want []string // each body once, at its best rank
		for _, id := range append(append(exact, prefix...), inside...) {
			if !slices.Contains(want, id) {
				want = append(want, id)
			}
		}
		want = want[:min(len(want), SearchLimit)]
		assert.Equal(t, want, ids(Search(q)), q)
	}
}

func TestSearchNothing(t *testing.T) {
	for _, q := range []string{"", " ", "-'’ ()", strings.Repeat("a", maxQuery+1), "\xff\xfe"} {
		assert.Nil(t, Search(q), "%q", q)
	}
	assert.NotNil(t, Search(strings.Repeat(" ", maxQuery-5)+"paris"), "a name of maxQuery bytes")
}

func TestAppendKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lower case", "Grenoble", "grenoble"},
		{"accents", "Saint-Étienne", "saint etienne"},
		{"every French accent", "àâäçéèêëîïôöùûüÿ ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "aaaceeeeiioouuuy aaaceeeeiioouuuy"},
		{"Latin-1 letters", "ÁÃÅÌÍÑÒÓÕØÚÝ áãåìíñòóõøúý", "aaaiinoooouy aaaiinoooouy"},
		{"ligatures", "Œuvre Æther Straße", "oeuvre aether strasse"},
		{"punctuation runs, trimmed", "  L’Haÿ-les-Roses (94) ", "l hay les roses 94"},
		{"a no-break space", "Saint\u00a0Denis", "saint denis"},
		{"other letters, lower-cased", "ΑΘΗΝΑ Łódź", "αθηνα łodź"},
		{"an invalid byte: a separator", "a\xffb", "a b"},
		{"decomposed accents (NFD)", "Saint-E\u0301tienne C\u0327a\u0300", "saint etienne ca"},
		{"a combining mark alone", "\u0301", ""},
		{"invisible format characters", "Sou\u00adth\u200bern\u200c\u200d\u2060\ufeff", "southern"},
		{"nothing but punctuation", " - ' ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(appendKey(nil, tt.in)))
			assert.Equal(t, "x"+tt.want, string(appendKey([]byte("x"), tt.in)), "appended")
		})
	}
}
