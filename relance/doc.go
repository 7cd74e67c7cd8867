// Package relance models the digital strand of France Relance as a whole:
// its metadata, the orientation of a project across every scheme on a date,
// and the Incubateur des Territoires consultation.
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
// later session's is still to open, that next session. Every date reads the
// calendar as published on that date. [OrientAmong] does the same across any
// schemes — a caller's own, built with [scheme.New], beside the catalogue's.
// [Explain] and [Option.Explain] render the options in French for a person.
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
// [scheme.Project.Validate] errors, wrapped).
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
// An [Option] marshals to JSON with the keys scheme, session, eligibility,
// on, status, phase, funding and next; it names its scheme and sessions as
// {"id", "name"} objects rather than embedding their definitions. Decoding
// finds the catalogue's schemes by their IDs; a caller's own scheme decodes
// to the zero Scheme, its ID kept in the Eligibility.
package relance
