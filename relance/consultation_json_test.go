package relance

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// body is the JSON of a body with this ID and kind, its other facts not
// given, and left out.
func body(id, kind string) string {
	var fields []string
	if id != "" {
		fields = append(fields, `"id":"`+id+`"`)
	}
	if kind != "" {
		fields = append(fields, `"kind":"`+kind+`"`)
	}
	return "{" + strings.Join(fields, ",") + "}"
}

// TestRefusedInvalidValuesEncode checks that results refusing invalid
// values encode, each invalid value emptied in its place and quoted verbatim
// under its JSON Pointer in "invalid", and that decoding gives back the same
// values, which encode again to the same JSON.
func TestRefusedInvalidValuesEncode(t *testing.T) {
	cal := consultation(t)
	mairie := scheme.Body{ID: "1", Kind: "mairie"}
	on := day(time.April, 1)
	feb := day(time.February, 1)
	tests := []struct {
		name   string
		result any
		want   string
	}{
		{"a support by a kind that does not exist", CountSupports(cal, []string{"a"}, []Support{{"a", mairie, on}}),
			`{"counts":[{"proposal":"a","supports":0}],"rejected":[{"support":{"proposal":"a","by":` + body("1", "") + `,"on":"2021-04-01"},` +
				`"reason":"non-collectivite","invalid":{"/support/by/kind":"mairie"}}]}`},
		{"an invalid kind refused for another reason first", CountSupports(cal, nil, []Support{{"z", mairie, on}}),
			`{"counts":[],"rejected":[{"support":{"proposal":"z","by":` + body("1", "") + `,"on":"2021-04-01"},` +
				`"reason":"proposition-inconnue","invalid":{"/support/by/kind":"mairie"}}]}`},
		{"a declaration by a kind that does not exist", Referents(cal, []string{"s"}, []Declaration{{"s", mairie, day(time.May, 3)}}),
			`{"accepted":[],"refused":[{"item":{"service":"s","by":` + body("1", "") + `,"on":"2021-05-03"},` +
				`"reason":"non-collectivite","invalid":{"/item/by/kind":"mairie"}}]}`},
		{"a contribution of kind projet", Contributions(cal, []Contribution{{"Guichet", "projet", scheme.Body{ID: "1", Kind: scheme.Commune}, feb, nil}}),
			`{"accepted":[],"refused":[{"item":{"title":"Guichet","by":` + body("1", "commune") + `,"on":"2021-02-01"},` +
				`"reason":"nature-inconnue","invalid":{"/item/kind":"projet"}}]}`},
		{"the zero contribution: what it does not give left out", Contributions(cal, []Contribution{{}}),
			`{"accepted":[],"refused":[{"item":{"by":{}},"reason":"titre-manquant"}]}`},
		{"an unknown theme, in its place", Contributions(cal, []Contribution{{"Fibre", Need, scheme.Body{ID: "1", Kind: scheme.Commune}, feb, []scheme.Theme{scheme.ThemeServices, "fibre", ""}}}),
			`{"accepted":[],"refused":[{"item":{"title":"Fibre","kind":"besoin","by":` + body("1", "commune") + `,"on":"2021-02-01","themes":["services","",""]},` +
				`"reason":"thematique-inconnue","invalid":{"/item/themes/1":"fibre"}}]}`},
		{"every invalid value at once", Contributions(cal, []Contribution{{"X", "projet", mairie, feb, []scheme.Theme{"fibre"}}}),
			`{"accepted":[],"refused":[{"item":{"title":"X","by":` + body("1", "") + `,"on":"2021-02-01","themes":[""]},` +
				`"reason":"nature-inconnue","invalid":{"/item/by/kind":"mairie","/item/kind":"projet","/item/themes/0":"fibre"}}]}`},
		{"a contribution by a kind that does not exist, no theme", Contributions(cal, []Contribution{{"X", Need, mairie, feb, nil}}),
			`{"accepted":[],"refused":[{"item":{"title":"X","kind":"besoin","by":` + body("1", "") + `,"on":"2021-02-01"},` +
				`"reason":"type-inconnu","invalid":{"/item/by/kind":"mairie"}}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.result)
			require.NoError(t, err, "a result that refuses invalid values encodes")
			assert.JSONEq(t, tt.want, string(data))
			assert.Equal(t, tt.want, string(data), "keys in a stable order")

			back := reflect.New(reflect.TypeOf(tt.result))
			require.NoError(t, json.Unmarshal(data, back.Interface()))
			assert.Equal(t, tt.result, back.Elem().Interface(), "decoding gives back the same values")
			again, err := json.Marshal(back.Interface())
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again), "and they encode again to the same JSON")
		})
	}
}

// TestValidRefusalsJSON checks that a refusal whose values are all valid
// keeps the form a plain struct would have: no "invalid" key.
func TestValidRefusalsJSON(t *testing.T) {
	cal := consultation(t)
	tally := CountSupports(cal, []string{"a"}, []Support{{"a", epci, day(time.April, 1)}, {"a", commune, day(time.April, 1)}})
	data, err := json.Marshal(tally.Rejected[0])
	require.NoError(t, err)
	type plain Rejection
	want, err := json.Marshal(plain(tally.Rejected[0]))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(data))

	refs := Contributions(cal, []Contribution{{"Fibre", Need, commune, day(time.February, 1), []scheme.Theme{scheme.ThemeInfrastructure}}})
	data, err = json.Marshal(refs.Refused[0])
	require.NoError(t, err)
	assert.Equal(t, `{"item":{"title":"Fibre","kind":"besoin","by":{"id":"213801855","name":"Commune","kind":"commune"},`+
		`"on":"2021-02-01","themes":["infrastructure"]},"reason":"hors-champ"}`, string(data))
}

// own is a caller's type of item, which a Refusal writes and reads as
// encoding/json does.
type own struct {
	Name string `json:"name"`
}

func TestRefusalOfOtherTypes(t *testing.T) {
	r := Refusal[own]{Item: own{"x"}, Reason: "r"}
	data, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Equal(t, `{"item":{"name":"x"},"reason":"r"}`, string(data))
	var back Refusal[own]
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, r, back)

	err = json.Unmarshal([]byte(`{"item":{"name":"x"},"reason":"r","invalid":{"/item/name":"y"}}`), &back)
	require.ErrorIs(t, err, ErrMalformedRefusal)
	assert.EqualError(t, err, `relance: unmarshal refusal: invalid "/item/name" "y": malformed refusal: names no field that can be invalid`)

	s := Refusal[Support]{Item: Support{"a", scheme.Body{ID: "1", Kind: "mairie"}, day(time.April, 1)}, Reason: ReasonNotCollectivite}
	data, err = json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"invalid":{"/item/by/kind":"mairie"}`)
	var backS Refusal[Support]
	require.NoError(t, json.Unmarshal(data, &backS))
	assert.Equal(t, s, backS)
}

func TestRefusalsUnmarshalNull(t *testing.T) {
	r := Rejection{Support: Support{Proposal: "a"}, Reason: ReasonDuplicate}
	require.NoError(t, json.Unmarshal([]byte(`null`), &r))
	assert.Equal(t, Rejection{Support: Support{Proposal: "a"}, Reason: ReasonDuplicate}, r, "null leaves it unchanged")
	c := Refusal[Contribution]{Item: Contribution{Title: "T"}, Reason: ReasonNoTitle}
	require.NoError(t, json.Unmarshal([]byte(`null`), &c))
	assert.Equal(t, "T", c.Item.Title)
	d := Refusal[Declaration]{Reason: ReasonGroupement}
	require.NoError(t, json.Unmarshal([]byte(`null`), &d))
	assert.Equal(t, ReasonGroupement, d.Reason)
}

// TestRefusalsUnmarshalErrors checks what decoding refuses: what no
// refusal encodes as, each problem reported, the value left unchanged.
func TestRefusalsUnmarshalErrors(t *testing.T) {
	contribution := func(kind, themes, invalid string) string {
		return `{"item":{"title":"X","kind":"` + kind + `","by":` + body("1", "") + `,"on":"2021-02-01","themes":` + themes + `},"reason":"r","invalid":` + invalid + `}`
	}
	tests := []struct {
		name      string
		into      any
		data      string
		malformed bool // wraps ErrMalformedRefusal
		want      string
	}{
		{"an invalid kind where the item holds one", &Rejection{},
			`{"support":{"proposal":"a","by":` + body("1", "commune") + `},"reason":"r","invalid":{"/support/by/kind":"mairie"}}`, true,
			`relance: unmarshal refusal: invalid "/support/by/kind" "mairie": malformed refusal: the item holds "commune" there`},
		{"a valid kind belongs in the item", &Rejection{},
			`{"support":{"by":` + body("1", "") + `},"invalid":{"/support/by/kind":"commune"}}`, true,
			`relance: unmarshal refusal: invalid "/support/by/kind" "commune": malformed refusal: a valid value, which the item holds itself`},
		{"an empty kind belongs in the item", &Rejection{},
			`{"support":{"by":` + body("1", "") + `},"invalid":{"/support/by/kind":null}}`, true,
			`relance: unmarshal refusal: invalid "/support/by/kind" "": malformed refusal: an empty value, which the item holds itself`},
		{"a pointer to no field", &Rejection{},
			`{"support":{},"invalid":{"/support/proposal":"x","/item/by/kind":"mairie"}}`, true,
			`relance: unmarshal refusal: invalid "/item/by/kind" "mairie": malformed refusal: names no field that can be invalid` + "\n" +
				`relance: unmarshal refusal: invalid "/support/proposal" "x": malformed refusal: names no field that can be invalid`},
		{"an invalid kind in the item itself", &Rejection{},
			`{"support":{"by":` + body("1", "mairie") + `}}`, false, `scheme: parse kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire`},
		{"a declaration's invalid kind where the item holds one", &Refusal[Declaration]{},
			`{"item":{"by":` + body("1", "epci") + `},"invalid":{"/item/by/kind":"mairie"}}`, true,
			`relance: unmarshal refusal: invalid "/item/by/kind" "mairie": malformed refusal: the item holds "epci" there`},
		{"a declaration's item that is no object", &Refusal[Declaration]{}, `{"item":[]}`, false,
			"json: cannot unmarshal array into Go value of type relance.Declaration"},
		{"a support's item that is no object", &Refusal[Support]{}, `{"item":1}`, false,
			"json: cannot unmarshal number into Go value of type relance.Support"},
		{"a caller's item that is no object", &Refusal[own]{}, `{"item":"x"}`, false,
			"json: cannot unmarshal string into Go value of type relance.own"},
		{"not an object", &Refusal[Contribution]{}, `[]`, false,
			"json: cannot unmarshal array into Go value of type relance.refusalIn"},
		{"a rejection that is not an object", &Rejection{}, `"x"`, false,
			"json: cannot unmarshal string into Go value of type relance.rejectionJSON"},
		{"a contribution's valid kind belongs in the item", &Refusal[Contribution]{}, contribution("", `null`, `{"/item/kind":"besoin"}`), true,
			`relance: unmarshal refusal: invalid "/item/kind" "besoin": malformed refusal: a valid value, which the item holds itself`},
		{"a contribution's invalid kind where it holds one", &Refusal[Contribution]{}, contribution("besoin", `null`, `{"/item/kind":"projet"}`), true,
			`relance: unmarshal refusal: invalid "/item/kind" "projet": malformed refusal: the item holds "besoin" there`},
		{"an unknown kind in the item", &Refusal[Contribution]{}, contribution("projet", `null`, `{}`), false,
			`relance: parse contribution kind "projet": unknown value: want besoin or service-existant`},
		{"a null kind in the item", &Refusal[Contribution]{}, `{"item":{"kind":null}}`, false,
			"json: cannot unmarshal null into Go value of type relance.ContributionKind"},
		{"an unknown theme in the item", &Refusal[Contribution]{}, contribution("besoin", `["fibre"]`, `{}`), false,
			`scheme: parse theme "fibre": unknown value: want services, donnees, cooperation, outils-agents, formation or infrastructure`},
		{"a null theme in the item", &Refusal[Contribution]{}, contribution("besoin", `[null]`, `{}`), false,
			"json: cannot unmarshal null into Go value of type scheme.Theme"},
		{"the item is not an object", &Refusal[Contribution]{}, `{"item":"x"}`, false,
			"json: cannot unmarshal string into Go value of type relance.contributionIn"},
		{"themes: every problem at once, in the order of the pointers", &Refusal[Contribution]{},
			contribution("", `["services","",""]`, `{"/item/themes/0":"fibre","/item/themes/1":"donnees","/item/themes/01":"x","/item/themes/3":"x","/item/themes/-1":"x","/item/themes/2":"wifi"}`), true,
			`relance: unmarshal refusal: invalid "/item/themes/0" "fibre": malformed refusal: the item holds "services" there` + "\n" +
				`relance: unmarshal refusal: invalid "/item/themes/1" "donnees": malformed refusal: a valid value, which the item holds itself` + "\n" +
				`relance: unmarshal refusal: invalid "/item/themes/-1" "x": malformed refusal: names no field that can be invalid` + "\n" +
				`relance: unmarshal refusal: invalid "/item/themes/01" "x": malformed refusal: names no field that can be invalid` + "\n" +
				`relance: unmarshal refusal: invalid "/item/themes/3" "x": malformed refusal: names no field that can be invalid`},
		{"a long value is cut", &Refusal[Contribution]{}, contribution("", `null`, `{"/item/kind":"besoin","/item/x":"`+longText+`"}`), true,
			`relance: unmarshal refusal: invalid "/item/kind" "besoin": malformed refusal: a valid value, which the item holds itself` + "\n" +
				`relance: unmarshal refusal: invalid "/item/x" "` + longText[:64] + `…" (70 bytes): malformed refusal: names no field that can be invalid`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := reflect.ValueOf(tt.into).Elem().Interface()
			err := json.Unmarshal([]byte(tt.data), tt.into)
			require.Error(t, err)
			assert.Equal(t, tt.malformed, errors.Is(err, ErrMalformedRefusal), "wraps ErrMalformedRefusal")
			assert.EqualError(t, err, tt.want)
			assert.Equal(t, before, reflect.ValueOf(tt.into).Elem().Interface(), "unchanged on error")
		})
	}
}

// longText is a value longer than errors quote in full.
const longText = "0123456789012345678901234567890123456789012345678901234567890123456789"
