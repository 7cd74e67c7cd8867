package scheme

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		p    Project
	}{
		{"the zero Project", Project{}},
		{"an eligible project", eligibleFor(Donnees)},
		{"empty kinds are not given, not invalid", Project{Lead: Body{Name: "?"}, Members: []Body{{}, {}}}},
		{"results on the start day", Project{Start: day(2021, time.March, 1), Results: day(2021, time.March, 1)}},
		{"results without start", Project{Results: day(2020, time.March, 1)}},
		{"empty IDs may repeat", Project{Lead: Body{Kind: Commune}, Members: []Body{{Name: "Lannion", Kind: Commune}, {Name: "Perros-Guirec", Kind: Commune}}}},
		{"a valid budget", Project{Budget: cost.Budget{{Category: cost.Services, Label: "Développement", Amount: cost.Euros(1000)}}}},
		{"a partner member", Project{Members: []Body{{Kind: Partenaire}}}},
		{"an overlap of 0 without populations", Project{Overlap: 0}},
		{"an overlap as large as the populations given", Project{
			Lead:    Body{Kind: Syndicat},
			Members: []Body{{ID: "200040715", Kind: EPCI, Population: 445059}, {ID: "38185", Kind: Commune, Population: 157650}},
			Overlap: 157650,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, tt.p.Validate())
		})
	}
}

func TestValidateErrors(t *testing.T) {
	tests := []struct {
		name    string
		p       Project
		fields  []string // the FieldErrors, in order
		is      []error  // sentinels the error wraps, beyond ErrInvalidProject
		message string   // a part of the message
	}{
		{
			"unknown lead kind",
			Project{Lead: Body{Kind: "mairie"}},
			[]string{"Lead.Kind"}, []error{ErrUnknownValue},
			`scheme: validate project: Lead.Kind "mairie": unknown kind: want commune`,
		},
		{
			"unknown member kind",
			Project{Members: []Body{{Kind: Commune}, {Kind: "Commune"}}},
			[]string{"Members[1].Kind"}, []error{ErrUnknownValue},
			`Members[1].Kind "Commune": unknown kind`,
		},
		{
			"negative population",
			Project{Members: []Body{{}, {}, {Population: -5}}},
			[]string{"Members[2].Population"}, nil,
			"scheme: validate project: Members[2].Population -5: negative population",
		},
		{
			"a member alike in every field to another, without ID",
			Project{Lead: Body{Kind: Syndicat}, Members: []Body{{Kind: EPCI, Population: 90000}, {Kind: EPCI, Population: 120000}, {Kind: EPCI, Population: 90000}}},
			[]string{"Members[2]"}, nil,
			`scheme: validate project: Members[2]: same body as Members[0], which counts once`,
		},
		{
			"a member alike in every field to the lead",
			Project{Lead: Body{Name: "Gironde Numérique", Kind: Syndicat}, Members: []Body{{Name: "Gironde Numérique", Kind: Syndicat}}},
			[]string{"Members[0]"}, nil,
			`scheme: validate project: Members[0]: same body as Lead, which counts once`,
		},
		{
			"the same body twice",
			Project{Lead: Body{ID: "200000172", Kind: Syndicat}, Members: []Body{{ID: "1"}, {ID: "200000172"}}},
			[]string{"Members[1].ID"}, nil,
			`Members[1].ID "200000172": same ID as Lead.ID`,
		},
		{
			"the same body twice among many, found with a map",
			Project{Members: withIDs(fewBodies+4, map[int]string{3: "x", 9: "y", 17: "x", 19: "x"})},
			[]string{"Members[17].ID", "Members[19].ID"}, nil,
			`Members[19].ID "x": same ID as Members[3].ID`,
		},
		{
			"the same body twice among the most bodies a scan looks through",
			Project{Lead: Body{ID: "x"}, Members: withIDs(fewBodies-1, map[int]string{fewBodies - 2: "x"})},
			[]string{"Members[14].ID"}, nil,
			`Members[14].ID "x": same ID as Lead.ID`,
		},
		{
			"invalid answers",
			Project{Departement: 3, SharedNeed: -1},
			[]string{"Departement", "SharedNeed"}, []error{ErrUnknownValue},
			"Departement 3: unknown answer: want yes, no or \"\"",
		},
		{
			"unknown and empty themes",
			Project{Themes: []Theme{ThemeDonnees, "fibre", ""}},
			[]string{"Themes[1]", "Themes[2]"}, []error{ErrUnknownValue},
			`Themes[2] "": unknown theme`,
		},
		{
			"unknown practice",
			Project{Practices: []Practice{"rgaa"}},
			[]string{"Practices[0]"}, []error{ErrUnknownValue},
			`Practices[0] "rgaa": unknown practice: want accessibilite`,
		},
		{
			"negative overlap",
			Project{Members: []Body{{Kind: EPCI, Population: 1000}}, Overlap: -1},
			[]string{"Overlap"}, nil,
			`scheme: validate project: Overlap -1: negative overlap`,
		},
		{
			"overlap above the populations given, partners aside",
			Project{Members: []Body{{Kind: Commune, Population: 1000}, {Kind: Partenaire, Population: 5000}}, Overlap: 1001},
			[]string{"Overlap"}, nil,
			`Overlap 1001: above the populations given, 1000 inhabitants`,
		},
		{
			"results before start",
			Project{Start: day(2021, time.March, 1), Results: day(2021, time.February, 28)},
			[]string{"Results"}, nil,
			`Results "2021-02-28": before Start "2021-03-01"`,
		},
		{
			"invalid budget keeps the cost errors",
			Project{Budget: cost.Budget{
				{Category: cost.Services, Label: "Développement", Amount: cost.Euros(1000)},
				{Category: "serveurs", Label: "Serveurs", Amount: cost.Cents(-1200)},
			}},
			[]string{"Budget[1]", "Budget[1]"}, []error{cost.ErrNegativeAmount, cost.ErrUnknownCategory},
			`scheme: validate project: Budget[1] "Serveurs": negative amount -12.00`,
		},
		{
			"every problem at once",
			Project{
				Lead:      Body{Kind: "mairie", Population: -1},
				Members:   []Body{{Kind: "x"}},
				Themes:    []Theme{"y"},
				Practices: []Practice{"z"},
				Start:     day(2022, time.January, 1),
				Results:   day(2021, time.January, 1),
				Budget:    cost.Budget{{Category: cost.Other, Amount: cost.Cents(-1)}},
			},
			[]string{"Lead.Kind", "Lead.Population", "Members[0].Kind", "Themes[0]", "Practices[0]", "Results", "Budget[0]"},
			[]error{ErrUnknownValue, cost.ErrNegativeAmount},
			"Lead.Population -1",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.Validate()
			require.ErrorIs(t, err, ErrInvalidProject)
			for _, target := range tt.is {
				assert.ErrorIs(t, err, target)
			}
			assert.Contains(t, err.Error(), tt.message)

			joined, ok := err.(interface{ Unwrap() []error })
			require.True(t, ok, "errors.Join")
			var fields []string
			for _, e := range joined.Unwrap() {
				var fe *FieldError
				require.ErrorAs(t, e, &fe)
				require.ErrorIs(t, e, ErrInvalidProject, "each problem wraps ErrInvalidProject")
				fields = append(fields, fe.Field)
			}
			assert.Equal(t, tt.fields, fields)
		})
	}
}

