package main

import (
	"errors"
	"strings"

	"github.com/planrelance/numerique/cost"
	"github.com/planrelance/numerique/examples/internal/cli"
)

// This file reads the items of the list flags: the funders, public and
// private, and the payments made.

// funders is a repeatable flag of funders: its default holds until the flag
// is set, and each -flag adds its list.
type funders struct {
	items []string
	set   bool
}

func (f *funders) String() string { return strings.Join(f.items, "; ") }

func (f *funders) Set(s string) error {
	if !f.set {
		f.items, f.set = nil, true
	}
	f.items = append(f.items, cli.List(s)...)
	return nil
}

// funder reads a funder written name=amount, the rank-th of its list; the
// name runs to the last equals sign.
func funder(rank int, item string, public bool) (cost.Resource, error) {
	i := strings.LastIndexByte(item, '=')
	if i < 0 {
		return cost.Resource{}, cli.Item(rank, item, errors.New("want name=amount"))
	}
	name := strings.TrimSpace(item[:i])
	if name == "" {
		return cost.Resource{}, cli.Item(rank, item, errors.New("no name before ="))
	}
	amount := strings.TrimSpace(item[i+1:])
	a, err := cli.Amount(amount)
	if err != nil {
		return cost.Resource{}, cli.ItemPart(rank, item, "amount", amount, err)
	}
	return cost.Resource{Funder: name, Public: public, Amount: a}, nil
}

// payment reads a payment written kind=amount, the rank-th of its list.
func payment(rank int, item string) (cost.Payment, error) {
	slug, amount, ok := strings.Cut(item, "=")
	if !ok {
		return cost.Payment{}, cli.Item(rank, item, errors.New("want kind=amount"))
	}
	slug = strings.TrimSpace(slug)
	k, err := cost.ParsePaymentKind(slug)
	if err != nil {
		return cost.Payment{}, cli.ItemPart(rank, item, "kind", slug, err)
	}
	amount = strings.TrimSpace(amount)
	a, err := cli.Amount(amount)
	if err != nil {
		return cost.Payment{}, cli.ItemPart(rank, item, "amount", amount, err)
	}
	return cost.Payment{Kind: k, Amount: a}, nil
}
