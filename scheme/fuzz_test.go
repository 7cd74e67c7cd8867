package scheme

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
)

// bytesReader hands out fuzzed bytes as the facts of a project; it gives
// zeros when the bytes run out.
type bytesReader struct{ b []byte }

func (r *bytesReader) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *bytesReader) int64() int64 {
	var buf [8]byte
	for i := range buf {
		buf[i] = r.byte()
	}
	return int64(binary.LittleEndian.Uint64(buf[:]))
}

// kind returns a valid kind, the zero Kind, or an unknown one.
func (r *bytesReader) kind() Kind {
	all := append(Kinds(), "", "mairie")
	return all[int(r.byte())%len(all)]
}

// population returns a small, large, zero, negative or extreme population.
func (r *bytesReader) population() int {
	switch r.byte() % 6 {
	case 0:
		return 0
	case 1:
		return int(r.int64())
	case 2:
		return int(r.int64() >> 40)
	case 3:
		return 500000 - 1 + int(r.byte()%3)
	case 4:
		return 300000 - 1 + int(r.byte()%3)
	}
	return -int(r.byte())
}

// answer returns one of the answers, or an invalid one.
func (r *bytesReader) answer() Answer { return Answer(r.byte() % 4) }

// date returns the zero Date or a day from year 1 to 9999, often in 2021.
func (r *bytesReader) date() calendar.Date {
	switch r.byte() % 4 {
	case 0:
		return calendar.Date{}
	case 1:
		n := int(uint32(r.int64()) % 3652059)
		return calendar.MustDate(1, 1, 1).AddDays(n)
	}
	return calendar.MustDate(2020, 6, 1).AddDays(int(r.byte()) * 4)
}

// project builds a project, valid or not, from the fuzzed bytes.
func (r *bytesReader) project() Project {
	p := Project{
		Lead:        Body{Kind: r.kind(), Population: r.population()},
		Departement: r.answer(),
		SharedNeed:  r.answer(),
	}
	for range int(r.byte() % 8) {
		p.Members = append(p.Members, Body{Kind: r.kind(), Population: r.population()})
	}
	themes := append(Themes(), "", "fibre")
	for range int(r.byte() % 4) {
		p.Themes = append(p.Themes, themes[int(r.byte())%len(themes)])
	}
	practices := append(Practices(), "rgaa")
	for range int(r.byte() % 5) {
		p.Practices = append(p.Practices, practices[int(r.byte())%len(practices)])
	}
	p.Start, p.Results = r.date(), r.date()
	p.Requested = r.date()
	switch r.byte() % 4 {
	case 1: // some of the populations, or more: valid or not
		p.Overlap = int(r.int64() % 1000000)
	case 2:
		p.Overlap = r.population()
	}
	return p
}

func FuzzCheck(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{5, 3, 0x20, 0xa1, 0x07, 0, 0, 0, 0, 0, 2, 1, 1, 0, 2, 0, 3, 1, 2, 3, 9, 2, 30, 3, 60, 2})
	f.Add(bytes.Repeat([]byte{0xff}, 64))
	f.Add(bytes.Repeat([]byte{1, 2, 3}, 40))
	order := CriterionCodes()
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &bytesReader{b: data}
		p := r.project()
		on := r.date()
		all := CheckAll(p, on)
		for i, s := range All() {
			e := s.Check(p, on)
			if !equalEligibility(e, all[i]) {
				t.Fatalf("%s: CheckAll gives %+v, Check %+v", s.ID(), all[i], e)
			}
			if want := oracleVerdict(e.Criteria); e.Verdict != want {
				t.Fatalf("%s: verdict %s, want %s from %v", s.ID(), e.Verdict, want, e.Criteria)
			}
			for _, code := range invalidCriteria(p) {
				if c, ok := e.Criterion(code); ok && c.Outcome != NotMet {
					t.Fatalf("%s: %s is %s on an invalid fact: %s", s.ID(), code, c.Outcome, c.Reason())
				}
			}
			absent := blank(p)
			for _, c := range s.Check(absent, on).Criteria {
				if c.Outcome == NotMet {
					t.Fatalf("%s: %s NotMet with every fact absent: %s", s.ID(), c.Code, c.Reason())
				}
			}
			unknown := false
			last := -1
			for _, c := range e.Criteria {
				i := slices.Index(order, c.Code)
				if i <= last {
					t.Fatalf("%s: criteria out of order or repeated: %v", s.ID(), e.Criteria)
				}
				last = i
				if !c.Outcome.IsValid() {
					t.Fatalf("%s: invalid outcome %v", s.ID(), c.Outcome)
				}
				if c.Reason() == "" || !utf8.ValidString(c.Reason()) {
					t.Fatalf("%s: %s: bad reason %q", s.ID(), c.Code, c.Reason())
				}
				unknown = unknown || c.Outcome == Unknown
			}
			if unknown != (len(e.Missing) > 0) {
				t.Fatalf("%s: Unknown criteria %v but Missing %v", s.ID(), unknown, e.Missing)
			}
			seen := map[string]bool{}
			for _, m := range e.Missing {
				if seen[m] {
					t.Fatalf("%s: %q missing twice: %v", s.ID(), m, e.Missing)
				}
				seen[m] = true
			}
			for _, m := range e.Missing {
				if !unknownNeeds(e, m) {
					t.Fatalf("%s: %q is missing, but no Unknown criterion needs it: %v", s.ID(), m, e.Criteria)
				}
			}
			if again := s.Check(p, on); !equalEligibility(e, again) {
				t.Fatalf("%s: Check is not deterministic", s.ID())
			}
			_ = e.Explain()
			data, err := json.Marshal(e)
			if err != nil {
				t.Fatalf("%s: marshal: %v", s.ID(), err)
			}
			var back Eligibility
			if err := json.Unmarshal(data, &back); err != nil || !equalEligibility(e, back) {
				t.Fatalf("%s: JSON round trip: %v", s.ID(), err)
			}
		}
	})
}

