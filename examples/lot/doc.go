// Lot orients a batch of projects: it reads projects from CSV, one row a
// project, orients each across the four schemes of the catalogue on a date,
// and writes CSV, one row per project and scheme, in catalogue order. It
// reads and writes row by row, so that its memory does not grow with the
// file: a hundred thousand projects take a few seconds.
//
// With no flags it orients the example file of the program
// (testdata/projets.csv, built into the program) on 1 March 2021 and writes
// to standard output; with -sep ';' it reads the example as a French
// spreadsheet would export it, its fields separated by semicolons, and
// writes semicolons and decimal commas:
//
//	go run ./examples/lot
//	go run ./examples/lot -sep ';'
//	go run ./examples/lot -in projets.csv -date 2021-10-15 > orientations.csv
//	go run ./examples/lot -in - -sep ';' < export-tableur.csv > orientations.csv
//
// Flags:
//
//	-in FILE      the projects; "-" for standard input; default: the example file,
//	              its fields separated by -sep
//	-date DAY     the day of the orientation, YYYY-MM-DD, for rows without a date (2021-03-01)
//	-sep C        the field separator of both files, one character: "," (default), or ";" as
//	              French spreadsheets write, and then the amounts written have a decimal comma
//	-progress N   a progress line on standard error every N projects (10000); 0: none
//
// -h lists the flags and the columns, one line each; this page gives the
// columns in full.
//
// # Input
//
// The first row names the columns, in any order; each column is optional,
// an absent one being empty on every row. The columns are named and written
// as the flags of examples/orientation, in the notations of package
// examples/internal/cli, with an id, and one column per cost category in
// place of -budget:
//
//	id            free text, repeated in the output: a file number, a SIREN
//	title         the project's title
//	date          the day of this project's orientation, YYYY-MM-DD; empty: -date
//	requested     the day the grant request is received, YYYY-MM-DD (scheme.Project.Requested);
//	              empty: the day of the orientation
//	porteur       the lead's official code of 2021: a commune's INSEE code (38185), an EPCI's
//	              SIREN (200040715), a département (38), R and a région's number (R84); its
//	              name, kind and population come from the territories' data (package
//	              scheme/territoire); empty: the lead is described by kind and population
//	kind          the lead's kind: commune, epci, departement, region,
//	              statut-particulier, syndicat, partenaire; empty: not given, or the
//	              data's with a porteur, which a kind given overrides
//	population    the lead's own population, 48250 or 48 250; empty or 0: not given, or
//	              the data's with a porteur, which a population given overrides
//	membres       the pooling members, each an official code, as porteur, or a member
//	              described as [name=]kind:population, separated by semicolons (or commas
//	              when there is no semicolon): "243800984; Val=epci:287 430"; a
//	              population of 0 is not given
//	members       an alias of membres, as examples/orientation has -members: a header
//	              that names both is refused
//	departement   the project covers a whole département: yes, no; empty: not answered,
//	              or answered from the data when every body is given by code
//	shared-need   the need is common to other collectivités: yes, no; empty: not answered
//	themes        services, donnees, cooperation, outils-agents, formation,
//	              infrastructure: a list, as membres
//	practices     accessibilite, langage-simple, mobile, code-ouvert: a list
//	start         the project's start, YYYY-MM-DD; empty: not given
//	results       when concrete results are due, YYYY-MM-DD; empty: not given
//	personnel, materiel, prestations, conseil, logiciels, hebergement, formation, autre
//	              the budget line of that category, in euros, plain (12000.50)
//	              or French (12 000,50 € or 12000,50), without a sign: a cost
//	              is never negative, and "-0" or "+100" is refused as "-12" is;
//	              empty: no such line
//
// A row that gives a body by code (porteur, or an item of membres without a
// colon) is completed as examples/orientation completes its flags
// (cli.Complete, after territoire.Complete): each body given by its code
// takes its name, kind and population from the data, where the row leaves
// them empty; the inhabitants that the bodies share count once (an EPCI and
// one of its own communes, such as 200040715 and 38185: Grenoble's 157 650
// inhabitants are in Grenoble-Alpes-Métropole's 445 059); and departement,
// left empty, is answered when the data settles it. A code that the data
// does not hold, or a body given twice, makes the row refused, with the
// suggestions of package territoire. The territories' data is read once,
// on the first row that gives a code: a file without codes never reads it.
//
// A project without any budget line has no budget: no money is computed for
// it. The header may start with the byte order mark that spreadsheets write;
// a column that is none of these, or named twice, stops the program before
// any row is read, with a hint for a name that is a column's but for case,
// accents, or spaces and underscores between words ("ID", "Département",
// "shared_need": did you mean "shared-need"?); so does a header of one
// column that holds a semicolon, a comma, a tab, a vertical bar or a colon,
// with a hint: such a file is separated by another character than -sep
// (try -sep '|').
// testdata/projets.csv is an example.
//
// # Output
//
// The first row names the columns; then each project gives four rows, one
// per scheme, in catalogue order (scheme.All), whatever the verdicts:
//
//	line            the line of the project in the input file, counted from 1 with the header
//	id              the id column of the project, as given
//	date            the day of the orientation, YYYY-MM-DD
//	scheme          the scheme's ID: incubateur-territoires, services-usagers, donnees, cooperation
//	session         the ID of the session in force on the date: session-1, session-2, …
//	verdict         eligible, undetermined or ineligible
//	status          where the session's intake stands on the date: upcoming, open or closed
//	total           the budget's total
//	eligible        the eligible base: the total less the costs the session's policy excludes
//	grant           the grant, as the verdict and the intake allow (relance.Option.Promise):
//	                the grant of an eligible project, the grant of an undetermined one if
//	                the criteria left open are met; empty when promise is none or closed
//	promise         what the grant column is: grant, conditional (undetermined: the grant
//	                holds only if the criteria left open are met), none (ineligible, or
//	                no budget) or closed (the session's intake is closed on the date: no
//	                grant left to ask for, whatever the verdict)
//	remainder       what the applicants pay: the total less the grant column
//	missing         the facts that would settle the criteria left open, as the slugs of
//	                the table below, separated by semicolons: "besoin-commun;pratiques"
//	missing-labels  the same facts in French (scheme.FactLabel), in the same order,
//	                separated by « ; »: "si le besoin est commun à d’autres collectivités ;
//	                les bonnes pratiques retenues"
//	criterion       the code of the first criterion that keeps the project from being
//	                eligible: the first not met of an ineligible project, the first left
//	                open of an undetermined one; empty for an eligible project
//	reason          that criterion's reason, in French
//
// Amounts have two decimals and no grouping, so that a program or a
// spreadsheet reads them back as numbers: with -sep ',' (or any separator
// but ';') in the plain notation, "40000.00"; with -sep ';', as French
// spreadsheets read them, with a decimal comma, "40000,00", and no euro sign.
// total, eligible and remainder are empty for a project without a budget.
// The other slugs are those of the library's JSON.
//
// # Missing facts
//
// The missing column names each fact by a stable slug, in French and
// ASCII; a fact that this table does not know, which a later version of
// the library may list, is written as the library names it (its Go field
// path in scheme.Project), never left out:
//
//	porteur-nature       the lead's kind (Lead.Kind)
//	porteur-population   the lead's population (Lead.Population)
//	membre-N-population  the population of the N-th member, counted from 1 (Members[N-1].Population)
//	departement-entier   whether the project covers a whole département (Departement)
//	besoin-commun        whether the need is common to other collectivités (SharedNeed)
//	themes               the project's themes (Themes)
//	pratiques            the good practices committed to (Practices)
//	debut                the project's start (Start)
//	resultats            when concrete results are due (Results)
//	date-demande         the day the grant request is received (Requested)
//
// # Errors and exit status
//
// A row that cannot be read or that does not describe a valid project — a
// bad value in any column, an unknown code, a project that
// scheme.Project.Validate refuses (results due before the start, a member
// described twice), a row with more or fewer fields than the header, a
// broken quote — is reported on standard error with its line number and its
// id, and skipped; the other rows are still oriented. Every problem of the
// row is said at once, each after its column, in the order of the columns,
// an item of a list (membres, themes, practices) counted from 1:
//
//	lot: line 4 (id "dossier-3"): membres: item 2 "epci": want an official code (243800984) or [name=]kind:population (epci:350000)
//	lot: line 5 (id "dossier-4"): membres: item 2 "38185": code given twice, as item 1; results: "2021-01-01": before start "2022-01-01"
//
// The messages on standard error are in English, as the library's errors
// are; the data — reasons, labels — is in French. Standard error ends with
// a summary of the projects read and refused and the rows written, which a
// progress line announces every -progress projects:
//
//	lot: 20 000 projects read…
//	lot: 5 projects read, 1 refused, 16 rows written
//
// The exit status is 0 when every project was oriented, 1 when a row was
// refused or the input could not be read to its end or the output written,
// and 2 for a bad flag, an input that cannot be opened, or a bad header.
//
// # Memory
//
// The program holds one row at a time and, from the first row that gives a
// code, the territories' data, which package scheme/territoire keeps
// decoded (about 2.2 MB). It sets a soft limit of 14 MiB on the memory of
// the Go runtime (runtime/debug.SetMemoryLimit), which the collector meets
// by running more often only when the heap nears it. On a hundred thousand
// projects, all given by code or those of the example file, on two
// processors shared with other work (five runs each), the peak resident
// memory is 13 to 16 MB with the limit, 15 to 20 MB without it (and now and
// then more: 24 MB), for 5 to 8 % more processor time. A lower target of
// the collector, GOGC=50, gives 13 to 17 MB for 50 % more processor time:
// the program does not set it. GOMEMLIMIT in the environment replaces the
// limit ("off": none), and GOGC sets the collector's target, as for any Go
// program.
package main
