// Package scheme holds the France Relance digital schemes open to local
// authorities as data, with their sessions and rules, and judges whether a
// project is eligible, with reasons in French.
//
// # Model
//
// A [Scheme] is a funding scheme of the strand « Mise à niveau numérique de
// l'État et des territoires »: the Incubateur des Territoires' national
// consultation (axis 1, ANCT) or one of the three national calls of axis 2
// (DINUM) — services to users, data, cooperation. The catalogue holds the
// four of them, in a fixed order; [All] and [Get] return them, [IDs] lists
// their IDs.
//
// A scheme runs in one or more [Session]s, each with its own rules: a
// [calendar.Calendar] of steps, a [cost.Policy] (the rate and the cost
// categories that do not count), a population Threshold that makes a project
// "at scale", the kinds of bodies that may apply, and the good practices a
// project must commit to. The axis-2 calls had two sessions: the first (25
// January – 28 May 2021) paid 50 % for projects from 500 000 inhabitants or
// a département; the second (8 October – 22 November 2021) paid 75 % from
// 300 000 inhabitants or a département, and admitted the collectivités à
// statut particulier. [Scheme.SessionOn] picks the session whose rules apply
// on a date.
//
// A [Project] describes what an applicant knows of its project: the lead
// [Body] and the members that pool it, their [Kind] and population, the
// answers to yes-or-no questions ([Answer]), its [Theme]s and the
// [Practice]s it commits to, its start and results dates, and its
// [cost.Budget].
//
// [Scheme.Check] judges a project by the rules of the session that applies
// on a date. It judges each rule that applies — a [Criterion], identified by
// a stable code ([CodeDemandeur], [CodeAmpleur], [CodeBesoinCommun],
// [CodeThematique], [CodeBonnesPratiques], [CodeResultats18Mois]) — in three
// values ([Outcome]): [Met], [NotMet], or [Unknown] when a fact it needs was
// not given. The [Verdict] follows: [Ineligible] if any criterion is NotMet,
// else [Undetermined] if any is Unknown, else [Eligible]. An [Eligibility]
// holds the verdict, the criteria with their reasons — French sentences with
// the figures that decided them, fit to show as is to an agent of a
// collectivité — and the facts that would settle the Unknown criteria
// ([Eligibility.Missing]), by their Go field path, which [FactLabel] words in
// French. [Eligibility.Explain] tells it all in French. [CheckAll] judges a
// project against every scheme at once, sharing its allocations.
//
// A criterion is Unknown only when a fact is missing, never as a default for
// "no"; an invalid fact makes its criterion NotMet. Check never fails and
// never panics: it judges whatever it is given. [Project.Validate] says what
// is invalid. The package does not compute grants: pass a session's Funding
// and a project's Budget to [cost.Cofinance].
//
// # Sources
//
// The catalogue (catalogue.go) tags every fact with its source:
//   - [seed]: the specification, the page « Plan de relance » for local
//     authorities: the schemes, their wording and examples, the Incubateur's
//     four steps, the first axis-2 session and its rates and exclusions, the
//     500 000 inhabitants, the 18 months;
//   - [src …]: a public source, such as the france-relance site (FR-SITE),
//     the Aides-territoires sheets of both calls (AT-COOP, AT-COOP-v2) or
//     the Incubateur's pages (ANCT-RELANCE, ANCT-FAQ, ANCT-INDEX): the second
//     session, its dates, 75 % and 300 000, the statut-particulier
//     applicants, open source for the Incubateur, infrastructure out of its
//     scope;
//   - [choice]: a modelling decision where the texts are silent.
//
// The choices, which this documentation and the code state where they apply:
//   - "about 500 000 inhabitants" is a threshold, reached exactly included,
//     compared with the population the project covers: the lead's plus the
//     members' populations, partners aside (an association or a company
//     covers no inhabitants). A project is also at scale when the lead is a
//     département or a région, or when it covers a whole département.
//   - The second axis-2 session keeps each scheme's exclusions from the
//     first.
//   - The Incubateur's session carries the calendar as first published
//     (January 2021), not the one revised in March 2021; its last step is
//     open-ended.
//   - The Incubateur takes any theme but infrastructure; a project mixing
//     infrastructure with other themes meets the rule on the others.
//   - "Results within 18 months": the results date is no later than the
//     start date plus 18 calendar months ([calendar.Date.AddMonths]), and no
//     earlier than the start.
//
// # Zero values
//
// Every zero value means "not given", never "no". The zero [Project] is valid
// and judged Undetermined by every scheme in every session, never
// Ineligible. The zero [Kind] is "not given"; a [Body]'s zero Population is
// "unknown"; the zero [Answer] is [Unanswered]; an empty list of themes or
// practices is not given; the zero [calendar.Date] is no date. The zero
// [Outcome] is [Unknown] and the zero [Verdict] is [Undetermined]. The zero
// [Scheme] has no session: [Scheme.SessionOn] returns the zero [Session],
// under which no kind of body may apply.
//
// All types are values. The catalogue is built once and never changes: every
// accessor returns a deep copy that belongs to the caller, and every
// function is safe for concurrent use. The package is pure: no I/O, no
// clock, no environment.
//
// # Errors
//
// Errors wrap exported sentinels, for [errors.Is]: [ErrUnknownScheme] for an
// ID that is not in the catalogue, [ErrUnknownValue] for text or a value that
// names none of the values of an enumerated type, and [ErrInvalidProject] for
// each problem [Project.Validate] finds. Their messages start with
// "scheme: ", name the operation and quote the input:
//
//	scheme: get "incubateur": unknown scheme: want incubateur-territoires, services-usagers, donnees or cooperation
//	scheme: parse kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire
//	scheme: validate project: Members[2].Population -5: negative population
//
// Project.Validate reports every problem at once ([errors.Join]), each as a
// [*FieldError] that gives its Go field path; a budget's problems keep their
// cost errors, so that errors.Is(err, cost.ErrNegativeAmount) holds.
//
// # Encoding
//
// [Scheme], [Session], [Project], [Body], [Eligibility] and [Criterion]
// marshal to JSON and back with stable snake_case field names:
//
//	Body         id, name, kind, population, departement_code
//	Project      title, lead, members, departement, shared_need, themes,
//	             practices, start, results, budget
//	Scheme       id, name, summary, operator, examples, support, sessions
//	Session      name, calendar, funding, threshold, applicants, practices
//	Criterion    code, outcome, reason
//	Eligibility  scheme, session, verdict, criteria, missing
//
// Every field is always written, so a value decodes to what was encoded.
// The enumerated types marshal as text: [Kind], [Theme] and [Practice] as
// their slugs ("statut-particulier", "outils-agents", "langage-simple"),
// [Answer] as "yes", "no" or "" (unanswered), [Outcome] as "unknown", "met"
// or "not-met", [Verdict] as "undetermined", "eligible" or "ineligible".
// Unknown values neither marshal nor unmarshal; the zero Kind and the zero
// Answer, which mean "not given", do, as "". A JSON null is refused where a
// Theme or a Practice is expected, since neither has a null value, with the
// error encoding/json gives for a value of the wrong type, which names the
// field:
//
//	json: cannot unmarshal null into Go struct field Project.themes of type scheme.Theme
//
// For the other enumerated types, whose zero value is a value, a null
// leaves the value as it was, as encoding/json does for every value that
// cannot be null: a null in a list gives the zero value ("not given",
// Unanswered, Unknown, Undetermined). Dates are "2021-03-15" ("" for no
// date).
//
// Each enumerated type has a ParseX function that reads its text back
// (ParseX(x.String()) == x for every valid x, and MarshalText is String), a
// Label method that gives its French wording, and a GoString method that
// writes the Go that builds a value, so that %#v and a failing
// assert.Equal show scheme.Eligible or scheme.Kind("mairie"). A value out of
// its type prints as fmt marks a bad verb, %!Verdict(7) or
// %!Kind("mairie"), never as "".
package scheme