// oracleVerdict is the verdict that the package documentation states, written apart from
// the package's: Ineligible if any criterion is NotMet; else Undetermined if
// any is Unknown; else Eligible.
func oracleVerdict(criteria []Criterion) Verdict {
	notMet, unknown := false, false
	for _, c := range criteria {
		notMet = notMet || c.Outcome == NotMet
		unknown = unknown || c.Outcome == Unknown
	}
	switch {
	case notMet:
		return Ineligible
	case unknown:
		return Undetermined
	}
	return Eligible
}

// invalidCriteria returns the codes of the criteria that read an invalid
// fact of p, and must therefore be NotMet wherever they apply.
func invalidCriteria(p Project) []CriterionCode {
	var codes []CriterionCode
	known := func(k Kind) bool { return k == "" || slices.Contains(Kinds(), k) }
	if !known(p.Lead.Kind) {
		codes = append(codes, CodeDemandeur)
	}
	scale := !known(p.Lead.Kind) || p.Lead.Population < 0 || p.Departement < Unanswered || p.Departement > No ||
		p.Overlap < 0 || p.Overlap > populationSum(p)
	for _, m := range p.Members {
		scale = scale || !known(m.Kind) || m.Population < 0
	}
	if scale {
		codes = append(codes, CodeAmpleur)
	}
	if p.SharedNeed < Unanswered || p.SharedNeed > No {
		codes = append(codes, CodeBesoinCommun)
	}
	for _, th := range p.Themes {
		if !slices.Contains(Themes(), th) {
			codes = append(codes, CodeThematique)
			break
		}
	}
	for _, q := range p.Practices {
		if !slices.Contains(Practices(), q) {
			codes = append(codes, CodeBonnesPratiques)
			break
		}
	}
	if !p.Start.IsZero() && !p.Results.IsZero() && p.Results.Before(p.Start) {
		codes = append(codes, CodeResultats)
	}
	return codes
}

// populationSum returns the sum of the populations of p's bodies, partners
// aside, each body once, without overflow, as the slow reference of the
// scale rule: a math/big sum, saturated at the largest int.
func populationSum(p Project) int {
	sum := new(big.Int)
	seen := map[string]bool{}
	add := func(b Body) {
		key := ""
		switch {
		case b.ID != "":
			key = "id:" + b.ID
		case b != Body{}: // nothing known of the zero Body: never a twin
			key = fmt.Sprintf("%#v", b)
		}
		if key != "" && seen[key] {
			return // a twin counts once
		}
		seen[key] = true
		if b.Kind != Partenaire && b.Population > 0 {
			sum.Add(sum, big.NewInt(int64(b.Population)))
		}
	}
	add(p.Lead)
	for _, m := range p.Members {
		add(m)
	}
	if !sum.IsInt64() {
		return math.MaxInt
	}
	return int(sum.Int64())
}

