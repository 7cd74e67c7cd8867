package cli_test

import (
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
	"github.com/planrelance/numerique/scheme"
	"github.com/planrelance/numerique/scheme/territoire"
)

func TestItemError(t *testing.T) {
	errFound := errors.New("found")
	tests := []struct {
		name string
		err  cli.ItemError
		msg  string
	}{
		{"an item and its value", cli.ItemError{Item: 2, Value: `"epci"`, Problem: "want more", Err: errFound}, `item 2 "epci": want more`},
		{"an item without value", cli.ItemError{Item: 2, Problem: "same body as item 1", Err: errFound}, "item 2: same body as item 1"},
		{"a whole value", cli.ItemError{Value: `"oui"`, Problem: "unknown value", Err: errFound}, `"oui": unknown value`},
		{"nothing but the problem", cli.ItemError{Problem: "too late", Err: errFound}, "too late"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.EqualError(t, &tt.err, tt.msg)
			assert.ErrorIs(t, &tt.err, errFound)
		})
	}
}

func TestAnswer(t *testing.T) {
	for in, want := range map[string]scheme.Answer{"yes": scheme.Yes, "no": scheme.No, "": scheme.Unanswered} {
		got, err := cli.Answer(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := cli.Answer("oui")
	require.ErrorIs(t, err, scheme.ErrUnknownValue)
	assert.EqualError(t, err, `"oui": unknown value: want yes, no, or nothing for no answer`)
}

// flags are the names of examples/orientation's flags.
var flags = cli.Names{
	Lead: "-porteur", Kind: "-kind", Population: "-population", Members: "-membres",
	Departement: "-departement", SharedNeed: "-shared-need", Themes: "-themes", Practices: "-practices",
	Start: "-start", Results: "-results", Requested: "-requested", Budget: "-budget",
}

// columns are the names of examples/lot's columns, whose budget lines are
// named after their categories.
var columns = cli.Names{
	Lead: "porteur", Kind: "kind", Population: "population", Members: "membres",
	Start: "start", Results: "results",
}

func TestProblems(t *testing.T) {
	day := func(m time.Month, d int) calendar.Date { return calendar.MustDate(2021, m, d) }
	huge := cost.Cents(1 << 62)
	tests := []struct {
		name  string
		names cli.Names
		p     scheme.Project
		want  []string // the name and the problem of each
	}{
		{"results before the start", flags, scheme.Project{Start: day(time.June, 1), Results: day(time.May, 1)},
			[]string{`-results | "2021-05-01": before -start "2021-06-01"`}},
		{"results before the start, as columns", columns, scheme.Project{Start: day(time.June, 1), Results: day(time.May, 1)},
			[]string{`results | "2021-05-01": before start "2021-06-01"`}},
		{"a member described twice, counted from 1", flags, scheme.Project{Members: []scheme.Body{
			{Name: "A", Kind: scheme.EPCI, Population: 1}, {Name: "A", Kind: scheme.EPCI, Population: 1}}},
			[]string{"-membres | item 2: same body as item 1, which counts once"}},
		{"a member's key that repeats the lead's", flags, scheme.Project{Lead: scheme.Body{ID: "x"}, Members: []scheme.Body{{ID: "y"}, {ID: "x"}}},
			[]string{`-membres | item 2 "x": same ID as -porteur`}},
		{"a negative population of the lead and a member", flags, scheme.Project{Lead: scheme.Body{Population: -1}, Members: []scheme.Body{{Population: -2}}},
			[]string{"-population | -1: negative population", "-membres | item 1 -2: negative population"}},
		{"a budget of a flag: its lines are items", flags, scheme.Project{Budget: cost.Budget{
			{Category: cost.Services, Label: "Prestations externes", Amount: huge},
			{Category: cost.Personnel, Label: "Dépenses de personnel", Amount: huge}}},
			[]string{"-budget | item 2: amount out of range: the total exceeds 92233720368547758.07"}},
		{"a budget of columns: each line is its category's", columns, scheme.Project{Budget: cost.Budget{
			{Category: cost.Services, Label: "Prestations externes", Amount: huge},
			{Category: cost.Personnel, Label: "Dépenses de personnel", Amount: huge}}},
			[]string{"personnel | amount out of range: the total exceeds 92233720368547758.07"}},
		{"an unknown theme, an unknown answer", flags, scheme.Project{Themes: []scheme.Theme{"donnees", "sport"}, SharedNeed: 7},
			[]string{`-shared-need | 7: unknown answer: want yes, no, or nothing for no answer`,
				`-themes | item 2 "sport": unknown theme: want services, donnees, cooperation, outils-agents, formation or infrastructure`}},
		{"a fact that the program does not name keeps its path", columns, scheme.Project{SharedNeed: 7},
			[]string{`| scheme: validate project: SharedNeed 7: unknown answer: want yes, no or ""`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.Validate()
			require.Error(t, err)
			var got []string
			for _, pb := range tt.names.Problems(err, tt.p) {
				require.ErrorIs(t, pb, scheme.ErrInvalidProject, "the library's error is wrapped")
				got = append(got, pb.Name+" | "+pb.Err.Error())
				if pb.Name == "" {
					got[len(got)-1] = "| " + pb.Err.Error()
				} else {
					assert.Equal(t, pb.Name+": "+pb.Err.Error(), pb.Error())
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestProblemsOfCodes(t *testing.T) {
	p := scheme.Project{
		Lead:    scheme.Body{ID: "9999"},
		Members: []scheme.Body{{ID: "243800984"}, {ID: "38999"}, {ID: "243800984"}, {ID: "12 34"}},
	}
	_, err := cli.Complete(p)
	require.Error(t, err)
	var got []string
	for _, pb := range columns.Problems(err, p) {
		var ce *territoire.CodeError
		require.ErrorAs(t, pb.Err, &ce, "the library's error is wrapped")
		got = append(got, pb.Name+" | "+pb.Err.Error())
	}
	assert.Equal(t, []string{
		`membres | item 2 "38999": unknown code`,
		`membres | item 3 "243800984": code given twice, as item 1`,
		`porteur | "9999": unknown code`,
		`membres | item 4 "12 34": unknown code; did you mean "01234" (Marignieu, commune)?`,
	}, got, "each code at its place, the suggestions kept")

	p = scheme.Project{Lead: scheme.Body{ID: "38185"}, Members: []scheme.Body{{ID: "38185"}}}
	_, err = cli.Complete(p)
	got = nil
	for _, pb := range flags.Problems(err, p) {
		got = append(got, pb.Name+" | "+pb.Err.Error())
	}
	assert.Equal(t, []string{`-membres | item 1 "38185": code given twice, as -porteur`}, got)
}

func TestProblemsOfOthers(t *testing.T) {
	errOther := errors.New("other")
	got := flags.Problems(errOther, scheme.Project{})
	assert.Equal(t, []cli.Problem{{Err: errOther}}, got, "an error of another kind is returned as found, with no name")
	assert.EqualError(t, got[0], "other", "a problem with no name says the error alone")
	assert.ErrorIs(t, got[0], errOther)
}

// TestProblemsOfEveryFact names a problem of each fact that Names names,
// through FieldErrors such as Validate returns.
func TestProblemsOfEveryFact(t *testing.T) {
	errFound := errors.New("found")
	p := scheme.Project{Budget: cost.Budget{{Category: cost.Services, Label: "Prestations externes"}}}
	tests := []struct {
		field, want string
	}{
		{"Lead.ID", "-porteur"},
		{"Lead.Kind", "-kind"},
		{"Lead.Population", "-population"},
		{"Members[0].Kind", "-membres | item 1"},
		{"Departement", "-departement"},
		{"SharedNeed", "-shared-need"},
		{"Themes[1]", "-themes | item 2"},
		{"Practices[0]", "-practices | item 1"},
		{"Start", "-start"},
		{"Results", "-results"},
		{"Requested", "-requested"},
		{"Budget[0]", "-budget | item 1"},
		{"Budget", "-budget"},
		{"Overlap", "| Overlap"},
		{"Members[x]", "| Members[x]"},
		{"Members[-1]", "| Members[-1]"},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			got := flags.Problems(&scheme.FieldError{Field: tt.field, Err: errFound}, p)
			require.Len(t, got, 1)
			require.ErrorIs(t, got[0].Err, errFound)
			name := got[0].Name
			if ie := new(cli.ItemError); errors.As(got[0].Err, &ie) && ie.Item > 0 {
				name += " | item " + strconv.Itoa(ie.Item)
			}
			if name == "" {
				name = "| " + tt.field
				assert.Contains(t, got[0].Err.Error(), tt.field, "a fact not named keeps its path")
			}
			assert.Equal(t, tt.want, name)
		})
	}
}

func TestByCode(t *testing.T) {
	assert.False(t, cli.ByCode(scheme.Project{Members: []scheme.Body{{Kind: scheme.EPCI}}}))
	assert.True(t, cli.ByCode(scheme.Project{Lead: scheme.Body{ID: "38185"}}))
	assert.True(t, cli.ByCode(scheme.Project{Members: []scheme.Body{{Kind: scheme.EPCI}, {ID: "38185"}}}))
}
