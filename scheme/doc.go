// Package scheme holds the France Relance digital schemes open to local
// authorities as data — their sessions, calendars, funding and rules — and
// judges whether a project is eligible, into criteria with figures that a
// separate wording layer tells in French.
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
// A scheme is data. A [Definition] — plain structs, with JSON — says what a
// scheme funds and who runs it, and lists its sessions ([SessionDefinition]):
// each with an ID ("session-1"), its [calendar.Calendar] as first published
// and the [Revision]s published later, the Intake phase in which projects
// are submitted, a [cost.Policy] (the rate, the cost categories that do not
// count), and its [Rules]: who may lead (Applicants), the population at which
// a project is at scale (Threshold), whether the need must be common to
// other collectivités (SharedNeed), the themes funded and excluded, the good
// practices required, the months within which results are due, whether the
// project may not start before its grant request is received
// (StartAfterRequest). [New]
// validates a Definition, reporting every problem at once, into a Scheme:
// an immutable handle, like a [regexp.Regexp], cheap to copy and safe to
// share. The catalogue's four schemes are built by New from their
// definitions (catalogue.go) like any other; a caller builds its own — a
// later call, a regional fund, a what-if from [Scheme.Definition] — the same
// way, and nothing about a scheme is decided by its ID.
//
// The axis-2 calls had two sessions: the first (25 January – 28 May 2021)
// paid 50 % for projects from 500 000 inhabitants or a département; the
// second (8 October – 22 November 2021) paid 75 % from 300 000 inhabitants
// or a département, and admitted the collectivités à statut particulier. A
// third session was announced for 2022 (« trois sessions … deux en 2021, un
// en 2022 », [src MAIRESDEFRANCE] in [Sources]); no record says that it
// opened, and it is not modelled.
// [Scheme.SessionOn] picks the session whose rules apply on a date. A
// [Session] is a handle too: its calendar as published on a date
// ([Session.CalendarOn]), the status of its intake ([Session.Status]), its
// funding and rules.
//
// A [Project] describes what an applicant knows of its project: the lead
// [Body] and the members that pool it, their [Kind] and population, the
// inhabitants that their territories share ([Project.Overlap]), the answers
// to yes-or-no questions ([Answer]), its [Theme]s and the [Practice]s it
// commits to, its start and results dates, the day its grant request is
// received, and its [cost.Budget].
//
// [Session.Check] judges a project by a session's rules, without a day;
// [Session.CheckOn] with a day of the check, the day a request is taken to
// be received when the project does not say it; [Scheme.Check] by the rules
// of the session that applies on a date, that date being the day of the
// check. Each rule that the session's Rules ask for gives a [Criterion],
// identified by a [CriterionCode] ([CodeDemandeur], [CodeAmpleur],
// [CodeBesoinCommun], [CodeThematique], [CodeBonnesPratiques],
// [CodeResultats], [CodeCommencement]), judged in three values ([Outcome]):
// [Met], [NotMet], or [Unknown] when a fact it needs was not given. The [Verdict] follows: [Ineligible] if any criterion is NotMet, else
// [Undetermined] if any is Unknown, else [Eligible]. An [Eligibility] holds
// the verdict, the criteria, and the facts that would settle the Unknown
// ones ([Eligibility.Missing]) by their Go field path, which [FactLabel]
// words in French. [CheckAll] judges a project against the whole catalogue,
// [AppendCheckOn] against any sessions on a day ([AppendCheck] without),
// surveying the project once.
//
// A criterion is Unknown only when a fact is missing, never as a default for
// "no"; an invalid fact makes its criterion NotMet. Check never fails and
// never panics: it judges whatever it is given. [Project.Validate] says what
// is invalid. [Session.Cofinance] computes the grant of a budget under the
// session's policy.
//
// # Figures and wording
//
// Results are data; wording is a view. Judging builds no text: a criterion
// holds its code, outcome, the branch of the rule that decided it
// ([Criterion.Branch], such as "population-atteinte"; [Session.Branches]
// lists those a session can give), and the figures it was judged on
// ([Criterion.Facts]: the covered population and the threshold, the
// deadline and the delay, the practices lacking, the inhabitants lacking to
// reach the threshold…). [Criterion.Reason] and
// [Eligibility.Explain] render the French on demand, from those figures, in
// wording.go: « Population couverte : 620 000 habitants ; seuil de la
// 1re session : 500 000 ». The wording never depends on a scheme's ID: it
// reads the session's rules and names (« ce dispositif »).
//
// # Dates
//
// Everything judged or shown on a date d reads the calendar as published on
// d: the latest revision published on or before d, or the calendar as first
// published for an earlier or the zero date ([Session.CalendarOn]).
// [Scheme.SessionOn], [Session.Status], [Session.IntakeOn] and
// [Session.Current] all do. [Session.Calendar] is the latest revision, for
// history. A session is open on d when its intake phase is
// ([Session.Status]), whatever later step is in progress: the Incubateur
// took projects in its step 1 only, from 25 January to 15 March 2021.
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
//     scope; and the décret n° 2018-514 du 25 juin 2018 (D2018-514), whose
//     article 5, II, forbids a commencement before the grant request is
//     received;
//   - [choice]: a modelling decision where the texts are silent.
//
// Every source is shipped with the package: [Sources] lists them with their
// addresses, and the text of the specification is in the module, at
// scheme/sources/plan-de-relance.txt.
//
// The choices, which this documentation and the code state where they apply:
//   - "about 500 000 inhabitants" is a threshold, reached exactly included,
//     compared with the population the project covers, each inhabitant
//     once: the lead's plus the members' populations, each body once,
//     partners aside (an association or a company covers no inhabitants),
//     less the inhabitants that their territories share ([Project.Overlap]:
//     a commune listed with its own EPCI). A project is also at scale when
//     the lead is a département or a région, or when it covers a whole
//     département.
//   - A syndicat mixte has no inhabitants but its members': when it leads
//     without a population of its own and some members' populations count,
//     it counts by them, its population is no missing fact, and the reason
//     of a scale not reached or still to settle says so.
//   - The three axis-2 calls, State grants, forbid a start before the grant
//     request is received (décret n° 2018-514, art. 5, II); the Incubateur's
//     consultation, which gathers needs and takes no grant request, does
//     not. The request is taken to be received on the day of the check
//     unless the project says when ([Project.Requested]), and no earlier
//     than the opening of the session's intake: a check before it takes
//     that opening for the day of the request. The decree's
//     exception for projects within a programme co-financed by the European
//     Union (its III) is not modelled.
//   - The second axis-2 session keeps each scheme's exclusions from the
//     first, and the three calls share its 75 %, on record for the
//     cooperation call; each session says so in its FundingNote
//     ([Session.FundingNote]), which relance.Option.Explain prints beside
//     the grant.
//   - The Incubateur's session carries the calendar as first published
//     (January 2021); projects enter it in step 1 only, its intake.
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
// whose zero Rules admit no kind of body and ask nothing else. The zero
// [Definition] is no scheme: New refuses it.
//
// Schemes and Sessions are immutable; everything else is a value that
// belongs to the caller. No accessor hands out the inside of a Scheme: they
// return copies, so nothing a caller does to what the package returns
// changes the catalogue or a built Scheme. Every function is safe for
// concurrent use. The package is pure: no I/O, no clock, no environment.
//
// # Errors
//
// Errors wrap exported sentinels, for [errors.Is]: [ErrUnknownScheme] for an
// ID that is not in the catalogue, [ErrNameMismatch] for a reference to a
// scheme or a session whose name is not that of its ID ([Resolve],
// [Scheme.ResolveSession]), [ErrUnknownValue] for text or a value that
// names none of the values of an enumerated type, [ErrInvalidDefinition] for
// each problem [New] finds, and [ErrInvalidProject] for each problem
// [Project.Validate] finds. Their messages start with "scheme: ", name the
// operation and quote the input:
//
//	scheme: get "incubateur": unknown scheme: want incubateur-territoires, services-usagers, donnees or cooperation
//	scheme: new "donnees": Sessions[0].Rules.Applicants[2] "mairie": unknown kind: want commune, …
//	scheme: validate project: Members[2].Population -5: negative population
//
// New and Project.Validate report every problem at once ([errors.Join]),
// each as a [*DefinitionError] or a [*FieldError] that gives its Go field
// path; a calendar's, a policy's or a budget's problems keep their own
// errors, so that errors.Is(err, cost.ErrNegativeAmount) holds. Decoding a
// Project, a Definition or a Scheme from JSON reports every problem of the
// document at once too, each as a [*DecodeError] that gives its JSON path,
// and wraps [ErrSyntax], [ErrUnknownKey], [ErrDuplicate], [ErrWrongType],
// the error of the value's type, or the FieldError or DefinitionError of
// the value:
//
//	scheme: decode project: lead.kind "mairie": unknown kind: want commune, …
//	scheme: decode definition: sessions[0].rules.treshold: unknown key: want applicants, …
//
// Every input a message quotes is cut at a bounded length: its first 64
// characters, then « … » and its whole length in bytes, as in
//
//	scheme: validate project: Lead.Kind "mairie mairie mairie …" (1048572 bytes): unknown kind: want commune, …
//
// so that a megabyte of input gives a message of a few hundred bytes. So
// too for the messages of other packages that scheme passes on: a
// calendar's in New, and those of decoding a [Project] or a [Scheme] from
// JSON, such as a date of a megabyte.
//
// # Encoding
//
// [Definition], [Project], [Body], [Eligibility], [Criterion], [Branch] and
// [Source] marshal to JSON and back with stable snake_case field names:
//
//	Definition         id, name, summary, operator, examples, support, sessions
//	SessionDefinition  id, name, calendar, revisions, intake, funding, rules
//	Revision           published, calendar, source
//	Rules              applicants, threshold, shared_need, themes, excluded_themes,
//	                   practices, results_within, start_after_request
//	Body               id, name, kind, population, departement_code
//	Project            title, lead, members, departement, shared_need, themes,
//	                   practices, start, results, budget, overlap, requested
//	Eligibility        scheme, session, verdict, criteria, missing
//	Criterion          code, outcome, branch, reason, and its facts: kind, covered,
//	                   threshold, overlap, shortfall, themes, excluded, lacking,
//	                   deadline, months, start, requested
//	Branch             criterion, code, outcome
//	Source             tag, title, date, url, repository, path, commit
//
// The results — an Eligibility, its criteria, the branches, a Definition
// and the Scheme it builds — have one style, which programs can read
// without special cases: a list is [] when empty, never null; a value that
// means "none" is left out, never a sentinel such as "" or an empty list
// that would mean "any" (a thematique criterion, and the rules of a
// session, that fund any theme have no "themes"). A
// [Scheme] marshals as its Definition and unmarshals through New; a
// [Session] marshals as a reference, {"scheme", "id", "name"}, which
// unmarshals to the catalogue's session of those IDs and that name
// ([Scheme.ResolveSession]): a reference of another name is refused with
// [ErrNameMismatch], since it names the session of a what-if built under a
// catalogue ID, whose rules are not the catalogue's. A decoded Criterion
// keeps the decoded reason and every fact it was given; a decoded
// Eligibility finds its session in the catalogue by its IDs, and
// [Eligibility.WithSession] binds it to a session that is not the
// catalogue's. Calendars and policies keep their
// own JSON. The enumerated types marshal as text: [CriterionCode], [Kind],
// [Theme] and [Practice] as their slugs ("bonnes-pratiques",
// "statut-particulier", "outils-agents", "langage-simple"), [Answer] as
// "yes", "no" or "" (unanswered), [Outcome] as "unknown", "met" or
// "not-met", [Verdict] as "undetermined", "eligible" or "ineligible".
// Unknown values neither marshal nor unmarshal; the zero Kind, the zero
// Answer and the zero CriterionCode, which mean "not given", do, as "". A
// JSON null is refused where a Theme or a Practice is expected, since
// neither has a null value: a value of the wrong type. For the other
// enumerated types, whose zero value is a value, a null leaves the value as
// it was, as encoding/json does for every value that cannot be null: a null
// in a list gives the zero value ("not given", Unanswered, Unknown,
// Undetermined). Dates are "2021-03-15" (a lone zero Date is "", and a
// field of no date is left out).
//
// A Project and a Definition are documents that people write, in files and
// forms: decoding them is strict ([Project.UnmarshalJSON],
// [Definition.UnmarshalJSON], [Scheme.UnmarshalJSON]). A key that the type
// does not define, spelt exactly ("treshold", "Title"), a key given twice,
// a value of the wrong kind and a value that no project or definition can
// hold where it stands — an unknown kind, theme, practice or answer, a date
// that is none, a negative population or threshold, an ID that is not a
// slug — are each an error at its JSON path ("sessions[0].rules.treshold",
// "members[2].kind"), all reported at once. What is wrong between values —
// a body given twice, results due before the start, sessions out of order —
// is left to [Project.Validate] and [New]; decoding a Scheme, which calls
// New, reports it at its JSON path too. An amount given as a JSON number is
// read exactly when it has at most two decimals and no exponent, and
// refused otherwise with a message that says to write it as a string
// (cost.Amount.UnmarshalJSON).
//
// Each enumerated type has a ParseX function that reads its text back
// (ParseX(x.String()) == x for every valid x, and MarshalText is String), a
// Label method that gives its French wording, and a GoString method that
// writes the Go that builds a value, so that %#v and a failing
// assert.Equal show scheme.Eligible or scheme.Kind("mairie"). A value out of
// its type prints as fmt marks a bad verb, %!Verdict(7) or
// %!Kind("mairie"), never as "".
package scheme