// blank returns p with every fact absent: no kind, no population,
// unanswered questions, no themes or practices, no dates. The members stay,
// as bodies about which nothing is known.
func blank(p Project) Project {
	members := make([]Body, len(p.Members))
	for i, m := range p.Members {
		members[i] = Body{ID: m.ID, Name: m.Name}
	}
	return Project{Title: p.Title, Lead: Body{ID: p.Lead.ID, Name: p.Lead.Name}, Members: members}
}

// unknownNeeds reports whether an Unknown criterion of e needs the fact at
// path.
func unknownNeeds(e Eligibility, path string) bool {
	codes := map[string][]CriterionCode{
		"Lead.Kind":       {CodeDemandeur, CodeAmpleur},
		"Lead.Population": {CodeAmpleur},
		"Departement":     {CodeAmpleur},
		"SharedNeed":      {CodeBesoinCommun},
		"Themes":          {CodeThematique},
		"Practices":       {CodeBonnesPratiques},
		"Start":           {CodeResultats, CodeCommencement},
		"Results":         {CodeResultats},
		"Requested":       {CodeCommencement},
	}[path]
	if _, ok := memberPopulation(path); ok {
		codes = []CriterionCode{CodeAmpleur}
	}
	for _, code := range codes {
		if c, ok := e.Criterion(code); ok && c.Outcome == Unknown {
			return true
		}
	}
	return false
}

// equalEligibility compares two Eligibilities by what they say: their IDs,
// verdict, missing facts (nil and empty alike), and each criterion's code,
// outcome, branch, facts and reason.
func equalEligibility(a, b Eligibility) bool {
	return a.Scheme == b.Scheme && a.Session == b.Session && a.Verdict == b.Verdict &&
		slices.EqualFunc(a.Criteria, b.Criteria, sameCriterion) && slices.Equal(a.Missing, b.Missing)
}

// sameCriterion reports whether a and b say the same.
func sameCriterion(a, b Criterion) bool {
	return a.Code == b.Code && a.Outcome == b.Outcome && a.Branch() == b.Branch() &&
		a.Reason() == b.Reason() && reflect.DeepEqual(a.Facts(), b.Facts())
}

// FuzzParse checks that every parser of the package reads back what its type
// writes, and refuses everything else with ErrUnknownValue (ErrUnknownScheme
// for IDs).
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "commune", "statut-particulier", "donnees", "mobile", "yes", "no", "met", "not-met", "unknown", "eligible", "ineligible", "undetermined", "incubateur-territoires", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, text func() (string, error), err error, sentinel error) {
			t.Helper()
			if err != nil {
				if !errors.Is(err, sentinel) {
					t.Fatalf("%s(%q): error %v does not wrap %v", name, s, err, sentinel)
				}
				return
			}
			got, merr := text()
			if merr != nil || got != s {
				t.Fatalf("%s(%q) writes back %q, %v", name, s, got, merr)
			}
		}
		text := func(m interface{ MarshalText() ([]byte, error) }) func() (string, error) {
			return func() (string, error) { b, err := m.MarshalText(); return string(b), err }
		}
		k, err := ParseKind(s)
		check("ParseKind", text(k), err, ErrUnknownValue)
		th, err := ParseTheme(s)
		check("ParseTheme", text(th), err, ErrUnknownValue)
		pr, err := ParsePractice(s)
		check("ParsePractice", text(pr), err, ErrUnknownValue)
		a, err := ParseAnswer(s)
		check("ParseAnswer", text(a), err, ErrUnknownValue)
		o, err := ParseOutcome(s)
		check("ParseOutcome", text(o), err, ErrUnknownValue)
		v, err := ParseVerdict(s)
		check("ParseVerdict", text(v), err, ErrUnknownValue)
		id, err := ParseID(s)
		check("ParseID", func() (string, error) { return string(id), nil }, err, ErrUnknownScheme)

		var kk Kind
		if err := kk.UnmarshalText([]byte(s)); err == nil {
			if b, err := kk.MarshalText(); err != nil || string(b) != s {
				t.Fatalf("Kind text %q writes back %q, %v", s, b, err)
			}
		}
	})
}

