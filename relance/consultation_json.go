package relance

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/planrelance/numerique/calendar"
	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/scheme"
)

// ErrMalformedRefusal reports JSON that no [Rejection] or [Refusal] encodes
// as: an entry of its "invalid" object that names no field which can be
// invalid, a field which the item fills itself, or a value which is valid
// or empty, and so belongs in the item. The message quotes the entry:
//
//	relance: unmarshal refusal: invalid "/item/kind" "besoin": malformed refusal: a valid value, which the item holds itself
var ErrMalformedRefusal = errors.New("malformed refusal")

// invalid maps the JSON Pointer (RFC 6901) of each invalid value of a
// refused item, from the root of the refusal's JSON object, to the value
// verbatim: {"/support/by/kind": "mairie"}.
type invalid map[string]string

// empty returns "" and records v under path when v, a value of an
// enumerated type, is not valid and not empty; otherwise it returns v. An
// empty v is kept, whether its type counts it valid (a [scheme.Kind] not
// given) or not (a [ContributionKind], a [scheme.Theme]): left out as a
// field, "" in a list.
func (inv *invalid) empty(path, v string, valid bool) string {
	if valid || v == "" {
		return v
	}
	if *inv == nil {
		*inv = invalid{}
	}
	(*inv)[path] = v
	return ""
}

// body returns b with its kind emptied when it is not valid, recorded under
// at+"/kind".
func (inv *invalid) body(at string, b scheme.Body) scheme.Body {
	b.Kind = scheme.Kind(inv.empty(at+"/kind", string(b.Kind), b.Kind.IsValid()))
	return b
}

// rejectionJSON is the JSON form of a Rejection.
type rejectionJSON struct {
	Support Support `json:"support"`
	Reason  string  `json:"reason"`
	Invalid invalid `json:"invalid,omitempty"`
}

// MarshalJSON implements [json.Marshaler]. A Rejection is written as
// {"support", "reason"}, and never fails: a support refused for holding an
// invalid value is written without it, as a support that does not give it,
// and the value is quoted verbatim in an "invalid" object, under its JSON
// Pointer (RFC 6901) from the root of the rejection, so that the support
// keeps the form of every other:
//
//	{"support":{"proposal":"a","by":{"id":"1","name":"Mairie"},"on":"2021-04-01"},
//	 "reason":"non-collectivite","invalid":{"/support/by/kind":"mairie"}}
//
// "invalid" is left out when every value is valid. The only value of a
// Support that can be invalid is By.Kind. The support is written as
// [Support] says: what it does not give is left out.
func (r Rejection) MarshalJSON() ([]byte, error) {
	j := rejectionJSON{Support: r.Support, Reason: r.Reason}
	j.Support.By = j.Invalid.body("/support/by", r.Support.By)
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what
// [Rejection.MarshalJSON] writes, putting each value of "invalid" back in
// its place, so that encoding the result again gives the same JSON. It
// refuses, with an error wrapping [ErrMalformedRefusal], an entry of
// "invalid" that MarshalJSON would not write (see [Refusal.UnmarshalJSON]).
// Keys absent from data leave their fields zero; null leaves r unchanged;
// on error r is unchanged.
func (r *Rejection) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var j rejectionJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	rs := restorer{inv: j.Invalid}
	rs.kind("/support/by/kind", &j.Support.By.Kind)
	if err := rs.done(); err != nil {
		return err
	}
	*r = Rejection{Support: j.Support, Reason: j.Reason}
	return nil
}

// refusalOut is the JSON form of a Refusal, as written.
type refusalOut struct {
	Item    any     `json:"item"`
	Reason  string  `json:"reason"`
	Invalid invalid `json:"invalid,omitempty"`
}

// contributionOut is the JSON form of a refused Contribution, as written:
// its kind and themes as plain text, which can be empty.
type contributionOut struct {
	Title  string        `json:"title,omitempty"`
	Kind   string        `json:"kind,omitempty"`
	By     scheme.Body   `json:"by"`
	On     calendar.Date `json:"on,omitzero"`
	Themes []string      `json:"themes,omitempty"`
}

