// Package cli holds what the example programs share: the reading of their
// flags, and the notations in which their flags and input files write lists,
// members, populations, amounts and budgets — one notation for each, which
// every program reads through this package and documents the same way in its
// -h (the …Usage constants).
//
// # Lists
//
// A list holds items separated by semicolons: "services; donnees". A list
// with no semicolon in it may separate its items by commas instead,
// "services,donnees", except that a comma between two digits is a decimal
// comma, part of its item: "prestations=12 000,50,conseil=5000" is two items.
// Spaces around items are trimmed and empty items dropped. Write semicolons
// when an item holds a comma of its own, such as a member's name:
//
//	Rives, Plateau=epci:57640; Val=epci:287430
//
// # Members
//
// A member is written [name=]kind:population: an optional name and an equals
// sign, a kind slug ([scheme.ParseKind]), a colon and a population. A member
// without a name is called after its rank and kind, « Membre 2 (Commune) »:
//
//	epci:350000,commune:70000
//	Syndicat mixte Territoires numériques=syndicat:48250; CA du Val=epci:287430
//
// The name runs to the last equals sign and may hold colons and commas
// (with semicolons between the members).
//
// Where a program takes bodies by their official codes too ([Bodies]), an
// item without a colon is a code of 2021 — a commune's INSEE code, an
// EPCI's SIREN, a département's code, a région's R and number — that
// package territoire completes with the body's name, kind and population:
//
//	243800984; Val=epci:287430
//
// # Populations
//
// A population is a whole number of inhabitants below a billion, written
// with plain digits, "48250", or grouped by three as French text writes it,
// "48 250", with narrow no-break spaces (U+202F), no-break spaces (U+00A0) or
// plain spaces between the groups. A population of 0 is one that is not
// given, as package scheme reads it.
//
// A flag that takes a whole number ([Int], [Quantity]) reads it as a
// population is written, with a minus sign allowed; a bad value gets a hint
// that fits the flag, its unit and a typical value, the flag package having
// named the flag and quoted the value once:
//
//	invalid value "6,5" for flag -duree: want a whole number of months, such as 60
//
// # Amounts
//
// An amount in euros is written in either notation:
//
//   - plain, as [cost.ParseAmount] reads it and [cost.Amount.String] writes
//     it: "12000.50", "12000";
//   - French, as [cost.Amount.French] writes it: "12 000,50 €", with narrow
//     no-break spaces, no-break spaces or plain spaces between groups of
//     three digits (or no grouping at all: "12000,50"), a decimal comma, and
//     an optional euro sign, with or without a space before it.
//
// A fraction of a cent is refused in both ("1.005", "1,005"). An amount is
// a cost, a funding or a payment, 0 or more: a sign before it, minus
// (hyphen-minus or U+2212) or plus, is refused whatever follows it, "-0"
// and "-0,00" as "-12" and "+100", with one message that says to write the
// amount without a sign — as examples/simulateur refuses a minus sign.
//
// # Budgets
//
// A budget is a list of lines, each written category=amount: a cost category
// slug ([cost.ParseCategory]), an equals sign and an amount in either
// notation. Each line is labelled with its category's French label:
//
//	prestations=180000; personnel=60000.50
//	prestations=180 000,00 €; conseil=12 000,50 €
//	prestations=180000,personnel=60000,50
//
// In the last one the comma between 60000 and 50 is a decimal comma, the
// other a separator. The empty text is the empty budget.
//
// # Errors
//
// Every function reports every problem of its text at once (errors.Join),
// each quoting the part at fault; the errors of packages cost and scheme are
// wrapped, so that errors.Is finds their sentinels. A problem of an item of
// a list is an [*ItemError] that gives the item's position, counted from 1
// as people count, and says what the library's error says after its own
// quotation, without the head that names a package and an operation; the
// program names the flag or the column before it, one problem a line
// ([Unjoin]):
//
//	-membres: item 2 "epci": want an official code (243800984) or [name=]kind:population (epci:350000)
//	-themes: item 1 "sport": unknown value: want services, donnees, cooperation, …
//
// The problems that scheme.Project.Validate and package territoire find
// with a project name the Go fields of scheme.Project and count from 0, as
// programmers do; [Names.Problems] says them as the program's flags or
// columns name the facts, without changing the library's texts but for
// their heads and paths:
//
//	scheme: validate project: Results "2021-01-01": before Start "2022-01-01"
//	-results: "2021-01-01": before -start "2022-01-01"
//
// An answer is yes, no, or the empty text for no answer ([Answer]), which
// the messages say in words rather than as "".
package cli