// withIDs returns n members, those of ids with the ID they give, the others
// with IDs of their own.
func withIDs(n int, ids map[int]string) []Body {
	members := make([]Body, n)
	for i := range members {
		members[i] = Body{ID: "m" + strconv.Itoa(i), Kind: Commune}
		if id, ok := ids[i]; ok {
			members[i].ID = id
		}
	}
	return members
}

func TestValidateAllocations(t *testing.T) {
	projects := map[string]Project{
		"an eligible project":                  eligibleFor(Donnees),
		"the most bodies a scan looks through": {Lead: Body{ID: "x"}, Members: withIDs(fewBodies-1, nil)},
	}
	for name, p := range projects {
		require.NoError(t, p.Validate())
		if allocs := testing.AllocsPerRun(100, func() { sinkErr = p.Validate() }); allocs != 0 {
			t.Errorf("%s: Validate allocates %.0f times, want 0", name, allocs)
		}
	}
}

func TestFieldError(t *testing.T) {
	e := &FieldError{Field: "Lead.Kind"}
	assert.Equal(t, "scheme: validate project: Lead.Kind: invalid project", e.Error())
	assert.ErrorIs(t, e, ErrInvalidProject)
	cause := errors.New("boom")
	e = &FieldError{Field: "Title", Value: `"x"`, Err: cause}
	assert.Equal(t, `scheme: validate project: Title "x": boom`, e.Error())
	assert.ErrorIs(t, e, cause)
	assert.ErrorIs(t, e, ErrInvalidProject)
}

// TestValidateAgreesWithCheck checks that an invalid fact never makes Check
// answer better than NotMet for its criterion, nor Unknown.
func TestValidateAgreesWithCheck(t *testing.T) {
	p := eligibleFor(ServicesUsagers)
	p.Lead.Kind = "mairie"
	p.Themes = []Theme{"fibre"}
	p.Practices = []Practice{"rgaa"}
	p.Results = calendar.MustDate(2020, time.January, 1)
	require.Error(t, p.Validate())
	e := mustGet(t, ServicesUsagers).Check(p, inFirst)
	assert.Equal(t, Ineligible, e.Verdict)
	for _, code := range []CriterionCode{CodeDemandeur, CodeThematique, CodeBonnesPratiques, CodeResultats18Mois} {
		c, ok := e.Criterion(code)
		require.True(t, ok)
		assert.Equal(t, NotMet, c.Outcome, code)
	}
}

