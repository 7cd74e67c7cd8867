// Package cost computes, exactly to the cent, how much the State pays for a
// project under a co-financing policy of the France Relance digital schemes,
// and why: amounts, rates, cost categories, budgets, policies, the
// calculator [Cofinance] with its French explanation, and the fair division
// of an amount among partners with [Split]; then where that grant sits in
// the financing plan of the whole operation, under the law on stacking
// public aid ([Plan.Check], [Plan.Place]), and how it is paid ([Award]).
//
// The package is pure: no I/O, no clock, no environment, no package state
// that changes. Every function and method is safe for concurrent use.
//
// # Model
//
// An [Amount] is a sum in euros, a whole number of cents held in an int64:
// from -92233720368547758.08 € to 92233720368547758.07 €. A
// [Rate] is a fraction in [0, 1], a whole number of billionths: exact to
// nine decimals as a fraction (0.333333333), seven as a percentage
// (33.3333333 %). Both are values compared with ==; neither is a float, and
// no float is used anywhere in the package.
//
// A [Budget] is a list of [Line]s, each with a [Category] (one of eight
// stable slugs: "personnel", "materiel", "prestations", "conseil",
// "logiciels", "hebergement", "formation", "autre"), a free label and an
// amount. A [Policy] says what a scheme pays: a rate, the categories that do
// not count (the schemes of axis 2 exclude personnel, and for data and
// cooperation projects equipment too), an optional ceiling on the grant and
// a [Rounding].
//
// [Cofinance] applies a policy to a budget:
//
//	Total     = every line
//	Excluded  = the lines whose category the policy excludes
//	Eligible  = Total − Excluded
//	Grant     = Rate × Eligible, rounded, then limited by the ceiling
//	Remainder = Total − Grant, what the applicants pay
//
// and returns a [Result] with every figure and, line by line, whether the
// line counts and why not. [Result.Explain] tells the computation in French.
//
// The amounts are on whatever basis the caller's budget uses, with or
// without VAT (HT or TTC): the texts of the schemes do not say which, and the
// package never converts from one to the other. Give all the lines of one
// budget on the same basis.
//
// [Split] divides an amount, such as the remainder of a mutualised project,
// among partners in proportion to integer weights such as their
// populations, to the cent, the shares adding up exactly to the amount.
//
// # Financing plan
//
// A [Plan] is the plan de financement of an operation: its whole cost, the
// part of it that a grant may subsidise (the subsidisable expense, the
// eligible base of a scheme), and its funders other than the owner, each a
// [Resource], public or private; the owner (maître d'ouvrage) pays the
// rest, [Plan.Own], the costs that the scheme does not count included.
// [Plan.Check] sets it against [Limits], the rules on stacking public aid
// that French public-finance law sets for every grant, France Relance's
// included, each on its own base:
//
//   - the owner, a collectivité or groupement carrying an investment
//     operation, brings at least 20 % of all the public funding of the
//     whole operation, its own included — the owner is a public person,
//     and private funding such as mécénat does not count (CGCT, art.
//     L1111-10 III: « des financements apportés par des personnes
//     publiques à ce projet »); 30 % under a chef-de-file competence (art.
//     L1111-9). The law exempts the overseas collectivités and operations
//     of urban renewal, and lets the préfet derogate: whether the rule
//     applies is the caller's to say, through Limits.OwnShare (the relance
//     package says it for a lead);
//   - public aid may not exceed 100 % of the subsidisable expense
//     (décret n° 2018-514 du 25 juin 2018, art. 10), Limits.PublicCap.
//
// Plan.Cost is the whole cost and Plan.Expense the subsidisable expense;
// a zero Cost reads as the expense, for an operation that is all
// subsidisable. Reading the 20 % rule on the subsidisable expense alone
// would leave out what the owner pays for the costs a scheme excludes (its
// staff, for France Relance's calls), understate its share, and report a
// breach the operation does not commit.
//
// The check is exact: every figure in cents, every share an exact [Ratio]
// of two amounts, every comparison in integers, the limits in euros
// rounded in the law's favour (the least participation up, the most aid
// down), so that a plan on the boundary holds and one cent beyond breaks.
// A [PlanCheck] holds the figures, a [Finding] for each limit broken (with
// a stable code, [CodeOwnShare] and [CodePublicCap], and a French reason
// with every figure, its base and the text), and the headroom: the most
// public aid that another funder could still bring, to the cent.
// [PlanCheck.Explain] tells it all in French, each rule with its base.
//
// The French prints a share rounded to the nearest hundredth of a percent,
// as a reader checks it (« 83,33 % » for 175 000 € out of 210 000 €); the
// verdict comes from the exact figures, and where the rounded share would
// print the limit itself, or the wrong side of it, the text says so plainly
// (« 80,00 % de la dépense subventionnable (124 196,32 €), un peu plus que
// le plafond de 80 % »).
//
// [Plan.Place] places a grant — the Grant of a [Result] — among the other
// funders: the plan with it, checked, and the grant reduced, when the limits
// require, to the largest that keeps the plan within them, which the
// explanation says and cites.
//
// # Payment
//
// An [Award] is a grant as decided, for its payment under décret
// n° 2018-514, art. 8 and 12: the maximum grant, the rate and rounding by
// which the final amount is computed, the planned duration, whether a bank
// guarantee backs the advance, and whether the decision raises the
// instalments' cap to 90 % (Extended), as art. 12 III allows, and does not
// impose, beyond 48 months.
//
//	MaxAdvance        30 % of the grant, 60 % with a first-demand bank guarantee     (art. 12 II)
//	MaxBeforeBalance  advance and instalments together: 80 %, 90 % when Extended     (art. 12 III, and a choice)
//	Final(spent)      Rate × spent, rounded, at most the grant                        (a choice, under art. 8 3°)
//
// Each ceiling is exact to the cent and rounded down. The décret caps the
// advance (art. 12 II) and the instalments (art. 12 III) each on its own;
// bounding the two together by the instalments' cap, before the balance, is
// the package's choice, and so is computing the final grant as the rate of
// the expense actually incurred, rounded, where the decision states « le
// montant maximum de la subvention et ses modalités de calcul » (art. 8
// 3°). The French output labels each such figure « choix de la
// bibliothèque » where it prints it. [Award.Settle] makes the [Statement]
// of the payments made, in order, for the eligible expense actually
// incurred: the final grant, the balance still to pay or the excess to
// repay (reversement), and a Finding for advances or instalments beyond
// their ceilings ([CodeAdvance], [CodeBeforeBalance]).
//
// # Zero values
//
// Every zero value means something sound: the zero [Amount] is 0 €, the
// zero [Rate] is 0 %, the zero [Rounding] is [DownToCent], the zero
// [Policy] pays 0 % of everything with no ceiling, the empty [Budget] is
// valid and costs 0 €, and the zero [Result] is what Cofinance returns for
// that budget under that policy. The zero [Plan] costs nothing and holds
// any limits, and a Plan's zero Cost reads as its Expense; the zero
// [Limits] ask for no participation of the owner and set no ceiling on
// public aid, so that they check only that a plan adds up; the zero
// [PlanCheck] is the check of the zero Plan under them; the zero [Ratio]
// counts as 0; the zero [Award] pays nothing, its instalments' cap not
// extended; the zero [PaymentKind] is [Instalment]. The zero [Category], "", is the one
// exception: it is not a category, and a [Line] needs one.
//
// # Rounding
//
// The product Rate × Eligible is computed exactly — cents times billionths
// on 128 bits — and rounded once, to the cent or to the euro, by the
// policy's [Rounding]: there is never a rounding in between. The default,
// [DownToCent], drops any fraction of a cent, so that the grant never
// exceeds the published rate: « 1 € du fonds pour 1 € du porteur ». No text
// sets the rounding: [Result.Explain] labels the default « choix de la
// bibliothèque ».
// [HalfUpToCent] rounds half a cent away from zero, [HalfEvenToCent] to the
// even cent, [DownToEuro] drops the cents. For 50 % of 123456.79 €, which is
// exactly 61728.395 €:
//
//	DownToCent      61728.39 €
//	HalfUpToCent    61728.40 €
//	HalfEvenToCent  61728.40 €  (61728.385 € would give 61728.38 €)
//	DownToEuro      61728.00 €
//
// The ceiling applies after the rounding: a capped grant is the ceiling
// itself, to the cent.
//
// Arithmetic on amounts never wraps around. [Amount.Add], [Amount.Sub],
// [Euros], [Budget.Total] and [Budget.Sum] cannot fail, so they saturate at
// the bounds of the range; [Budget.Validate] and [Cofinance] refuse a budget
// whose total leaves the range, with [ErrOverflow].
//
// # Errors
//
// Every error wraps one or more exported sentinels, for [errors.Is]:
// [ErrInvalidAmount], [ErrSubCent], [ErrOverflow], [ErrNegativeAmount],
// [ErrInvalidRate], [ErrUnknownCategory], [ErrInvalidRounding],
// [ErrInvalidSplit], [ErrOverfunded], [ErrCostBelowExpense],
// [ErrInvalidAward], [ErrUnknownPayment]. A sentinel's text is bare
// ("invalid amount"); the message that wraps it starts with "cost: ",
// once, names the operation and quotes the input:
//
//	cost: parse amount "1,5": invalid amount
//	cost: line 2 ("Serveurs"): negative amount -12.00
//	cost: plan: cost of the operation: cost below the expense: 100000.00 for an expense of 120000.00
//	cost: award: extended: invalid award: the décret allows 90 % only beyond 48 months (art. 12 III), and the planned duration is 24 months
//
// User text is quoted as Go quotes strings, cut after 64 characters with
// « … » and followed by its length, so that a message stays readable
// whatever it is given — by a parser (ParseAmount, ParseFrench, ParseRate,
// ParseCategory, ParseRounding, ParsePaymentKind), a JSON decoder, a
// validation:
//
//	cost: parse amount "1.00000000000000000000000000000000000000000000000000000000000000…" (1000003 bytes): fraction of a cent
//
// Validation reports every problem at once, joined with [errors.Join]: one
// [*LineError] per problem of a budget line, whose Index counts from 0 while
// its message counts lines from 1, and likewise one [*ResourceError] per
// problem of a plan's resource. Nothing panics but the Must functions,
// meant for literals.
//
// # Encoding
//
// Every scalar type marshals to text and so to JSON as a string that its
// parser reads back: an Amount as "10.50" (always two decimals, a dot), a
// Rate as "50%" or "33.33%", a Category, a Rounding and a PaymentKind as
// their slugs ("materiel", "down-to-cent", "avance"). Decoding is strict:
// "10,50" is not an amount, an unknown slug is an error; and the
// enumerated types refuse to encode a value that could not be decoded. The
// one leniency is the zero Category, written and read as "" like an absent
// field, so that whatever decodes encodes again; [Budget.Validate] then
// refuses the line that has no category. JSON null leaves a value
// unchanged, as [encoding/json] does.
//
// An amount may also be given as a JSON number, as people and spreadsheets
// write it: the package reads it exactly from its digits when it has at
// most two decimals and no exponent (40000, 12.5, 12.50), and refuses any
// other (1e3, 12.345) with a message that says to write the amount as a
// string with at most two decimals, rather than read it through a float. A
// rate is never read from a JSON number — 0.5 and 50 could both mean one
// half — and the message says to write it as a string ([Amount.UnmarshalJSON],
// [Rate.UnmarshalJSON]).
//
// The structured types — [Line], [Budget], [Policy], [Result],
// [LineResult], [Share], [Ratio], [Resource], [Plan], [Limits],
// [PlanCheck], [Finding], [Placement], [Award], [Payment] and [Statement]
// — have snake_case JSON names, each documented on its type, in one style
// that programs can read without special cases: a list inside them is [],
// never null (Findings of a plan that holds, the Lines of an empty budget,
// the payments of a statement, the excluded categories of a policy, the
// resources of a plan); a value that means "none" is omitted, never a
// sentinel (a Policy's or a Result's "ceiling" when there is none, a Plan's
// "cost" when it is the expense, a Placement's "limit" when the grant is
// not reduced). The result types (Result, PlanCheck, Statement) decode []
// as nil, as the package makes it, so that what the package returns
// round-trips to an equal value; the inputs (Policy, Plan) decode it as an
// empty list, which means the same, and leave the decoding of their
// contents to encoding/json, so that a strict decoder that walks a
// document reaches every key of theirs. A Budget is a list as its caller
// gives it, and a "ceiling" of "0.00" still reads as no ceiling.
//
// For people, the French methods write figures the French way: "61 728,39 €"
// with narrow no-break spaces (U+202F) between thousands and a no-break
// space (U+00A0) before the unit, "33,33 %". [ParseFrench] reads such an
// amount back, and [ParseRate] such a percentage, also with plain spaces,
// so that what people type or copy is read as they wrote it. Labels and
// explanations are in French with the official wording; errors are in
// English.
package cost
