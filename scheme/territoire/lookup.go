package territoire

import (
	"github.com/planrelance/numerique/scheme"
)

// Vintage is the millésime of the data: the official geography of
// 1 January 2021, the year of the France Relance calls, and the populations
// légales en vigueur en 2021 (millésime 2018), population municipale, at
// every level; the package documentation lists the few communes whose
// figure is of another vintage (those of the Pacific collectivités).
const Vintage = 2021

// Populations says in French what the populations of the data are, for the
// outputs that show them: « populations légales en vigueur en 2021
// (millésime 2018), population municipale ».
const Populations = "populations légales en vigueur en 2021 (millésime 2018), population municipale"

// RegionPrefix is the letter before a région's INSEE code in its ID: the
// région Auvergne-Rhône-Alpes, of INSEE code 84, has the ID "R84", apart
// from the département Vaucluse, whose ID is "84".
const RegionPrefix = "R"

// Lookup returns the body whose ID is code:
//
//   - a commune by its INSEE code, five characters: "38185" (Grenoble),
//     "2A004" (Ajaccio), "97608" (Dzaoudzi, in Mayotte);
//   - an EPCI à fiscalité propre by its SIREN, nine digits: "200040715"
//     (Grenoble-Alpes-Métropole);
//   - a département by its code: "38", "971" — not "2A" nor "2B", the
//     circonscriptions of the Collectivité de Corse since 2018, for which
//     the error suggests "R94";
//   - a région by its INSEE code after [RegionPrefix]: "R84"
//     (Auvergne-Rhône-Alpes), since "84" is the département Vaucluse, and
//     "R94", the Collectivité de Corse;
//   - a collectivité à statut particulier by its code: "972" (Martinique)
//     and "973" (Guyane), which "R02" and "R03", their régions, give too,
//     and "975", "977", "978", the collectivités d'outre-mer.
//
// Lookup ignores letter case and the spaces that group digits: "2a004",
// "r84" and "200 040 715" are found, and the Body's ID is then the code as
// listed above. For any other code it returns an error wrapping
// [ErrUnknown], a [*CodeError] that quotes code and suggests the bodies
// that a near code or a name names (see the package documentation).
//
// Lookup allocates nothing when it finds the body.
func Lookup(code string) (scheme.Body, error) {
	t, err := load()
	if err != nil {
		return scheme.Body{}, err
	}
	i, ok := t.find(code)
	if !ok {
		return scheme.Body{}, t.unknown("lookup", code, -1)
	}
	return t.body(i), nil
}

// Members returns the member communes of the EPCI whose SIREN is siren, in
// the order of their INSEE codes. It accepts siren as [Lookup] does, and
// returns an error wrapping [ErrUnknown], a [*CodeError], for a code that
// names no EPCI — suggesting, for the code of a commune, its EPCI. The slice
// is new on every call, and Members allocates nothing else.
func Members(siren string) ([]scheme.Body, error) {
	t, err := load()
	if err != nil {
		return nil, err
	}
	i, ok := t.find(siren)
	if !ok || t.bodies[i].kind != epcis {
		if !ok {
			i = -1
		}
		return nil, t.unknown("members", siren, i)
	}
	s := t.memberSpan[i-t.byKind[epcis].first]
	out := make([]scheme.Body, s.end-s.first)
	for k, m := range t.members[s.first:s.end] {
		out[k] = t.body(m)
	}
	return out, nil
}

// All returns every body of kind k, in the order of their IDs: the 35 059
// communes for [scheme.Commune], the 1 254 EPCI for [scheme.EPCI], the 97
// départements, the 16 régions and the 5 collectivités à statut particulier
// (see the package documentation for the choices that make these counts).
// It returns nil for the kinds that the data has none of, such as
// [scheme.Syndicat]. The slice is new on every call.
func All(k scheme.Kind) []scheme.Body {
	t, err := load()
	i := kindIndex(k)
	if err != nil || i < 0 {
		return nil
	}
	s := t.byKind[i]
	out := make([]scheme.Body, s.end-s.first)
	for k := range out {
		out[k] = t.body(s.first + int32(k))
	}
	return out
}
