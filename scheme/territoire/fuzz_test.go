package territoire

import (
	"errors"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/quote"
)

// FuzzLookup checks that Lookup never panics, and either finds a body that
// its own ID finds again, or fails with a CodeError that quotes the code.
func FuzzLookup(f *testing.F) {
	for _, code := range []string{"38185", "2a004", "200 040 715", "R84", "R02", "972", "", "1001", "20004", "R1", "R2A", "213801855", "69381", "Grenoble", "\xff", "9999999999", "r"} {
		f.Add(code)
	}
	f.Fuzz(func(t *testing.T, code string) {
		b, err := Lookup(code)
		if err != nil {
			var ce *CodeError
			if !errors.As(err, &ce) || !errors.Is(err, ErrUnknown) || ce.Code != code {
				t.Fatalf("Lookup(%q): %v, not a CodeError of the code", code, err)
			}
			if !strings.HasPrefix(err.Error(), "territoire: lookup "+quote.Input(code)+": unknown code") {
				t.Fatalf("Lookup(%q): %q", code, err)
			}
			if len(ce.Suggestions) > maxSuggestions {
				t.Fatalf("Lookup(%q): %d suggestions", code, len(ce.Suggestions))
			}
			return
		}
		again, err := Lookup(b.ID)
		if err != nil || again != b || b.Name == "" {
			t.Fatalf("Lookup(%q) = %+v, but Lookup(%q) = %+v, %v", code, b, b.ID, again, err)
		}
	})
}

// FuzzSearch checks that Search never panics, returns at most SearchLimit
// bodies, each once, each of a name that holds the query's key.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"Grenoble", "saint etienne", "e", "", " ", "Œuf", "ß", "\xff\xfe", "zzz", "l’hay", strings.Repeat("a", 300), "Saint-E\u0301tienne", "Gre\u00adnoble", "\u0301\u200b"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		got := Search(q)
		if len(got) > SearchLimit {
			t.Fatalf("Search(%q): %d bodies", q, len(got))
		}
		key := string(appendKey(nil, q))
		seen := map[string]bool{}
		for _, b := range got {
			if seen[b.ID] {
				t.Fatalf("Search(%q): %s twice", q, b.ID)
			}
			seen[b.ID] = true
			if !strings.Contains(string(appendKey(nil, b.Name)), key) {
				t.Fatalf("Search(%q): %q does not hold %q", q, b.Name, key)
			}
		}
	})
}
