package territoire

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/planrelance/numerique/scheme"
)

// dataTSV is the data of 2021, as internal/gen writes it; its header
// documents its format.
//
//go:embed data.tsv
var dataTSV string

// load decodes dataTSV on its first call, once for all callers, and returns
// the same tables to every later call.
var load = sync.OnceValues(func() (*tables, error) { return decode(dataTSV) })

// uniqueRegion reports whether the département dep and a région are one
// collectivité territoriale unique, and returns that région's code:
// [choice] Martinique and Guyane are each one body, of kind
// statut-particulier, whose ID is the département's code.
func uniqueRegion(dep string) (string, bool) {
	switch dep {
	case "972": // Martinique
		return "02", true
	case "973": // Guyane
		return "03", true
	}
	return "", false
}

// outremer lists the collectivités d'outre-mer that are bodies, of kind
// statut-particulier: [choice] Saint-Pierre-et-Miquelon, Saint-Barthélemy
// and Saint-Martin. The data's other ones (984, 986 to 989: the Terres
// australes et antarctiques françaises, Wallis-et-Futuna, Polynésie
// française, Nouvelle-Calédonie, Clipperton) are known only as the
// DepartementCode of their communes.
func outremer() []string { return []string{"975", "977", "978"} }

// The kinds of the bodies of the data, as indexes of [tables.byKind], in the
// order in which [tables.bodies] holds them.
const (
	communes = iota
	epcis
	departements
	regions
	particuliers
	nKinds
)

// kindOf returns the kind of the bodies of kind index k.
func kindOf(k int) scheme.Kind {
	switch k {
	case communes:
		return scheme.Commune
	case epcis:
		return scheme.EPCI
	case departements:
		return scheme.Departement
	case regions:
		return scheme.Region
	}
	return scheme.StatutParticulier
}

// kindIndex returns the index in [tables.byKind] of the bodies of kind k, or
// -1 when the data has none of that kind.
func kindIndex(k scheme.Kind) int {
	switch k {
	case scheme.Commune:
		return communes
	case scheme.EPCI:
		return epcis
	case scheme.Departement:
		return departements
	case scheme.Region:
		return regions
	case scheme.StatutParticulier:
		return particuliers
	}
	return -1
}

// span is the half-open range [first, end) of a slice.
type span struct{ first, end int32 }

// tables are the decoded data. decode builds them; nothing changes them
// afterwards, so that any number of goroutines may read them at once.
type tables struct {
	// bodies holds every body, grouped by kind in the order of the kind
	// indexes (communes, epcis, …), and each kind in the order of its IDs;
	// byKind[k] is the span of kind index k. deps are the codes that the
	// bodies' DepartementCode may be, "" first.
	bodies []record
	byKind [nKinds]span
	deps   []string
	// keys[i] is the key of the ID of bodies[i]; aliases are the IDs of
	// the régions that are collectivités uniques with their département.
	keys    []idKey
	aliases []alias
	// formerKeys are the keys of the former codes of communes, of
	// communes déléguées, associées and arrondissements municipaux, in
	// order, and formerOf[k] is the index of the commune that holds the
	// code of formerKeys[k] now: 4 195 codes take 50 KB so, 218 KB in a map
	// by code.
	formerKeys []idKey
	formerOf   []int32
	// epciOf[i] is the index of the EPCI of which commune i is a member,
	// or -1; members holds the indices of the communes of each EPCI,
	// grouped by EPCI, in code order; memberSpan[i] is the span in members
	// of the EPCI of index byKind[epcis].first+i, and epciType[i] its type (CC,
	// CA, CU, METRO or MET69).
	epciOf     []int32
	members    []int32
	memberSpan []span
	epciType   []string
	// area[i] are the spans of the communes of the body of index
	// byKind[departements].first+i, a département, région or collectivité à
	// statut particulier; rhone is the index of the département du Rhône,
	// whose territory leaves out the communes of the Métropole de Lyon, the
	// EPCI of index lyon (see [tables.each]).
	area        [][]span
	rhone, lyon int32
	// terrOf[c] is the territory of the commune of index
	// byKind[communes].first+c, -1 for a collectivité d'outre-mer's, and
	// terrSize[k] the number of communes of territory k: each département's
	// code of the data, the Rhône without the Métropole de Lyon, and the
	// Métropole de Lyon, the last.
	terrOf   []int16
	terrSize []int32
	// names returns the index that Search reads (see search.go), built on
	// its first call: of 1.3 MB, more than the other tables but the
	// bodies, it is kept only by the programs that search by name.
	names func() names
}

// A record is a body as the tables hold it, which [tables.body] makes a
// [scheme.Body]: its ID and name, which share the embedded text, and its
// population, kind and département as integers. A scheme.Body takes 72
// bytes, a record 40: the 36 431 bodies take 1.5 MB rather than 2.6 MB,
// two thirds of what the tables keep.
type record struct {
	id, name   string
	population int32
	kind       uint8  // its kind index: communes, epcis…
	dep        uint16 // the index of its DepartementCode in tables.deps
}

// body returns the body of index i.
func (t *tables) body(i int32) scheme.Body {
	r := &t.bodies[i]
	return scheme.Body{ID: r.id, Name: r.name, Kind: kindOf(int(r.kind)), Population: int(r.population), DepartementCode: t.deps[r.dep]}
}

// population returns the population of the body of index i.
func (t *tables) population(i int32) int { return int(t.bodies[i].population) }

// alias is an ID of a body besides its own.
type alias struct {
	key  idKey
	body int32
}

// departementOf returns the code of the département, or collectivité
// d'outre-mer, of a commune: the first three characters of its INSEE code
// when it starts with 97 or 98, the first two otherwise.
func departementOf(code string) string {
	if strings.HasPrefix(code, "97") || strings.HasPrefix(code, "98") {
		return code[:3]
	}
	return code[:2]
}
