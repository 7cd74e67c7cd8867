// Package relance models the digital strand of France Relance as a whole:
// its metadata, the orientation of a project across every scheme on a date,
// the place of a scheme's grant in the financing plan of the project and its
// payment, and the Incubateur des Territoires consultation.
//
// # The strand
//
// [Volet] returns the strand « Mise à niveau numérique de l'État et des
// territoires »: its aim (concrete results within 18 months), its operators
// (DINUM, DITP, ANCT) and the fund « Transformation numérique des
// collectivités territoriales » (ITN 7, 88 M€) with its three axes, their
// envelopes and the schemes of each. The third axis, run by the préfectures,
// is metadata only.
//
// # Orientation
//
// What a collectivité asks — which of these schemes fits my project, does it
// take projects now, and how much would I get? — is answered by [Orient]:
// one [Option] per scheme of the catalogue with the session in force on the
// date, the verdict and its criteria ([scheme.Eligibility]), whether the
// session's intake is open, the step in progress, the grant computed under
// the session's policy ([cost.Result]), and, when the intake is closed and a
// later session's is still to open, that next session with the verdict and
// the grant under its rules. Every date reads the calendar as published on
// that date. [OrientAmong] does the same across any schemes — a caller's
// own, built with [scheme.New], beside the catalogue's. [Explain] and
// [Option.Explain] render the options in French for a person.
//
// Money is promised only where the verdict and the calendar allow it
// ([Option.Promise]): a grant for an Eligible project, a grant « si les
// critères à préciser sont remplis » for an Undetermined one, nothing for an
// Ineligible one — and nothing either, [ClosedIntake], when the session's
// intake is closed on the date, however far its later steps go on; the next
// session's grant, if any, is promised apart ([Option.NextPromise]).
// [NextQuestions] asks only what can still change an answer.
//
// # Financing plan
//
// A grant is one funder among others — the DSIL, the Région, the
// Département, European funds, mécénat — and the law on the stacking of
// public aid (cumul des aides publiques) bounds them all. [RuleFor] says
// which rule binds the owner (maître d'ouvrage), the lead of the project,
// and why; [LimitsFor] gives its figures, the [cost.Limits] that
// [cost.Plan.Check] applies:
//
//   - the owner, a collectivité territoriale or a groupement carrying an
//     investment operation, brings at least 20 % of all the public funding
//     of the project, its own included; private funding does not count
//     (CGCT, art. L1111-10 III; records CGCT and PREF-84 of
//     [scheme.Sources]);
//   - 30 % within a competence of which a collectivité is chef de file,
//     unless the convention territoriale d'exercice concerté departs from it
//     (CGCT, art. L1111-9 and L1111-10 III): the circumstances [ChefDeFile] and
//     [ChefDeFileConvention];
//   - no least participation for operating costs, which the rule does not
//     govern ([OperatingCosts]); for a partner lead, neither a collectivité
//     nor a groupement ([NotLocalAuthority]); for the collectivités and
//     groupements of Guadeloupe, Guyane, La Réunion, Martinique, Mayotte,
//     Saint-Barthélemy, Saint-Martin and Saint-Pierre-et-Miquelon, which the
//     law exempts ([Overseas]), read from [scheme.Body.DepartementCode],
//     971 to 978 ([ExemptTerritory]); and, as the caller states it, when the
//     préfet has granted a derogation for a protected monument, for the
//     damage of a public calamity, or — since loi n° 2019-1461 du 27
//     décembre 2019 « Engagement et proximité » — for an operation on
//     unprotected heritage, justified by urgency, public necessity or a
//     participation out of proportion with the owner's means; for an
//     operation under art. 9 of loi n° 2003-710 on urban renewal
//     ([MonumentDerogation], [CalamityDerogation], [HeritageDerogation],
//     [UrbanRenewal]); and for a lead that is a syndicat mixte ouvert
//     élargi, which art. L5111-1 does not count among the groupements of
//     collectivités ([OpenSyndicate], the library's reading of the letter
//     of the texts);
//   - public aid at most 100 % of the subsidisable expense (décret
//     n° 2018-514 du 25 juin 2018, art. 10; record D2018-514), for every
//     investment project, since the décret governs the State's grants for
//     investment projects, matériel ou immatériel (art. 1) — digital
//     services are immaterial investment. Operating costs get the zero
//     Limits: no ceiling but the expense, which any plan that adds up meets.
//
// A lead whose kind, or whose département, is not given is taken the way
// that binds it — as a collectivité, outside the exempt territories — and
// the [Rule] lists those facts in Assumed: the limits err on the side of
// the law, so that a plan that holds under them holds whatever the facts
// not given turn out to be. Which competence, derogation or convention
// applies is in no record the library reads: the caller states it, as a
// [Circumstance]. The other special cases of the law are not modelled:
// Corsica's, which raises the public aid to 90 % for the water, waste, fire
// protection and roads of its communes and EPCI — fields that no digital
// scheme funds — and those enacted after 2021; a caller who needs one sets
// [cost.Limits.OwnShare] itself.
//
// [Option.Place] then places the grant of an option in the plan of its
// project, among the other funders, under those limits: a thin layer over
// [cost.Plan.Place], which computes everything, exactly to the cent. The
// plan is that of the whole operation, the project's budget, whose costs the
// scheme does not count the owner pays: the 20 % rule reads all the public
// funding of that operation, the owner's included, and the ceiling of
// décret n° 2018-514 the subsidisable expense, the option's eligible base.
// The grant is reduced, when the limits require, to the largest that keeps
// the plan legal, and the explanation says so and cites the text. The money
// follows the verdict, as everywhere in the package ([Option.Promise]):
// an Eligible project's grant is placed as a grant, an Undetermined one's
// as a grant « si les critères à préciser sont remplis », which
// [Financing.Explain] says before anything else; an Ineligible project, one
// whose intake is closed, or one without a budget, has no grant to place,
// and Place returns an error wrapping [ErrNoGrant] rather than a plan that
// would mislead.
//
// # Payment
//
// [Financing.Award] turns the grant kept into a [cost.Award], for its
// payment under décret n° 2018-514, art. 8 and 12: the grant kept as the
// maximum grant, the session's rate and rounding for the final amount,
// and the planned duration and bank guarantee that the caller knows. The
// award bounds the advance (30 % of the grant, 60 % with a first-demand
// bank guarantee; art. 12 II) and the advance and instalments together
// (80 %, the cap of art. 12 III on the instalments, which the library
// applies to both together as its choice; 90 % only when the award decision
// raises it for a project of more than 48 months, [cost.Award.Extended]);
// [cost.Award.Settle] computes, from the payments made and the
// eligible expense actually incurred, the final grant — the rate applied to
// that expense, at most the grant kept — and the balance to pay or the
// excess to repay.
//
// # The consultation
//
// The Incubateur des Territoires consultation (scheme "incubateur-territoires")
// is not a call for projects. Its first three steps are modelled here, each
// item checked against its phase ("recueil", "vote", "referents") of the
// calendar in force on the item's date — as first published on 20 January
// 2021, or as revised on 19 March 2021 — when given the consultation's
// session ([CountSupportsIn], [ReferentsIn], [ContributionsIn]), or against
// one calendar that the caller gives ([CountSupports], [Referents],
// [Contributions]):
//
//   - [Contributions]: step 1, needs and existing services brought by
//     collectivités, groupements and partners; infrastructure and equipment
//     are out of scope.
//   - [CountSupports]: step 2, supports for the proposals; only collectivités
//     territoriales vote, once per proposal, every support weighs the same.
//   - [Referents]: step 3, declarations of interest to become « territoire
//     référent »; any collectivité may volunteer, for several services;
//     groupements join working groups instead.
//
// Each returns what it accepted and what it refused, with stable reason codes
// (the Reason… constants) and their French wording ([ReasonLabel]). These
// voting rules come from the consultation's public FAQ. A refusal that quotes
// an invalid value (an unknown kind, theme or kind of contribution) encodes
// to JSON with that value verbatim in an "invalid" object, and decodes back.
//
// # Errors
//
// [Orient] and [OrientAmong] fail only on bad input, and report every
// problem at once: the zero date ([ErrNoDate]), a zero Scheme
// ([ErrNoScheme]), a project that does not validate (the
// [scheme.Project.Validate] errors, wrapped). [RuleFor] and [LimitsWith]
// refuse a circumstance that is none of the constants and a lead whose kind
// is not known ([scheme.ErrUnknownValue]); [LimitsFor] never fails.
// [Option.Place] fails for an option with no grant to place ([ErrNoGrant])
// and for funders that [cost.Plan.Place] refuses (its errors, wrapped),
// every problem at once.
// The consultation functions never fail: whatever they cannot accept they
// refuse with a reason.
//
// # Concurrency
//
// Every function is pure and safe for concurrent use; every result owns its
// data. An Option's Scheme and Session are immutable handles: nothing an
// Option holds reaches the catalogue.
//
// # Encoding
//
// Every result marshals to JSON in one style, which a program reads
// without special cases: keys in snake_case, a list [] when empty and
// never null, and what is none left out, never written as a sentinel such
// as "" or "0.00". An [Option] marshals with the keys scheme, session,
// eligibility, on, status, phase, verdict, promise, funding, next,
// next_eligibility, next_promise and next_funding; it names its scheme and
// sessions as {"id", "name"} objects rather than embedding their
// definitions, but for a scheme that is not the catalogue's, which carries
// its definition. Decoding finds the catalogue's schemes and sessions by
// their IDs and names, builds the others from their definitions, and binds
// the eligibilities to the sessions that judged them; it refuses an option
// whose names or IDs are not those of its scheme and sessions — a what-if's
// stripped of its definition, say — rather than read it under other rules
// ([Option.UnmarshalJSON]). A
// [Question] carries its French label; [NextQuestions] gives [] when no
// option asks. A [Rule] and a [Financing] round-trip through JSON; a
// [Circumstance], an [Exemption] and a [Promise] are their slugs
// ("chef-de-file", "outre-mer", "conditional"). The consultation's
// results write the items as given, what they do not give left out, and an
// invalid value quoted apart ([Refusal.MarshalJSON]). Each type's doc says
// its keys.
package relance
