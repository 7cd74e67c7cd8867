package relance_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// FuzzOrient checks that Orient never panics, fails only on bad input, and
// keeps its promises on any project it accepts: one option per scheme, in
// the documented order, funding exactly when there is a budget, a next
// session only for a closed one.
func FuzzOrient(f *testing.F) {
	f.Add(uint8(4), 620000, 0, uint8(2), uint8(1), uint8(1), uint8(0), int64(18000000), int64(6000000), 737850, 737880, 737840)
	f.Add(uint8(0), 0, 0, uint8(0), uint8(0), uint8(9), uint8(9), int64(0), int64(0), 0, 0, 737850)
	f.Add(uint8(1), -5, 300000, uint8(1), uint8(2), uint8(0), uint8(1), int64(-1), int64(1), 737900, 737800, 738100)
	kinds := append([]scheme.Kind{""}, scheme.Kinds()...)
	themes := scheme.Themes()
	practices := scheme.Practices()
	f.Fuzz(func(t *testing.T, kind uint8, leadPop, memberPop int, dept, shared, theme, practice uint8, services, personnel int64, start, results, on int) {
		p := scheme.Project{
			Lead:        scheme.Body{Kind: kinds[int(kind)%len(kinds)], Population: leadPop},
			Members:     []scheme.Body{{Kind: scheme.EPCI, Population: memberPop}},
			Departement: scheme.Answer(dept % 3),
			SharedNeed:  scheme.Answer(shared % 3),
			Start:       calendar.MustDate(1, 1, 1).AddDays(start),
			Results:     calendar.MustDate(1, 1, 1).AddDays(results),
		}
		if int(theme) < len(themes) {
			p.Themes = themes[theme : theme+1]
		}
		if int(practice) < len(practices) {
			p.Practices = practices[practice:]
		}
		if services != 0 || personnel != 0 {
			p.Budget = cost.Budget{
				{Category: cost.Services, Label: "Prestations", Amount: cost.Cents(services)},
				{Category: cost.Personnel, Label: "Personnel", Amount: cost.Cents(personnel)},
			}
		}
		date := calendar.MustDate(1, 1, 1).AddDays(on)

		options, err := relance.Orient(p, date)
		if err != nil {
			if !errors.Is(err, scheme.ErrInvalidProject) {
				t.Fatalf("Orient failed on a project that validates: %v", err)
			}
			if p.Validate() == nil {
				t.Fatalf("Orient refused a valid project: %v", err)
			}
			return
		}
		if len(options) != len(scheme.IDs()) {
			t.Fatalf("got %d options, want one per scheme", len(options))
		}
		for i, o := range options {
			if (o.Funding != nil) != (len(p.Budget) > 0) {
				t.Fatalf("%s: funding %v for a budget of %d lines", o.Scheme.ID(), o.Funding, len(p.Budget))
			}
			if !o.Next.IsZero() && o.Status != calendar.Closed {
				t.Fatalf("%s: a next session while %s", o.Scheme.ID(), o.Status)
			}
			if current, open := o.Session.Current(o.On); open != (o.Phase != nil) || (open && current != *o.Phase) {
				t.Fatalf("%s: step %v, but %v in the calendar in force", o.Scheme.ID(), o.Phase, current)
			}
			if o.Status == calendar.Open && o.Phase == nil {
				t.Fatalf("%s: the intake is open and no step is in progress", o.Scheme.ID())
			}
			if o.Status == calendar.Upcoming && o.Phase != nil && o.Phase.ID == o.Session.Intake() {
				t.Fatalf("%s: the intake is in progress while upcoming", o.Scheme.ID())
			}
			if i == 0 {
				continue
			}
			prev := options[i-1]
			if rank(prev) > rank(o) {
				t.Fatalf("%s (%s, %s) comes after %s (%s, %s)", o.Scheme.ID(), o.Eligibility.Verdict, o.Status,
					prev.Scheme.ID(), prev.Eligibility.Verdict, prev.Status)
			}
		}
	})
}

// rank orders options as Orient documents: by verdict, then by status.
func rank(o relance.Option) int {
	v := map[scheme.Verdict]int{scheme.Eligible: 0, scheme.Undetermined: 1, scheme.Ineligible: 2}[o.Eligibility.Verdict]
	s := map[calendar.Status]int{calendar.Open: 0, calendar.Upcoming: 1, calendar.Closed: 2}[o.Status]
	return v*3 + s
}

// FuzzOptionJSON decodes any text as options, seeded with the catalogue's
// and a what-if's under a catalogue ID: what decodes encodes, and encodes
// again to the same JSON.
func FuzzOptionJSON(f *testing.F) {
	whatIf := []scheme.Scheme{whatIfScheme(f, scheme.Donnees, "Meilleur usage des données")}
	for _, seed := range []struct {
		schemes []scheme.Scheme
		p       scheme.Project
		on      calendar.Date
	}{
		{scheme.All(), dataProject(), calendar.MustDate(2021, 3, 1)},
		{scheme.All(), dataProject(), calendar.MustDate(2021, 7, 1)},
		{whatIf, laterProject(), calendar.MustDate(2021, 7, 1)},
	} {
		options, err := relance.OrientAmong(seed.schemes, seed.p, seed.on)
		if err != nil {
			f.Fatal(err)
		}
		data, err := json.Marshal(options)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`[{"scheme":{"id":"fonds"},"next":{"id":"x"},"next_eligibility":{"verdict":"eligible"}}]`))
	f.Add([]byte(`[null,{"phase":null,"funding":null,"status":"open"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var options []relance.Option
		if json.Unmarshal(data, &options) != nil {
			return
		}
		first, err := json.Marshal(options)
		if err != nil {
			t.Fatalf("decoded options do not encode: %v\n%s", err, data)
		}
		var back []relance.Option
		if err := json.Unmarshal(first, &back); err != nil {
			t.Fatalf("encoded options do not decode: %v\n%s", err, first)
		}
		second, err := json.Marshal(back)
		if err != nil || !bytes.Equal(first, second) {
			t.Fatalf("encoding again differs: %v\n%s\n%s", err, first, second)
		}
		for _, o := range back {
			_ = o.Explain()
		}
	})
}
