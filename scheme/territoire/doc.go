// Package territoire holds the French local authorities of 2021 as data —
// every commune, EPCI à fiscalité propre, département, région and
// collectivité à statut particulier, with its official code, name and
// population — so that a user writes the code of a body and gets a
// [scheme.Body] with its name, kind, population and département:
//
//	grenoble, err := territoire.Lookup("200040715")
//	// scheme.Body{ID: "200040715", Name: "Grenoble-Alpes-Métropole",
//	//	Kind: scheme.EPCI, Population: 445059, DepartementCode: "38"}
//
// # Model
//
// [Lookup] finds a body by its ID, [Members] the communes of an EPCI,
// [Search] bodies by name for an input field, and [All] every body of a
// kind. Each [scheme.Body] has:
//
//   - ID: the code that Lookup takes, unique across kinds — a commune's INSEE
//     code ("38185"), an EPCI's SIREN ("200040715"), a département's code
//     ("38", "2A", "971"), a région's INSEE code after [RegionPrefix] ("R84":
//     région codes are also département codes, "84" being Vaucluse), a
//     collectivité à statut particulier's code ("972", "975"). Bodies from
//     this package can therefore be members of one [scheme.Project], whose
//     Validate refuses an ID given twice — but knows nothing of membership:
//     a project that lists an EPCI and one of its communes counts the
//     commune's inhabitants twice.
//   - Name: the official name, as the data writes it: « Grenoble »,
//     « Grenoble-Alpes-Métropole », « Isère », « Auvergne-Rhône-Alpes ».
//   - Kind: [scheme.Commune], [scheme.EPCI], [scheme.Departement],
//     [scheme.Region] or [scheme.StatutParticulier].
//   - Population: the population municipale, by the rules below. It is 0,
//     which [scheme.Body] reads as "not given", for the twelve communes
//     without inhabitants: the six villages of the Meuse destroyed in 1916
//     (Fleury-devant-Douaumont…), of population 0 in the data, and the
//     districts of the Terres australes et antarctiques françaises and
//     Clipperton, of none.
//   - DepartementCode: the code of the one département, or collectivité
//     d'outre-mer, that holds the whole body: a commune's, an EPCI's when
//     all its members are in one département, a département's own code, a
//     région's when it has one département only ("971", "974", "976"), a
//     collectivité à statut particulier's own code; "" for the 90 EPCI
//     that span several départements and the régions of several
//     départements.
//
// # Choices
//
// DOMAIN.md § 5 states these [choice]s, which the data does not make:
//
//   - [choice] Population is the population municipale. A commune has its
//     figure of communes.json, an EPCI its total of epci.json, and a
//     département, a région or a collectivité à statut particulier the sum
//     of its communes' figures of communes.json. The two files do not hold
//     the same vintage of the communes' populations: communes.json has
//     INSEE's populations légales published at the end of 2021 (of the
//     census of 2019, in force from 1 January 2022), epci.json the DGCL's
//     figures of 2021 (of the census of 2018) — Grenoble has 158 198
//     inhabitants in the first and 157 650 among its métropole's members in
//     the second. So the members of an EPCI, as [Members] returns them, do
//     not sum exactly to the EPCI's population: at most 19 621 inhabitants
//     apart (the Métropole du Grand Paris, 7 075 028, its communes
//     7 094 649), at most 4.5 % apart (the CC Larzac et Vallées, 6 079, its
//     communes 6 350).
//   - [choice] Kinds. Martinique and Guyane, collectivités territoriales
//     uniques, are one body each, of kind statut-particulier, whose ID is
//     the département's code ("972", "973"); [Lookup] finds them by their
//     région's ID too ("R02", "R03"). The collectivités d'outre-mer
//     Saint-Pierre-et-Miquelon, Saint-Barthélemy and Saint-Martin ("975",
//     "977", "978") are of kind statut-particulier. The data's communes of
//     Saint-Barthélemy ("97701") and Saint-Martin ("97801"), which name the
//     same territory as their collectivité, are kept as communes; so are
//     the communes of the other overseas collectivités of the data (984,
//     986 to 989: the Terres australes et antarctiques françaises,
//     Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie,
//     Clipperton), whose collectivités are no bodies here: their codes are
//     only their communes' DepartementCode.
//   - [choice] The Métropole de Lyon is listed by the data as an EPCI (of
//     type MET69) and kept so. The data does not tell the département du
//     Rhône apart from it: the département "69" has the communes of code
//     69…, the métropole's included, and their population.
//   - [choice] Ville de Paris is the commune "75056" and the département
//     "75", as the data lists it; Corse is the région "R94", and its
//     départements "2A" and "2B" are départements.
//
// Hence the counts of [All]: 35 059 communes, 1 254 EPCI (995 communautés
// de communes, 223 d'agglomération, 14 urbaines, 21 métropoles and the
// Métropole de Lyon), 99 départements, 16 régions and 5 collectivités à
// statut particulier — the data's 101 départements and 18 régions, less
// Martinique's and Guyane's, plus the three collectivités d'outre-mer.
//
// # Search
//
// [Search] compares names by a key without letter case, accents or
// punctuation, and ranks the bodies whose name is the key, then those whose
// name starts with it, then those whose name holds it, each rank from the
// most populous. It returns at most [SearchLimit] bodies, for an input
// field; use [All] to go through every body.
//
// # Errors
//
// For a code that names no body, [Lookup] and [Members] return a
// [*CodeError], which wraps [ErrUnknown], quotes the code and suggests what
// its author may have meant:
//
//   - for a former code (of a commune merged since, of a commune déléguée
//     or associée, or of an arrondissement municipal of Paris, Lyon or
//     Marseille: "69381"), the commune that holds it now;
//   - for a code that lost its leading zero ("1001", "7"), the code with it;
//   - for a code of Corse written with 20 ("20004"), those with 2A and 2B;
//   - for a région's ID of one digit ("R1"), the one of two ("R01"), and
//     for the ID of a région that is not one ("R38"), the département of
//     that code;
//   - for the SIREN of a commune ("213801855", which starts with 21, its
//     département and, after a 0, its number), the commune of that INSEE
//     code;
//   - for a name ("Grenoble"), the first bodies that [Search] finds.
//
// For Members, the suggestions are the EPCI among those, a commune replaced
// by its EPCI. An error carries three suggestions at most.
//
// # Concurrency and cost
//
// The package is pure: it reads nothing but the data that the module embeds
// (data.tsv) and keeps no state that changes. The data is decoded on the
// first call of any function, once for all goroutines, which takes a few tens
// of milliseconds and keeps about 5 MB; every function is then safe for
// concurrent use. Every Body returned is a value, and every slice is new:
// the caller may change them without changing the data. Lookup then costs
// some tens of nanoseconds and allocates nothing; Members allocates its
// result only; Search reads a summary of every name, and the names that may
// match, in well under a millisecond.
//
// # Source and licence
//
// The data is that of Etalab's npm package @etalab/decoupage-administratif,
// version 1.1.1 (its millésime 2021), whose sources are INSEE's Code officiel géographique, the DGCL's list of the
// EPCI à fiscalité propre of 2021 and their members, and INSEE's legal
// populations (Mayotte's of 2017). The package is distributed under the MIT
// licence, whose notice ships beside this file as
// LICENSE-decoupage-administratif; its README places the data under the
// Licence Ouverte of Etalab, which asks to name the source and its date:
// « Etalab, @etalab/decoupage-administratif 1.1.1, millésime 2021 ».
//
// # Regeneration
//
// The data file is written by the generator of internal/gen, with npm and
// the npm registry at hand:
//
//	go generate ./scheme/territoire
//
// It fetches the package at the pinned version (npm pack), checks it
// against its published integrity, reads data/communes.json, epci.json,
// departements.json and regions.json, and writes data.tsv (the format is
// documented in its header), LICENSE-decoupage-administratif and
// generated_test.go, which holds data.tsv's checksum and counts so that the
// tests check that the embedded file is the one the generator wrote.
// Neither users nor the tests run npm.
package territoire

//go:generate go run ./internal/gen
