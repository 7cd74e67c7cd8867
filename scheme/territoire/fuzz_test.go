package territoire

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
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
// bodies, each once, each of a name, or another name of it, that holds the
// query's key.
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
			if !strings.Contains(string(appendKey(nil, b.Name)), key) && !aliasHolds(t, b.ID, key) {
				t.Fatalf("Search(%q): %q does not hold %q, nor does another name of it", q, b.Name, key)
			}
		}
	})
}

// aliasHolds reports whether one of the other names that Search knows the
// body of code by holds key: « Haute-Corse » of the Collectivité de Corse.
func aliasHolds(t *testing.T, code, key string) bool {
	tb, err := load()
	if err != nil {
		t.Fatal(err)
	}
	i, ok := tb.find(code)
	if !ok {
		return false
	}
	x := tb.names()
	for r, b := range x.byRank {
		if b == i && strings.Contains(string(x.keys[x.starts[r]:x.starts[r+1]]), key) {
			return true
		}
	}
	return false
}

// TestCompleteProperties checks, on every project of four bodies drawn
// from a few IDs — codes of overlapping bodies, a code given twice in two
// spellings, unknown codes, the caller's keys, a megabyte — that Complete
// never changes its input, that every error it returns is a CodeError of
// one of the project's IDs, and that the project it returns without error,
// of four distinct IDs, is valid: its Overlap never exceeds the populations
// given.
func TestCompleteProperties(t *testing.T) {
	ids := []string{"200040715", "38185", "38", "R84", "75056", "2A", "38 185", "977", "97701", "", "syndicat", strings.Repeat("7", 1<<20)}
	for _, lead := range ids {
		for _, a := range ids {
			for _, b := range ids {
				for _, c := range ids {
					completeProperties(t, lead, a, b, c)
				}
			}
		}
	}
}

// completeProperties checks the properties of TestCompleteProperties on one
// project.
func completeProperties(t *testing.T, lead, a, b, c string) {
	t.Helper()
	p := scheme.Project{Lead: scheme.Body{ID: lead}, Members: []scheme.Body{{ID: a}, {ID: b, Population: 1000}, {ID: c, Kind: scheme.Commune}}}
	before := slices.Clone(p.Members)
	got, err := Complete(p)
	if !slices.Equal(before, p.Members) {
		t.Fatalf("Complete changed its input: %v, was %v", p.Members, before)
	}
	if err != nil {
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var ce *CodeError
			if !errors.As(e, &ce) || !slices.Contains([]string{lead, a, b, c}, ce.Code) || len(e.Error()) > 300 {
				t.Fatalf("Complete: %.300v, not a CodeError of an ID", e)
			}
		}
		return
	}
	ids := []string{lead, a, b, c}
	slices.Sort(ids)
	if len(slices.Compact(ids)) < 4 {
		return // IDs given twice, which Validate refuses whatever Complete does
	}
	if err := got.Validate(); err != nil {
		t.Fatalf("Complete(%.20q, %.20q, %.20q, %.20q) = %+v: %.300v", lead, a, b, c, got, err)
	}
}
