package relance_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// FuzzConsultationJSON round-trips the consultation's results through JSON,
// whatever the kinds, themes and dates they were given: encoding what the
// library returned never fails; decoding it succeeds and gives the same
// values, which encode again to the same JSON. Text that is not valid
// UTF-8 is the exception encoding/json makes for every string: it writes
// each invalid byte as "\ufffd", which decodes as U+FFFD, written as is; so
// for such input the JSON is the same from its second encoding on. Any
// bytes that decode into a refusal, a rejection, a tally or the screened
// declarations give a value that encodes, and whose JSON decodes and
// encodes again to itself.
func FuzzConsultationJSON(f *testing.F) {
	f.Add("commune", "mairie", "besoin", "services", "fibre", "Guichet", 737850, 737880, []byte(`{"item":{"kind":""},"invalid":{"/item/kind":"projet"}}`))
	f.Add("", "epci", "projet", "", "infrastructure", "", 737780, 737910, []byte(`{"support":{"by":{"kind":""}},"invalid":{"/support/by/kind":"x"}}`))
	f.Add("partenaire", "\xff", "", "donnees", "\x00", "Wifi", 0, -1, []byte(`null`))
	f.Add("departement", "region", "service-existant", "cooperation", "formation", "Archivage", 737901, 737960, []byte(`{"counts":[],"rejected":[{}]}`))
	incubateur, err := scheme.Get(scheme.Incubateur)
	if err != nil {
		f.Fatal(err)
	}
	se := incubateur.Sessions()[0]
	first := se.CalendarOn(calendar.Date{})
	f.Fuzz(func(t *testing.T, kindA, kindB, contribution, themeA, themeB, title string, onA, onB int, raw []byte) {
		day := func(n int) calendar.Date { return calendar.MustDate(2000, 1, 1).AddDays(n % 20000) }
		a, b := day(onA), day(onB)
		bodies := []scheme.Body{
			{ID: "1", Name: title, Kind: scheme.Kind(kindA)},
			{ID: "2", Kind: scheme.Kind(kindB)},
			{Kind: scheme.Kind(kindA)},
		}
		var supports []relance.Support
		var declarations []relance.Declaration
		var contributions []relance.Contribution
		for _, by := range bodies {
			for _, on := range []calendar.Date{a, b} {
				supports = append(supports, relance.Support{Proposal: title, By: by, On: on})
				declarations = append(declarations, relance.Declaration{Service: "s", By: by, On: on})
				contributions = append(contributions, relance.Contribution{
					Title: title, Kind: relance.ContributionKind(contribution), By: by, On: on,
					Themes: []scheme.Theme{scheme.Theme(themeA), scheme.Theme(themeB)},
				})
			}
		}
		exact := utf8.ValidString(kindA + kindB + contribution + themeA + themeB + title)
		roundTrip(t, relance.CountSupportsIn(se, []string{title, "a"}, supports), exact)
		roundTrip(t, relance.CountSupports(first, []string{title}, supports), exact)
		roundTrip(t, relance.ReferentsIn(se, []string{"s"}, declarations), exact)
		roundTrip(t, relance.Referents(first, []string{"s"}, declarations), exact)
		screened := relance.ContributionsIn(se, contributions)
		roundTrip(t, screened, exact)
		roundTrip(t, relance.Contributions(first, contributions), exact)
		for _, r := range screened.Refused {
			roundTrip(t, r, exact)
		}

		stable[relance.Rejection](t, raw)
		stable[relance.Tally](t, raw)
		stable[relance.Refusal[relance.Declaration]](t, raw)
		stable[relance.Screened[relance.Declaration]](t, raw)
		stable[relance.Refusal[relance.Contribution]](t, raw)
	})
}

// roundTrip checks that v, which the library returned, encodes, and that
// its JSON decodes into the same value, which encodes again to the same
// JSON. When v's text is not all valid UTF-8 (not exact), it checks the
// same of the value decoded from v's JSON.
func roundTrip[T any](t *testing.T, v T, exact bool) {
	t.Helper()
	data, back := encodeDecode(t, v)
	if !exact {
		v = back
		data, back = encodeDecode(t, v)
	}
	if !reflect.DeepEqual(v, back) {
		t.Fatalf("decoded\n%#v\nnot\n%#v", back, v)
	}
	if again, _ := encodeDecode(t, back); string(again) != string(data) {
		t.Fatalf("encoded again\n%s\nnot\n%s", again, data)
	}
}

// encodeDecode encodes v, which must not fail, and decodes its JSON, which
// must not fail either.
func encodeDecode[T any](t *testing.T, v T) ([]byte, T) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding %#v: %v", v, err)
	}
	var back T
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	return data, back
}

// stable checks that whatever raw decodes into encodes, and that its JSON
// decodes and encodes again to itself.
func stable[T any](t *testing.T, raw []byte) {
	t.Helper()
	var v T
	if json.Unmarshal(raw, &v) != nil {
		return
	}
	roundTrip(t, v, utf8.Valid(raw))
}
