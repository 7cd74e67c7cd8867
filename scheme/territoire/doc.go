// Package territoire holds the French local authorities of 2021 as data —
// every commune, EPCI à fiscalité propre, département, région and
// collectivité à statut particulier, with its official code, name and
// population — so that a user writes the code of a body and gets a
// [scheme.Body] with its name, kind, population and département, and
// [Complete] fills a whole project given by codes:
//
//	grenoble, err := territoire.Lookup("200040715")
//	// scheme.Body{ID: "200040715", Name: "Grenoble-Alpes-Métropole",
//	//	Kind: scheme.EPCI, Population: 445059, DepartementCode: "38"}
//
// The populations are the populations légales en vigueur en 2021 (millésime
// 2018), population municipale, at every level: the figures in force during
// both sessions of the France Relance calls.
//
// # Model
//
// [Lookup] finds a body by its ID, [Members] the communes of an EPCI,
// [Search] bodies by name for an input field, [All] every body of a kind,
// and [Complete] completes a [scheme.Project] whose bodies are given by
// their codes: it fills them, counts the inhabitants that they share
// (Project.Overlap) and answers whether the project covers a whole
// département. Each [scheme.Body] has:
//
//   - ID: the code that Lookup takes, unique across kinds — a commune's INSEE
//     code ("38185"), an EPCI's SIREN ("200040715"), a département's code
//     ("38", "971"), a région's INSEE code after [RegionPrefix] ("R84":
//     région codes are also département codes, "84" being Vaucluse), a
//     collectivité à statut particulier's code ("972", "975"). Bodies from
//     this package can therefore be members of one [scheme.Project], whose
//     Validate refuses an ID given twice; a project that lists an EPCI and
//     one of its communes counts the commune's inhabitants once only through
//     the Overlap that Complete sets.
//   - Name: the official name, as the data writes it: « Grenoble »,
//     « Grenoble-Alpes-Métropole », « Isère », « Auvergne-Rhône-Alpes »,
//     and « Collectivité de Corse » for R94.
//   - Kind: [scheme.Commune], [scheme.EPCI], [scheme.Departement],
//     [scheme.Region] or [scheme.StatutParticulier].
//   - Population: the population municipale, as below. It is 0, which
//     [scheme.Body] reads as "not given", for the twelve communes without
//     inhabitants: the six villages of the Meuse destroyed in 1916
//     (Fleury-devant-Douaumont…), of population 0 in the data, and the
//     districts of the Terres australes et antarctiques françaises and
//     Clipperton, of none.
//   - DepartementCode: the INSEE code of the one département, or
//     collectivité d'outre-mer, that holds the whole body: a commune's, an
//     EPCI's when all its members are in one département, a département's
//     own code, a région's when it has one département only ("971", "974",
//     "976"), a collectivité à statut particulier's own code; "" for the 90
//     EPCI that span several départements and the régions of several
//     départements, the Collectivité de Corse among them. The communes of
//     Corse keep "2A" or "2B", the code of their circonscription, which the
//     financing rules read.
//
// # Populations
//
// Every figure is the population municipale of the populations légales en
// vigueur en 2021 (millésime 2018: INSEE's figures of 1 January 2018,
// published in December 2020 and authenticated by décret n° 2020-1706), so
// that every level is of one vintage:
//
//   - a commune in an EPCI à fiscalité propre has its figure among the
//     members of its EPCI in the DGCL's list of 2021, as epci.json holds it
//     (Paris 2 175 601, Lyon 518 635, Marseille 868 277, Grenoble 157 650;
//     Mayotte's communes, of its census of 2017, in force in 2021);
//   - an EPCI has the sum of its members', as epci.json gives it;
//   - a département, a région or a collectivité à statut particulier has
//     the sum of its communes', which equals what INSEE published for 2021
//     (Isère 1 263 563, Auvergne-Rhône-Alpes 7 994 459, the Collectivité de
//     Corse 338 554, of Corse-du-Sud 157 853 and Haute-Corse 180 701);
//   - the 98 communes in no EPCI have a figure of another source, named in
//     data.tsv beside each: INSEE's populations légales des collectivités
//     d'outre-mer en 2018 for Saint-Barthélemy (10 124) and Saint-Martin
//     (34 065); the millésime 2018 as the French Wikipédia gave it in 2021,
//     citing INSEE, for Île-de-Bréhat (356), Île-de-Sein (255), Ouessant
//     (834), L'Île-d'Yeu (4 829) and the two communes of
//     Saint-Pierre-et-Miquelon (Saint-Pierre 5 400, Miquelon-Langlade 585,
//     whose sum is INSEE's 5 985) — figures that INSEE's sums confirm:
//     with them, Finistère has 911 735 inhabitants and Bretagne 3 335 414,
//     as INSEE published them for 2018. The 85 inhabited communes of
//     Wallis-et-Futuna, Polynésie française and Nouvelle-Calédonie keep the
//     figure of the package, of their collectivité's own census, which is no
//     millésime 2018: INSEE's populations légales do not cover them, and no
//     body of this package sums them.
//
// # Choices
//
// The data does not make these choices; the library does, and labels them:
//
//   - [choice] Kinds. Martinique and Guyane, collectivités territoriales
//     uniques, are one body each, of kind statut-particulier, whose ID is
//     the département's code ("972", "973"); [Lookup] finds them by their
//     région's ID too ("R02", "R03"). The collectivités d'outre-mer
//     Saint-Pierre-et-Miquelon, Saint-Barthélemy and Saint-Martin ("975",
//     "977", "978") are of kind statut-particulier. The data's communes of
//     Saint-Barthélemy ("97701") and Saint-Martin ("97801"), which name the
//     same territory as their collectivité, are kept as communes, and
//     [Complete] counts their inhabitants once with it; so are the communes
//     of the other overseas collectivités of the data (984, 986 to 989: the
//     Terres australes et antarctiques françaises, Wallis-et-Futuna,
//     Polynésie française, Nouvelle-Calédonie, Clipperton), whose
//     collectivités are no bodies here: their codes are only their
//     communes' DepartementCode.
//   - [choice] Corse. Since 1 January 2018 the Collectivité de Corse
//     (CGCT L4421-1) replaces the collectivité territoriale de Corse and
//     the départements of Corse-du-Sud and Haute-Corse, which remain only as
//     circonscriptions. It is one body, "R94", « Collectivité de Corse », of
//     kind région: it exercises the powers of a région and of both former
//     départements, no call text names it, and as a région both sessions
//     admit it and find it at scale. "2A" and "2B" are no bodies: [Lookup]
//     refuses them with a [*CodeError] that suggests R94.
//   - [choice] The Métropole de Lyon (CGCT L3611-1) is a collectivité à
//     statut particulier, not an EPCI, and exercises the powers of the
//     département on its territory; the data lists it as an EPCI, of type
//     MET69, and so does the package, of kind [scheme.EPCI], with its 59
//     communes as Members. The département du Rhône ("69") covers only the
//     208 communes outside it: 460 632 inhabitants, not the 1 859 524 of
//     all the communes of code 69.
//   - [choice] Ville de Paris, since 2019 one collectivité with the powers
//     of a commune and a département, is the commune "75056" and the
//     département "75", as the data lists it: two bodies of one territory,
//     whose inhabitants [Complete] counts once when a project lists both.
//
// [Modelling] says each of the last three choices in French, for a program
// to print beside the body, where its kind or its count is shown.
//
// Hence the counts of [All]: 35 059 communes, 1 254 EPCI (995 communautés
// de communes, 223 d'agglomération, 14 urbaines, 21 métropoles and the
// Métropole de Lyon), 97 départements, 16 régions and 5 collectivités à
// statut particulier — the data's 101 départements, less Martinique,
// Guyane, Corse-du-Sud and Haute-Corse, and its 18 régions, less
// Martinique and Guyane, plus the three collectivités d'outre-mer.
//
// # Search
//
// [Search] compares names by a key without letter case, accents
// (precomposed or in decomposed form, NFD), invisible format characters or
// punctuation, and ranks the bodies whose name is the key, then those whose
// name starts with it, then those whose name holds it, each rank from the
// most populous. The Collectivité de Corse is found by « Corse » too, the
// région's name in the data, and by « Corse-du-Sud » and « Haute-Corse »,
// the départements it replaced in 2018. It returns at most [SearchLimit] bodies, for an
// input field; use [All] to go through every body.
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
//   - for a commune's code of Corse written with 20 ("20004"), those with 2A
//     and 2B; for "2A", "2B" and "20", the Collectivité de Corse, R94;
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
// [Complete] reports every code that it cannot read at once, joined, each a
// [*CodeError] that names its field ("Members[2].ID"): an unknown code, with
// the same suggestions as Lookup's, or a code given twice, which wraps
// [ErrDuplicate] and names the field that gave it first. Every message quotes
// its input cut after 64 characters, with its length: a megabyte of input
// gives a message of a line.
//
// # Concurrency and cost
//
// The package is pure: it reads nothing but the data that the module embeds
// (data.tsv) and keeps no state that changes. The data is decoded on the
// first call of any function, once for all goroutines, which takes some tens
// of milliseconds and keeps about 2.2 MB; the index of names that Search
// reads is built on the first Search, or the first error that suggests
// bodies by name, once too, in as long again, and keeps 1.3 MB more. Every
// function is safe for concurrent use. Every Body returned is a value, and
// every slice is new: the caller may change them without changing the
// data. Lookup then costs some tens of nanoseconds and allocates nothing;
// Members allocates its result only; Search reads a summary of every name,
// and the names that may match, in well under a millisecond. Complete costs
// time linear in the number of bodies and in the communes of their
// territories: a few microseconds for a project of a few bodies, well under
// a millisecond for a thousand communes. Besides the project's copy, it
// allocates a few hundred bytes for a project of a few bodies; for one of
// thousands of communes or of more than 64 bodies, a bit set of every
// commune (4.4 KB), and of every body (4.6 KB) beyond 64 bodies.
//
// # Source and licence
//
// The data is that of Etalab's npm package @etalab/decoupage-administratif,
// version 1.1.1 (its millésime 2021), whose sources are INSEE's Code
// officiel géographique, the DGCL's list of the EPCI à fiscalité propre of
// 2021 and their members with their populations légales of millésime 2018,
// and INSEE's populations légales (Mayotte's of 2017); the figures of the
// communes in no EPCI come from the sources that data.tsv's header names
// (see Populations above). The README of the module lists the sources of
// the library, and [scheme.Sources] those of the catalogue. The package is
// distributed under the MIT
// licence, whose notice ships beside this file as
// LICENSE-decoupage-administratif; its README places the data under the
// Licence Ouverte of Etalab, which asks to name the source and its date:
// « Etalab, @etalab/decoupage-administratif 1.1.1, millésime 2021 ;
// populations légales en vigueur en 2021 (millésime 2018), population
// municipale ».
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
// departements.json and regions.json, takes the figures of the communes in
// no EPCI from its own table (internal/gen/supplement.go, each with its
// source), and writes data.tsv (the format is
// documented in its header), LICENSE-decoupage-administratif and
// generated_test.go, which holds data.tsv's checksum and counts so that the
// tests check that the embedded file is the one the generator wrote.
// Neither users nor the tests run npm.
package territoire

//go:generate go run ./internal/gen
