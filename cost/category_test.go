package cost

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCategories(t *testing.T) {
	labels := map[Category]string{
		Personnel:  "Dépenses de personnel",
		Equipment:  "Matériel",
		Services:   "Prestations externes",
		Consulting: "Conseil et accompagnement",
		Software:   "Logiciels et licences",
		Hosting:    "Hébergement",
		Training:   "Formation des agents",
		Other:      "Autres dépenses",
	}
	all := Categories()
	require.Len(t, all, 8)
	assert.Equal(t, []Category{"personnel", "materiel", "prestations", "conseil", "logiciels", "hebergement", "formation", "autre"}, all)
	for i, c := range all {
		assert.Equal(t, labels[c], c.Label(), c)
		assert.True(t, c.IsValid())
		assert.Equal(t, i, c.index())
		got, err := ParseCategory(string(c))
		require.NoError(t, err)
		assert.Equal(t, c, got)
	}
	all[0] = "changed"
	assert.Equal(t, Personnel, Categories()[0], "Categories returns a fresh slice")
}

// TestCategoryIndex holds the switch of index to the table: the position of
// every known category, and -1 for anything else.
func TestCategoryIndex(t *testing.T) {
	require.Equal(t, 8, categoryTable.Len())
	for i, c := range categoryTable.Values() {
		t.Run(string(c), func(t *testing.T) {
			assert.Equal(t, i, c.index())
			assert.Equal(t, c, categoryAt(i))
			assert.True(t, categoryTable.IsValid(c))
		})
	}
	tests := []struct {
		name string
		c    Category
	}{
		{"the zero Category", ""},
		{"a label, not a slug", "Matériel"},
		{"an accent", "matériel"},
		{"a capital", "Autre"},
		{"a trailing space", "autre "},
		{"a prefix of a slug", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, -1, tt.c.index())
			assert.False(t, categoryTable.IsValid(tt.c))
		})
	}
}

func TestCategoryZeroValue(t *testing.T) {
	var c Category
	assert.False(t, c.IsValid(), "the zero Category is not a category")
	assert.Equal(t, `%!Category("")`, c.Label())
	assert.Equal(t, `%!Category("")`, c.String())
	assert.Equal(t, `cost.Category("")`, c.GoString())
}

func TestCategoryText(t *testing.T) {
	tests := []struct {
		c                    Category
		str, label, goString string
	}{
		{Personnel, "personnel", "Dépenses de personnel", "cost.Personnel"},
		{Equipment, "materiel", "Matériel", "cost.Equipment"},
		{Services, "prestations", "Prestations externes", "cost.Services"},
		{Consulting, "conseil", "Conseil et accompagnement", "cost.Consulting"},
		{Software, "logiciels", "Logiciels et licences", "cost.Software"},
		{Hosting, "hebergement", "Hébergement", "cost.Hosting"},
		{Training, "formation", "Formation des agents", "cost.Training"},
		{Other, "autre", "Autres dépenses", "cost.Other"},
		{"xyz", `%!Category("xyz")`, `%!Category("xyz")`, `cost.Category("xyz")`},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			assert.Equal(t, tt.str, tt.c.String())
			assert.Equal(t, tt.label, tt.c.Label())
			assert.Equal(t, tt.goString, tt.c.GoString())
			assert.Equal(t, tt.goString, fmt.Sprintf("%#v", tt.c))
			if tt.c.IsValid() {
				back, err := ParseCategory(tt.c.String())
				require.NoError(t, err)
				assert.Equal(t, tt.c, back, "ParseCategory(c.String()) == c")
				text, err := tt.c.MarshalText()
				require.NoError(t, err)
				assert.Equal(t, tt.c.String(), string(text), "MarshalText is String")
			}
		})
	}
}

func TestParseCategoryErrors(t *testing.T) {
	for _, in := range []string{"", "Materiel", "matériel", "personnel ", "xyz", "Dépenses de personnel"} {
		t.Run(in, func(t *testing.T) {
			got, err := ParseCategory(in)
			require.ErrorIs(t, err, ErrUnknownCategory)
			assert.Equal(t, Category(""), got)
		})
	}
	_, err := ParseCategory("xyz")
	assert.EqualError(t, err, `cost: parse category "xyz": unknown category: want personnel, materiel, prestations, conseil, logiciels, hebergement, formation or autre`)
	assert.Equal(t, `%!Category("xyz")`, Category("xyz").Label())
}

func TestCategoryJSON(t *testing.T) {
	in := map[string][]Category{"c": Categories()}
	data, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"c":["personnel","materiel","prestations","conseil","logiciels","hebergement","formation","autre"]}`, string(data))
	var out map[string][]Category
	require.NoError(t, json.Unmarshal(data, &out))
	assert.Equal(t, in, out)

	var c Category = Services
	err = json.Unmarshal([]byte(`"xyz"`), &c)
	require.ErrorIs(t, err, ErrUnknownCategory)
	assert.Equal(t, Services, c, "UnmarshalText leaves the Category unchanged on error")

	var zero Category = Other
	require.NoError(t, json.Unmarshal([]byte(`""`), &zero), "the zero Category is read back")
	assert.Equal(t, Category(""), zero)
	data, err = json.Marshal(zero)
	require.NoError(t, err, "the zero Category is written")
	assert.Equal(t, `""`, string(data))

	_, err = json.Marshal(Category("xyz"))
	require.ErrorIs(t, err, ErrUnknownCategory, "what cannot be read back is not written")
	_, err = Category("xyz").MarshalText()
	assert.EqualError(t, err, `cost: marshal category "xyz": unknown category`)
}
