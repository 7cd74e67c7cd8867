package main

// The populations of the communes that belong to no EPCI à fiscalité propre,
// which epci.json, the source of every other commune's figure of millésime
// 2018, does not list. Each figure names its source by a tag that data.tsv
// writes beside it and documents in its header.
const (
	// tagINSEECOM: INSEE, « Populations légales des collectivités
	// d'outre-mer en 2018 » (December 2020, authenticated by décret
	// n° 2020-1706), millésime 2018: Saint-Barthélemy 10 124, Saint-Martin
	// 34 065, Saint-Pierre-et-Miquelon 5 985. Saint-Barthélemy and
	// Saint-Martin are one commune each.
	tagINSEECOM = "insee-com-2018"
	// tagWikipedia: the population municipale of millésime 2018 as the
	// French Wikipédia's infobox of the commune gave it in 2021, citing
	// INSEE; for the two communes of Saint-Pierre-et-Miquelon, their sum is
	// INSEE's figure for the collectivité (tagINSEECOM).
	tagWikipedia = "wikipedia-2018"
	// tagLocalCensus: the figure of communes.json, of the collectivité's
	// own census (Nouvelle-Calédonie, Polynésie française,
	// Wallis-et-Futuna, which INSEE's populations légales do not cover):
	// not a millésime 2018.
	tagLocalCensus = "recensement-local"
)

// supplement is a commune's population from another source than epci.json.
type supplement struct {
	population int
	tag        string
}

// supplements are the millésime-2018 figures of the communes in no EPCI
// that the package does not hold.
var supplements = map[string]supplement{
	"22016": {356, tagWikipedia},  // Île-de-Bréhat
	"29083": {255, tagWikipedia},  // Île-de-Sein
	"29155": {834, tagWikipedia},  // Ouessant
	"85113": {4829, tagWikipedia}, // L'Île-d'Yeu
	"97501": {585, tagWikipedia},  // Miquelon-Langlade
	"97502": {5400, tagWikipedia}, // Saint-Pierre
	"97701": {10124, tagINSEECOM}, // Saint-Barthélemy
	"97801": {34065, tagINSEECOM}, // Saint-Martin
}

// comTotals are INSEE's populations légales of millésime 2018 of the
// collectivités d'outre-mer (tagINSEECOM), against which convert checks the
// sum of their communes.
var comTotals = map[string]int{"975": 5985, "977": 10124, "978": 34065}

// localCensus are the collectivités whose communes keep the figure of
// communes.json, of their own census (tagLocalCensus).
var localCensus = map[string]bool{"986": true, "987": true, "988": true}