// definition builds a definition, valid or not, from the fuzzed bytes:
// sessions with calendars, revisions, intakes, policies and rules drawn
// from pools of values that are mostly good, now and then bad.
func (r *bytesReader) definition() Definition {
	d := Definition{ID: pick[ID](r, "fonds", "donnees", ""), Name: "Fonds d’essai"}
	for i := range 1 + int(r.byte()%3) {
		s := SessionDefinition{ID: pick(r, "session-"+strconv.Itoa(i), "session-0", ""), Name: "Session", Intake: pick(r, "depot", "instruction", "")}
		s.Calendar = r.calendar(2021 + i)
		for k := range int(r.byte() % 3) {
			s.Revisions = append(s.Revisions, Revision{Published: calendar.MustDate(2021+i, 1, 1).AddDays(30*k + int(r.byte()%40)), Calendar: r.calendar(2021 + i), Source: "source"})
		}
		s.Funding = cost.Policy{Rate: cost.Percent(int64(r.byte() % 101)), Rounding: pick(r, cost.DownToCent, cost.HalfEvenToCent, 9)}
		for range int(r.byte() % 3) {
			s.Funding.Excluded = append(s.Funding.Excluded, pick(r, cost.Personnel, cost.Equipment, "repas"))
		}
		for range 1 + int(r.byte()%3) {
			s.Rules.Applicants = append(s.Rules.Applicants, pick(r, Commune, EPCI, "mairie"))
		}
		s.Rules.Threshold = pick(r, 0, 300000, -1)
		s.Rules.SharedNeed = r.byte()%2 == 0
		for range int(r.byte() % 3) {
			s.Rules.Themes = append(s.Rules.Themes, pick(r, ThemeDonnees, ThemeServices, "fibre"))
		}
		for range int(r.byte() % 2) {
			s.Rules.ExcludedThemes = append(s.Rules.ExcludedThemes, pick(r, ThemeInfrastructure, ThemeFormation, ThemeDonnees))
		}
		for range int(r.byte() % 3) {
			s.Rules.Practices = append(s.Rules.Practices, pick(r, Mobile, CodeOuvert, "rgaa"))
		}
		s.Rules.ResultsWithin = pick(r, 18, 0, -6)
		d.Sessions = append(d.Sessions, s)
	}
	return d
}

// pick returns good or other most of the time, bad now and then.
func pick[T any](r *bytesReader, good, other, bad T) T {
	switch r.byte() % 8 {
	case 0:
		return bad
	case 1, 2:
		return other
	}
	return good
}

// calendar returns a calendar of year: a phase "depot", then an
// open-ended "instruction", mostly in order and with windows.
func (r *bytesReader) calendar(year int) calendar.Calendar {
	start := calendar.MustDate(year, 1, 1).AddDays(int(r.byte() % 60))
	depot := calendar.MustBetween(start, start.AddDays(int(r.byte())))
	c := calendar.Calendar{Phases: []calendar.Phase{
		{ID: "depot", Name: "Dépôt", Window: pick(r, depot, depot, calendar.Window{})},
		{ID: pick(r, "instruction", "instruction", "depot"), Name: "Instruction", Window: calendar.From(depot.Last().AddDays(pick(r, 1, 0, -5)))},
	}}
	if r.byte()%8 == 0 {
		c.Phases = c.Phases[:1]
	}
	return c
}

// emptyToNil returns d with its empty slices made nil, nested ones
// included, for comparing definitions up to nil versus empty.
func emptyToNil(d Definition) Definition {
	d = d.clone()
	if len(d.Examples) == 0 {
		d.Examples = nil
	}
	if len(d.Support) == 0 {
		d.Support = nil
	}
	if len(d.Sessions) == 0 {
		d.Sessions = nil
	}
	for i := range d.Sessions {
		s := &d.Sessions[i]
		if len(s.Revisions) == 0 {
			s.Revisions = nil
		}
		calendars := []*calendar.Calendar{&s.Calendar}
		for k := range s.Revisions {
			calendars = append(calendars, &s.Revisions[k].Calendar)
		}
		for _, c := range calendars {
			if len(c.Phases) == 0 {
				c.Phases = nil
			}
		}
		if len(s.Funding.Excluded) == 0 {
			s.Funding.Excluded = nil
		}
		r := &s.Rules
		if len(r.Applicants) == 0 {
			r.Applicants = nil
		}
		if len(r.Themes) == 0 {
			r.Themes = nil
		}
		if len(r.ExcludedThemes) == 0 {
			r.ExcludedThemes = nil
		}
		if len(r.Practices) == 0 {
			r.Practices = nil
		}
	}
	return d
}

// validSeed makes the fuzzed definition valid: every value is the good one.
var validSeed = bytes.Repeat([]byte{3}, 64)

