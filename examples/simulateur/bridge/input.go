package bridge

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/cost"
)

// The codes of the problems found in what a person typed, stable ASCII slugs
// that the page and tests may compare; [FieldError.Message] words each in
// French.
const (
	CodeAmountSyntax       = "amount-syntax"        // not an amount: letters, stray signs
	CodeAmountDot          = "amount-dot"           // a dot where French writes a comma
	CodeAmountNegative     = "amount-negative"      // a minus sign on a cost
	CodeAmountGrouping     = "amount-grouping"      // digits grouped otherwise than by three
	CodeAmountSubCent      = "amount-subcent"       // more than two decimals
	CodeAmountRange        = "amount-range"         // too large to count
	CodeBudgetRange        = "budget-range"         // a total too large to count
	CodePopulationSyntax   = "population-syntax"    // not a whole number of inhabitants
	CodePopulationRange    = "population-range"     // too large to count
	CodeDateSyntax         = "date-syntax"          // not a date in a known notation
	CodeDateInvalid        = "date-invalid"         // a day that does not exist
	CodeDateMissing        = "date-missing"         // the date of orientation is required
	CodeResultsBeforeStart = "results-before-start" // results due before the start
	CodeUnknownValue       = "unknown-value"        // a choice that the form does not offer
	CodeLookupUnavailable  = "lookup-unavailable"   // an official code, and no lookup
	CodeLookupFailed       = "lookup-failed"        // an official code that the lookup does not know
	CodeDuplicateBody      = "duplicate-body"       // an official code given twice, whose population would count twice
	CodeSameBody           = "same-body"            // a member described exactly as the lead or an earlier member
	CodeRequestSyntax      = "request-syntax"       // the request is not a JSON object
	CodeRequestKey         = "request-key"          // a key that a Request does not define
	CodeRequestDuplicate   = "request-duplicate"    // a key given twice in one object
	CodeRequestValue       = "request-value"        // a value of the wrong kind: a number for a text
	CodeProjectInvalid     = "project-invalid"      // any other problem of the project
)

// spaces are the characters that may separate groups of digits: the space,
// and the no-break and narrow no-break spaces that French text sets.
const spaces = " \u00a0\u202f\t"

// trim removes the spaces of any kind around s.
func trim(s string) string { return strings.Trim(s, spaces) }

// digitsOnly reports whether s is one or more ASCII digits.
func digitsOnly(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// groupedDigits returns the digits of s, a whole number written with or
// without groups of three digits separated by single spaces of any kind:
// "12000", "12 000", "1 250 000". It returns the code of the problem when s
// is not so written.
func groupedDigits(s string, syntax string) (string, string) {
	s = trim(s)
	groups := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(spaces, r) })
	if len(groups) == 0 {
		return "", syntax
	}
	for _, g := range groups {
		if !digitsOnly(g) {
			return "", syntax
		}
	}
	if len(groups) > 1 {
		// The groups must be those of French typography, one space
		// apart: "1 250 000", never "1 2500" nor "12  000".
		if len(groups[0]) > 3 || strings.Join(groups, " ") != strings.Map(normalSpace, s) {
			return "", CodeAmountGrouping
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return "", CodeAmountGrouping
			}
		}
	}
	return strings.Join(groups, ""), ""
}

// normalSpace maps every space of spaces to U+0020.
func normalSpace(r rune) rune {
	if strings.ContainsRune(spaces, r) {
		return ' '
	}
	return r
}