// TestValidateManyBodies checks the bodies that count twice in a project of
// more members than twins looks through one by one.
func TestValidateManyBodies(t *testing.T) {
	p := Project{Lead: Body{ID: "lead", Kind: Syndicat}}
	for i := range 40 {
		p.Members = append(p.Members, Body{Name: "Commune " + strconv.Itoa(i), Kind: Commune, Population: 1000 + i})
	}
	require.NoError(t, p.Validate())
	p.Members[30].ID = "lead"
	p.Members[35] = p.Members[3]
	p.Members[36] = Body{}
	p.Members[37] = Body{}
	err := p.Validate()
	require.ErrorIs(t, err, ErrInvalidProject)
	assert.Equal(t, "scheme: validate project: Members[30].ID \"lead\": same ID as Lead.ID\n"+
		"scheme: validate project: Members[35]: same body as Members[3], which counts once", err.Error())
	c, _ := mustGet(t, Donnees).Check(p, inFirst).Criterion(CodeAmpleur)
	assert.Equal(t, NotMet, c.Outcome)
	assert.Contains(t, c.Reason(), typo("Membre n° 31 en double, déjà compté comme porteur ; 1 autre donnée invalide"))
}

// TestErrorsAreBounded checks that an input of a megabyte gives a message
// of a few hundred bytes, whatever it goes through: Project.Validate, New,
// the JSON of a Scheme or of a Project, alone or inside another document.
func TestErrorsAreBounded(t *testing.T) {
	const bound = 512
	huge := strings.Repeat("9", 1<<20)
	hugeKind := strings.Repeat("mairie ", 1<<20/7)
	def := func(edit func(d *Definition)) error {
		d := testDefinition("Appel", Rules{Applicants: []Kind{Commune}})
		edit(&d)
		_, err := New(d)
		return err
	}
	decode := func(v any, doc string) error { return json.Unmarshal([]byte(doc), v) }
	schemeJSON := func(edit func(d *Definition)) string {
		d := testDefinition("Appel", Rules{Applicants: []Kind{Commune}})
		edit(&d)
		data, err := json.Marshal(d)
		require.NoError(t, err)
		return string(data)
	}
	var s Scheme
	var p Project
	var nested struct {
		Project Project `json:"project"`
	}
	tests := []struct {
		name string
		err  error
		is   error
	}{
		{"an unknown kind", Project{Lead: Body{Kind: Kind(hugeKind)}}.Validate(), ErrUnknownValue},
		{"an unknown member's kind", Project{Members: []Body{{Kind: Kind(hugeKind)}}}.Validate(), ErrUnknownValue},
		{"an unknown theme", Project{Themes: []Theme{Theme(huge)}}.Validate(), ErrUnknownValue},
		{"an unknown practice", Project{Practices: []Practice{Practice(huge)}}.Validate(), ErrUnknownValue},
		{"a long scheme ID", def(func(d *Definition) { d.ID = ID(hugeKind) }), ErrInvalidDefinition},
		{"a long session ID", def(func(d *Definition) { d.Sessions[0].ID = hugeKind }), ErrInvalidDefinition},
		{"a calendar's long phase IDs", def(func(d *Definition) {
			d.Sessions[0].Calendar.Phases = append(d.Sessions[0].Calendar.Phases, calendar.Phase{ID: huge}, calendar.Phase{ID: huge})
		}), calendar.ErrInvalidCalendar},
		{"a long intake", def(func(d *Definition) { d.Sessions[0].Intake = huge }), ErrInvalidDefinition},
		{"a scheme's bad date", decode(&s, strings.Replace(schemeJSON(func(d *Definition) {
			d.Sessions[0].Revisions = []Revision{{Published: day(2021, time.March, 1), Calendar: testCalendar()}}
		}), "2021-03-01", huge, 1)), calendar.ErrInvalidDate},
		{"a scheme's bad window", decode(&s, strings.Replace(schemeJSON(func(*Definition) {}), "2021-01-01/2021-12-31", huge, 1)), calendar.ErrInvalidWindow},
		{"a project's bad date", decode(&p, `{"start":"`+huge+`"}`), calendar.ErrInvalidDate},
		{"a project's bad requested date", decode(&p, `{"requested":"`+huge+`"}`), calendar.ErrInvalidDate},
		{"a project's bad date inside a document", decode(&nested, `{"project":{"results":"`+huge+`"}}`), calendar.ErrInvalidDate},
		{"a project's unknown kind inside a document", decode(&nested, `{"project":{"lead":{"kind":"`+huge+`"}}}`), ErrUnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Error(t, tt.err)
			assert.ErrorIs(t, tt.err, tt.is)
			problems := []error{tt.err} // each of those that validation joins
			if joined, ok := tt.err.(interface{ Unwrap() []error }); ok {
				problems = joined.Unwrap()
			}
			for _, e := range problems {
				msg := e.Error()
				assert.LessOrEqual(t, len(msg), bound, "%.300s", msg)
				assert.Contains(t, msg, "bytes)", "the input's length is said: %s", msg)
			}
		})
	}
	err := decode(&nested, `{"project":{"lead":{"kind":3}}}`)
	require.ErrorIs(t, err, ErrWrongType)
	assert.EqualError(t, err, "scheme: decode project: lead.kind 3: wrong type: want a string, got a number",
		"the path inside the project: encoding/json adds none to the error of a type's own decoding")
}
