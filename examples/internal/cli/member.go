package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// MembersUsage says, for a flag's -h, how members are written.
const MembersUsage = "the pooling members, one `[name=]kind:population` each,\n" + ListUsage + ";\n" +
	"kinds: commune, epci, departement, region, statut-particulier, syndicat, partenaire;\n" +
	"populations such as 48250 or 48 250; a member without a name is named after its rank and kind"

// BodiesUsage says, for a flag's -h, how bodies are written when an official
// code may stand for one.
const BodiesUsage = "the pooling members, " + ListUsage + ";\n" +
	"each an official `code` of 2021 — a commune's INSEE code (38185), an EPCI's SIREN (243800984),\n" +
	"a département (38), a région (R84) — or a member described as [name=]kind:population (epci:350000);\n" +
	"kinds: commune, epci, departement, region, statut-particulier, syndicat, partenaire;\n" +
	"populations such as 48250 or 48 250"

// Bodies returns the bodies that s lists, in order (see the package doc): an
// item with a colon is a member described as [name=]kind:population, as
// [Members] reads it; any other item is an official code, returned as a
// Body with that ID alone, for package territoire to complete. An item
// without a colon that holds no digit, a space or an equals sign is neither,
// and its error says what is wanted. Every problem is reported at once, as
// an [*ItemError] that gives the item's position:
//
//	item 2 "epci": want an official code (243800984) or [name=]kind:population (epci:350000)
func Bodies(s string) ([]scheme.Body, error) {
	var (
		bodies []scheme.Body
		errs   []error
	)
	for i, item := range List(s) {
		if !strings.Contains(item, ":") {
			if !strings.ContainsAny(item, "0123456789") || strings.ContainsAny(item, "= ") {
				errs = append(errs, Item(i+1, item, errors.New("want an official code (243800984) or [name=]kind:population (epci:350000)")))
				continue
			}
			bodies = append(bodies, scheme.Body{ID: item})
			continue
		}
		m, problems := member(item, i+1)
		errs = append(errs, problems...)
		bodies = append(bodies, m)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return bodies, nil
}

// MaxPopulation is the bound below which a population lies: a billion
// inhabitants, more than any collectivité has, so that the populations of a
// list add up without overflow.
const MaxPopulation = 1_000_000_000

// Population returns the population that s writes (see the package doc):
// a whole number of inhabitants below [MaxPopulation], with plain digits or
// grouped by three ("48 250"); spaces around s are ignored.
func Population(s string) (int, error) {
	digits, ok := ungroup(strings.TrimSpace(s))
	if ok {
		if n, err := strconv.Atoi(digits); err == nil && n < MaxPopulation {
			return n, nil
		}
	}
	return 0, fmt.Errorf("population %s: want a whole number of inhabitants below a billion, such as 48250 or 48 250", quote.Input(s))
}

// Members returns the bodies that s lists, in order, each written
// [name=]kind:population (see the package doc). A member without a name is
// named after its rank and kind, « Membre 2 (Commune) ». The empty text is no
// member. Every problem is reported at once, as an [*ItemError] that gives
// the item's position and quotes it: a member without a kind and a
// population, an empty name before an equals sign, an unknown kind
// (wrapping [scheme.ErrUnknownValue]), a population that [Population]
// refuses:
//
//	item 2 "mairie:10": kind "mairie": unknown value: want commune, epci, …
func Members(s string) ([]scheme.Body, error) {
	var (
		members []scheme.Body
		errs    []error
	)
	for i, item := range List(s) {
		m, problems := member(item, i+1)
		errs = append(errs, problems...)
		members = append(members, m)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return members, nil
}

// member reads one member, the rank-th of its list, or returns its
// problems, each an *ItemError.
func member(item string, rank int) (scheme.Body, []error) {
	name, rest := "", item
	if i := strings.LastIndexByte(item, '='); i >= 0 {
		name, rest = strings.TrimSpace(item[:i]), item[i+1:]
		if name == "" {
			return scheme.Body{}, []error{Item(rank, item, errors.New("want a name before =, or no ="))}
		}
	}
	slug, pop, ok := strings.Cut(rest, ":")
	if !ok {
		return scheme.Body{}, []error{Item(rank, item, errors.New("want [name=]kind:population (epci:350000)"))}
	}
	var errs []error
	slug = strings.TrimSpace(slug)
	k, err := scheme.ParseKind(slug)
	if err != nil {
		errs = append(errs, ItemPart(rank, item, "kind", slug, err))
	}
	n, err := Population(pop)
	if err != nil {
		errs = append(errs, &ItemError{Item: rank, Value: quote.Input(item), Problem: err.Error(), Err: err})
	}
	if len(errs) > 0 {
		return scheme.Body{}, errs
	}
	if name == "" {
		name = fmt.Sprintf("Membre %d (%s)", rank, k.Label())
	}
	return scheme.Body{Name: name, Kind: k, Population: n}, nil
}

// groupSpaces are the spaces that may stand between groups of digits: the
// narrow no-break space that the library writes, the no-break space, and
// the plain space that people type.
const groupSpaces = "\u202f\u00a0 "

// ungroup returns the digits of s, a whole number written either with
// digits only or in groups of three digits (the first of one to three)
// separated by one of groupSpaces each, and whether s is so written:
// "48 250" gives "48250", while "48 25" and "48  250" are refused.
func ungroup(s string) (string, bool) {
	digits := make([]byte, 0, len(s))
	n, groups := 0, 0 // the digits of the current group, the groups before it
	for _, r := range s {
		switch {
		case '0' <= r && r <= '9':
			digits = append(digits, byte(r))
			n++
		case strings.ContainsRune(groupSpaces, r):
			if n == 0 || n > 3 || groups > 0 && n != 3 {
				return "", false
			}
			groups++
			n = 0
		default:
			return "", false
		}
	}
	if n == 0 || groups > 0 && n != 3 {
		return "", false
	}
	return string(digits), true
}