// ParseAmount reads an amount in euros as French text writes it, as
// [cost.Amount.French] does and people type it: digits, grouped by three or
// not, a comma before the cents, an optional euro sign — « 12 000,50 »,
// « 12000,5 », « 180 000 € », « 61 728,39 € ». Spaces may be U+0020, U+00A0
// or U+202F, and any number of them may stand around the amount and before
// the euro sign, which is given once at most. It reads with
// [cost.ParseFrench], whose notation it is, and returns the amount and "",
// or the code of the problem: [CodeAmountNegative] for a minus sign, the
// hyphen-minus or U+2212, whatever follows it (« -0 » is a cost typed
// negative, refused as any other); [CodeAmountDot] for a dot ("12.50":
// French separates the cents by a comma); [CodeAmountGrouping] for digits
// that would read without their spaces ("1 2000"); [CodeAmountSubCent]
// ("10,505"; trailing zeros are accepted); [CodeAmountRange];
// [CodeAmountSyntax] for anything else — the empty text, a plus sign, two
// euro signs (« 12 €€ ») included.
func ParseAmount(s string) (cost.Amount, string) {
	t := trim(s)
	switch {
	case strings.HasPrefix(t, "-") || strings.HasPrefix(t, "\u2212"):
		return cost.Amount{}, CodeAmountNegative
	case strings.HasPrefix(t, "+"): // a cost has no sign
		return cost.Amount{}, CodeAmountSyntax
	}
	if strings.Count(t, "€") > 1 {
		return cost.Amount{}, CodeAmountSyntax
	}
	t = trim(strings.TrimSuffix(t, "€"))
	a, err := cost.ParseFrench(t)
	switch {
	case err == nil:
		return a, ""
	case errors.Is(err, cost.ErrSubCent):
		return cost.Amount{}, CodeAmountSubCent
	case errors.Is(err, cost.ErrOverflow):
		return cost.Amount{}, CodeAmountRange
	case strings.Contains(t, "."):
		return cost.Amount{}, CodeAmountDot
	}
	// Not French notation: if the digits would read without their spaces,
	// only their grouping is wrong.
	if strings.ContainsAny(t, spaces) {
		if _, err := cost.ParseFrench(strings.Map(dropSpace, t)); err == nil {
			return cost.Amount{}, CodeAmountGrouping
		}
	}
	return cost.Amount{}, CodeAmountSyntax
}

// dropSpace drops every space of spaces, for strings.Map.
func dropSpace(r rune) rune {
	if strings.ContainsRune(spaces, r) {
		return -1
	}
	return r
}

// ParsePopulation reads a number of inhabitants as people type it, grouped
// by three or not: « 350 000 », « 350000 ». It returns the population and "",
// or the code of the problem: [CodePopulationSyntax] for anything but a
// whole number (a comma, a sign, letters, the empty text),
// [CodeAmountGrouping] for digits grouped otherwise than by three,
// [CodePopulationRange] beyond a thousand billion inhabitants, so that the
// populations of any project add up without overflow.
func ParsePopulation(s string) (int, string) {
	digits, code := groupedDigits(trim(s), CodePopulationSyntax)
	if code != "" {
		return 0, code
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || n >= 1e12 {
		return 0, CodePopulationRange
	}
	return int(n), ""
}

// ParseDate reads a day as people type it: the French « 15/03/2021 »
// (day and month of one or two digits; « 15-03-2021 » and « 15.03.2021 »
// too) or the ISO « 2021-03-15 ». It returns the day and "", or the code of
// the problem: [CodeDateInvalid] for a day that does not exist
// (« 31/02/2021 »), [CodeDateSyntax] for anything else, the empty text
// included.
func ParseDate(s string) (calendar.Date, string) {
	parts := strings.FieldsFunc(trim(s), func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 {
		return calendar.Date{}, CodeDateSyntax
	}
	for _, p := range parts {
		if !digitsOnly(p) {
			return calendar.Date{}, CodeDateSyntax
		}
	}
	day, month, year := parts[0], parts[1], parts[2]
	if len(day) == 4 { // ISO: year first
		day, year = year, day
	}
	if len(year) != 4 || len(day) > 2 || len(month) > 2 {
		return calendar.Date{}, CodeDateSyntax
	}
	y, _ := strconv.Atoi(year)
	m, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	date, err := calendar.NewDate(y, time.Month(m), d)
	if err != nil {
		return calendar.Date{}, CodeDateInvalid
	}
	return date, ""
}