// TestFuzzSeedIsValid keeps FuzzNew's checks of a built scheme in every run.
func TestFuzzSeedIsValid(t *testing.T) {
	_, err := New((&bytesReader{b: validSeed}).definition())
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzNew builds any definition: New never panics; it refuses an invalid
// one with DefinitionErrors only, and builds a valid one into a Scheme that
// gives the definition back, judges any project by the verdict's rule, and
// round-trips through JSON.
func FuzzNew(f *testing.F) {
	f.Add([]byte{})
	f.Add(validSeed)
	f.Add(bytes.Repeat([]byte{0xff}, 200))
	f.Add(bytes.Repeat([]byte{2, 1, 0, 3}, 60))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &bytesReader{b: data}
		d := r.definition()
		s, err := New(d)
		if err != nil {
			if !s.IsZero() {
				t.Fatalf("New failed but returned a Scheme: %v", err)
			}
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var de *DefinitionError
				if !errors.As(e, &de) || !errors.Is(e, ErrInvalidDefinition) || de.Path == "" {
					t.Fatalf("not a DefinitionError with a path: %v", e)
				}
			}
			return
		}
		if got := s.Definition(); !reflect.DeepEqual(emptyToNil(got), emptyToNil(d)) {
			t.Fatalf("Definition() = %+v, want %+v", got, d)
		}
		p := r.project()
		on := r.date()
		for _, se := range s.Sessions() {
			e := se.Check(p)
			if want := oracleVerdict(e.Criteria); e.Verdict != want {
				t.Fatalf("verdict %s, want %s", e.Verdict, want)
			}
			if want := se.Check(p); !equalEligibility(e, want) {
				t.Fatal("Check is not deterministic")
			}
			for _, c := range e.Criteria {
				if c.Reason() == "" || !utf8.ValidString(c.Reason()) || !slices.Contains(codes(se.Branches()), c.Branch()) {
					t.Fatalf("%s: reason %q, branch %q not among %v", c.Code, c.Reason(), c.Branch(), se.Branches())
				}
			}
			_ = e.Explain()
		}
		if !s.SessionOn(on).IsZero() == s.IsZero() {
			t.Fatal("a built scheme has a session on every date")
		}
		data, err = json.Marshal(s)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back Scheme
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("unmarshal: %v\n%s", err, data)
		}
		if !reflect.DeepEqual(emptyToNil(back.Definition()), emptyToNil(d)) {
			t.Fatalf("JSON round trip: %+v, want %+v", back.Definition(), d)
		}
	})
}

// FuzzJSON decodes any text as each of the package's types that a program
// stores or sends — a project, a body, an eligibility, a criterion, a
// definition, a session's reference (a what-if's, which is refused, among
// the seeds) — and checks that what decodes encodes, and encodes again to
// the same JSON.
func FuzzJSON(f *testing.F) {
	e := mustGet(f, Donnees).Check(eligibleFor(Donnees), inFirst)
	for _, v := range []any{eligibleFor(ServicesUsagers), e, e.Criteria[1], donnees(), mustGet(f, Cooperation).Sessions()[1], whatIf(f).Sessions()[0]} {
		data, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"code":"ampleur","outcome":null,"covered":"x"}`))
	f.Add([]byte(`{"criteria":[null,{"code":"resultats","deadline":"2022-02-30"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		stable(t, data, func() any { return new(Project) })
		stable(t, data, func() any { return new(Body) })
		stable(t, data, func() any { return new(Eligibility) })
		stable(t, data, func() any { return new(Criterion) })
		stable(t, data, func() any { return new(Definition) })
		stable(t, data, func() any { return new(Session) })
	})
}

// stable decodes data into a new value of make: when that works, the value
// encodes, and the encoding decodes into a value that encodes the same.
func stable(t *testing.T, data []byte, make func() any) {
	t.Helper()
	v := make()
	if json.Unmarshal(data, v) != nil {
		return
	}
	first, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%T decodes but does not encode: %v\n%s", v, err, data)
	}
	back := make()
	if err := json.Unmarshal(first, back); err != nil {
		t.Fatalf("%T encodes to what it cannot decode: %v\n%s", v, err, first)
	}
	second, err := json.Marshal(back)
	if err != nil || !bytes.Equal(first, second) {
		t.Fatalf("%T: encoding again differs: %v\n%s\n%s", v, err, first, second)
	}
}
