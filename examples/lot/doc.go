// Lot orients a batch of projects: it reads projects from CSV, one row a
// project, orients each across the four schemes of the catalogue on a date,
// and writes CSV, one row per project and scheme, in catalogue order. It
// reads and writes row by row, so that its memory does not grow with the
// file: a hundred thousand projects take a few seconds.
//
// With no flags it orients the example file of the program
// (testdata/projets.csv, built into the program) on 1 March 2021 and writes
// to standard output:
//
//	go run ./examples/lot
//	go run ./examples/lot -in projets.csv -date 2021-10-15 > orientations.csv
//	go run ./examples/lot -in - -sep ';' < export-tableur.csv   # fields separated by semicolons
//
// Flags:
//
//	-in FILE      the projects; "-" for standard input; default: the example file
//	-date DAY     the day of the orientation, YYYY-MM-DD, for rows without a date (2021-03-01)
//	-sep C        the field separator of both files, one character: "," (default), or ";" as French spreadsheets write
//	-progress N   a progress line on standard error every N projects (10000); 0: none
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
//	kind          the lead's kind: commune, epci, departement, region,
//	              statut-particulier, syndicat, partenaire; empty: not given
//	population    the lead's own population, 48250 or 48 250; empty or 0: not given
//	members       the pooling members, [name=]kind:population each, separated
//	              by semicolons (or commas when there is no semicolon); a
//	              population of 0 is not given
//	departement   the project covers a whole département: yes, no; empty: not answered
//	shared-need   the need is common to other collectivités: yes, no; empty: not answered
//	themes        services, donnees, cooperation, outils-agents, formation,
//	              infrastructure: a list, as members
//	practices     accessibilite, langage-simple, mobile, code-ouvert: a list
//	start         the project's start, YYYY-MM-DD; empty: not given
//	results       when concrete results are due, YYYY-MM-DD; empty: not given
//	personnel, materiel, prestations, conseil, logiciels, hebergement, formation, autre
//	              the budget line of that category, in euros, plain (12000.50)
//	              or French (12 000,50 €); empty: no such line
//
// A project without any budget line has no budget: no money is computed for
// it. The header may start with the byte order mark that spreadsheets write;
// a column that is none of these, or named twice, stops the program before
// any row is read. testdata/projets.csv is an example.
//
// # Output
//
// The first row names the columns; then each project gives four rows, one
// per scheme, in catalogue order (scheme.All), whatever the verdicts:
//
//	line       the line of the project in the input file, counted from 1 with the header
//	id         the id column of the project, as given
//	date       the day of the orientation, YYYY-MM-DD
//	scheme     the scheme's ID: incubateur-territoires, services-usagers, donnees, cooperation
//	session    the ID of the session in force on the date: session-1, session-2, …
//	verdict    eligible, undetermined or ineligible
//	status     where the session's intake stands on the date: upcoming, open or closed
//	total      the budget's total
//	eligible   the eligible base: the total less the costs the session's policy excludes
//	grant      the grant, as the verdict and the intake allow (relance.Option.Promise):
//	           the grant of an eligible project, the grant of an undetermined one if
//	           the criteria left open are met; nothing for an ineligible one, nor
//	           when the session's intake is closed on the date
//	promise    what the grant column is: grant, conditional (undetermined: the grant
//	           holds only if the criteria left open are met), none (ineligible, or
//	           no budget) or closed (the intake is closed: nothing left to ask for)
//	remainder  what the applicants pay: the total less the grant column
//	missing    the facts that would settle the criteria left open, by their Go
//	           field paths in scheme.Project (Lead.Kind, Members[1].Population,
//	           Departement, …), separated by semicolons; scheme.FactLabel words them
//	criterion  the code of the first criterion that keeps the project from being
//	           eligible: the first not met of an ineligible project, the first left
//	           open of an undetermined one; empty for an eligible project
//	reason     that criterion's reason, in French
//
// Amounts are in the plain notation, "90000.00", so that any program reads
// them back; total, eligible and remainder are empty for a project without a
// budget, grant is empty when promise is none or closed. The slugs are those
// of the library's JSON.
//
// # Errors and exit status
//
// A row that cannot be read or that does not describe a valid project — a
// bad value in any column (every problem of the row is said at once), a
// project that scheme.Project.Validate refuses, a row with more or fewer
// fields than the header, a broken quote — is reported on standard error
// with its line number, and skipped; the other rows are still oriented:
//
//	lot: line 4: members: member "epci": want [name=]kind:population
//
// Standard error ends with a summary of the projects read, refused and the
// rows written. The exit status is 0 when every project was oriented, 1 when
// a row was refused or the input could not be read to its end or the output
// written, and 2 for a bad flag, an input that cannot be opened, or a bad
// header.
package main