// MarshalJSON implements [json.Marshaler]. A Refusal is written as
// {"item", "reason"}, and never fails for the items of the consultation: an
// item refused for holding invalid values is written without them, as an
// item that does not give them — but a theme, which keeps its place in the
// list as "" — and each is quoted verbatim in an "invalid" object, under
// its JSON Pointer (RFC 6901) from the root of the refusal; "invalid" is
// left out when every value is valid. The values that can be invalid are
// By.Kind for a [Declaration] (and a [Support]), and for a [Contribution]
// its Kind, By.Kind and each of its Themes:
//
//	{"item":{"title":"Fibre","by":{"id":"1"},"on":"2021-02-01","themes":["services",""]},
//	 "reason":"nature-inconnue",
//	 "invalid":{"/item/by/kind":"mairie","/item/kind":"projet","/item/themes/1":"fibre"}}
//
// The item is written as its type says, what it does not give left out: a
// contribution of the zero Kind has no "kind" and no entry, one without
// themes no "themes". The item of any other type T is written as
// encoding/json writes it.
func (r Refusal[T]) MarshalJSON() ([]byte, error) {
	j := refusalOut{Item: r.Item, Reason: r.Reason}
	switch it := any(r.Item).(type) {
	case Declaration:
		it.By = j.Invalid.body("/item/by", it.By)
		j.Item = it
	case Support:
		it.By = j.Invalid.body("/item/by", it.By)
		j.Item = it
	case Contribution:
		c := contributionOut{
			Title: it.Title,
			Kind:  j.Invalid.empty("/item/kind", string(it.Kind), it.Kind.IsValid()),
			By:    j.Invalid.body("/item/by", it.By),
			On:    it.On,
		}
		if it.Themes != nil {
			c.Themes = make([]string, len(it.Themes))
		}
		for i, t := range it.Themes {
			c.Themes[i] = j.Invalid.empty("/item/themes/"+strconv.Itoa(i), string(t), t.IsValid())
		}
		j.Item = c
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what
// [Refusal.MarshalJSON] writes, putting each value of "invalid" back in its
// place, so that encoding the result again gives the same JSON. Apart from
// the empty values, the item's own fields must be valid, as for the item's
// type. An entry of "invalid" is refused, with an error wrapping
// [ErrMalformedRefusal], when its pointer names no field that can be
// invalid (for a Contribution, "/item/themes/N" with N written as
// strconv.Itoa writes it, below the number of themes), when the item's
// field there is not empty, or when its value is valid or empty, since such
// a value belongs in the item; every such problem is reported. Keys absent
// from data leave their fields zero; null leaves r unchanged; on error r is
// unchanged.
func (r *Refusal[T]) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var j refusalIn
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	v := Refusal[T]{Reason: j.Reason}
	rs := restorer{inv: j.Invalid}
	switch it := any(&v.Item).(type) {
	case *Declaration:
		if err := decode(j.Item, it); err != nil {
			return err
		}
		rs.kind("/item/by/kind", &it.By.Kind)
	case *Support:
		if err := decode(j.Item, it); err != nil {
			return err
		}
		rs.kind("/item/by/kind", &it.By.Kind)
	case *Contribution:
		if err := decodeContribution(j.Item, it); err != nil {
			return err
		}
		rs.contribution(it)
	default:
		if err := decode(j.Item, it); err != nil {
			return err
		}
	}
	if err := rs.done(); err != nil {
		return err
	}
	*r = v
	return nil
}

// refusalIn is the JSON form of a Refusal, as read: its item is decoded
// by its type.
type refusalIn struct {
	Item    json.RawMessage `json:"item"`
	Reason  string          `json:"reason"`
	Invalid invalid         `json:"invalid"`
}

// decode unmarshals raw into v, leaving v as it is when raw is absent.
func decode(raw json.RawMessage, v any) error {
	if raw == nil {
		return nil
	}
	return json.Unmarshal(raw, v)
}

// contributionIn is the JSON form of a refused Contribution, as read: its
// kind and themes raw, since they can be "".
type contributionIn struct {
	Title  string            `json:"title"`
	Kind   json.RawMessage   `json:"kind"`
	By     scheme.Body       `json:"by"`
	On     calendar.Date     `json:"on"`
	Themes []json.RawMessage `json:"themes"`
}

// decodeContribution reads into c a contribution as [Refusal.MarshalJSON]
// writes it: like a Contribution, except that its kind and each of its
// themes may be "".
func decodeContribution(raw json.RawMessage, c *Contribution) error {
	var j contributionIn
	if err := decode(raw, &j); err != nil {
		return err
	}
	*c = Contribution{Title: j.Title, By: j.By, On: j.On}
	if !isEmptyString(j.Kind) {
		if err := json.Unmarshal(j.Kind, &c.Kind); err != nil {
			return err
		}
	}
	if j.Themes != nil {
		c.Themes = make([]scheme.Theme, len(j.Themes))
	}
	for i, t := range j.Themes {
		if isEmptyString(t) {
			continue
		}
		if err := json.Unmarshal(t, &c.Themes[i]); err != nil {
			return err
		}
	}
	return nil
}

// isEmptyString reports whether raw is absent or the JSON string "" (not
// null, which the value's own decoding refuses).
func isEmptyString(raw json.RawMessage) bool {
	if raw == nil {
		return true
	}
	var s *string
	return json.Unmarshal(raw, &s) == nil && s != nil && *s == ""
}

// restorer puts the values of an "invalid" object back in their places,
// and reports the entries that it could not.
type restorer struct {
	inv  invalid
	used map[string]bool
	errs []error
}

// kind puts back the invalid kind of a body at path, if any.
func (rs *restorer) kind(path string, k *scheme.Kind) {
	if v, ok := rs.take(path); ok && rs.check(path, v, string(*k), scheme.Kind(v).IsValid()) {
		*k = scheme.Kind(v)
	}
}

// contribution puts back the invalid values of c: its kind, its body's
// kind, its themes.
func (rs *restorer) contribution(c *Contribution) {
	if v, ok := rs.take("/item/kind"); ok && rs.check("/item/kind", v, string(c.Kind), ContributionKind(v).IsValid()) {
		c.Kind = ContributionKind(v)
	}
	rs.kind("/item/by/kind", &c.By.Kind)
	for _, path := range slices.Sorted(maps.Keys(rs.inv)) {
		n, ok := strings.CutPrefix(path, "/item/themes/")
		i, err := strconv.Atoi(n)
		if !ok || err != nil || strconv.Itoa(i) != n || i < 0 || i >= len(c.Themes) {
			continue // reported by done
		}
		v, _ := rs.take(path)
		if rs.check(path, v, string(c.Themes[i]), scheme.Theme(v).IsValid()) {
			c.Themes[i] = scheme.Theme(v)
		}
	}
}

// take returns the entry at path, and marks it used.
func (rs *restorer) take(path string) (string, bool) {
	v, ok := rs.inv[path]
	if ok {
		if rs.used == nil {
			rs.used = map[string]bool{}
		}
		rs.used[path] = true
	}
	return v, ok
}

// check reports whether the entry v at path may go where the item holds
// held, and records why not.
func (rs *restorer) check(path, v, held string, valid bool) bool {
	switch {
	case held != "":
		rs.fail(path, v, "the item holds "+quote.Input(held)+" there")
	case v == "":
		rs.fail(path, v, "an empty value, which the item holds itself")
	case valid:
		rs.fail(path, v, "a valid value, which the item holds itself")
	default:
		return true
	}
	return false
}

// fail records the problem with the entry v at path.
func (rs *restorer) fail(path, v, why string) {
	rs.errs = append(rs.errs, fmt.Errorf("relance: unmarshal refusal: invalid %s %s: %w: %s", quote.Input(path), quote.Input(v), ErrMalformedRefusal, why))
}

// done returns every problem found, and one for each entry that names no
// field which can be invalid, in the order of their pointers.
func (rs *restorer) done() error {
	for _, path := range slices.Sorted(maps.Keys(rs.inv)) {
		if !rs.used[path] {
			rs.fail(path, rs.inv[path], "names no field that can be invalid")
		}
	}
	return errors.Join(rs.errs...)
}
