// Package cost computes, exactly to the cent, how much the State pays for a
// project under a co-financing policy of the France Relance digital schemes,
// and why: amounts, rates, cost categories, budgets, policies, the
// calculator [Cofinance] with its French explanation, and the fair division
// of an amount among partners with [Split].
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
// # Zero values
//
// Every zero value means something sound: the zero [Amount] is 0 €, the
// zero [Rate] is 0 %, the zero [Rounding] is [DownToCent], the zero
// [Policy] pays 0 % of everything with no ceiling, the empty [Budget] is
// valid and costs 0 €, and the zero [Result] is what Cofinance returns for
// that budget under that policy. The zero [Category], "", is the one
// exception: it is not a category, and a [Line] needs one.
//
// # Rounding
//
// The product Rate × Eligible is computed exactly — cents times billionths
// on 128 bits — and rounded once, to the cent or to the euro, by the
// policy's [Rounding]: there is never a rounding in between. The default,
// [DownToCent], drops any fraction of a cent, so that the grant never
// exceeds the published rate: « 1 € du fonds pour 1 € du porteur ».
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
// [ErrInvalidSplit]. A sentinel's text is bare ("invalid amount"); the
// message that wraps it starts with "cost: ", once, names the operation and
// quotes the input:
//
//	cost: parse amount "1,5": invalid amount
//	cost: line 2 ("Serveurs"): negative amount -12.00
//
// User text is quoted as Go quotes strings, cut after 64 characters with
// « … » and followed by its length, so that a message stays readable
// whatever it is given:
//
//	cost: parse amount "1.00000000000000000000000000000000000000000000000000000000000000…" (1000003 bytes): fraction of a cent
//
// Validation reports every problem at once, joined with [errors.Join]: one
// [*LineError] per problem of a budget line, whose Index counts from 0 while
// its message counts lines from 1. Nothing panics but the Must functions,
// meant for literals.
//
// # Encoding
//
// Every type marshals to text and so to JSON as a string that its parser
// reads back: an Amount as "10.50" (always two decimals, a dot), a Rate as
// "50%" or "33.33%", a Category as its slug, a Rounding as its slug
// ("down-to-cent"). Decoding is strict: a JSON number is not an amount,
// "10,50" is not an amount, an unknown slug is an error; and Category and
// Rounding refuse to encode a value that could not be decoded. The one
// leniency is the zero Category, written and read as "" like an absent
// field, so that whatever decodes encodes again; [Budget.Validate] then
// refuses the line that has no category. [Line],
// [Budget], [Policy], [Result], [LineResult] and [Share] have lowercase
// snake_case JSON names and round-trip through JSON.
//
// For people, the French methods write figures the French way: "61 728,39 €"
// with narrow no-break spaces (U+202F) between thousands and a no-break
// space (U+00A0) before the unit, "33,33 %". [ParseFrench] reads such an
// amount back, and [ParseRate] such a percentage, also with plain spaces,
// so that what people type or copy is read as they wrote it. Labels and
// explanations are in French with the official wording; errors are in
// English.
package cost
