package relancetest

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/planrelance/numerique/internal/quote"
	"github.com/planrelance/numerique/internal/strictjson"
	"github.com/planrelance/numerique/relance"
	"github.com/planrelance/numerique/scheme"
)

// This file reads and compares the facts that a case expects a criterion
// to be judged on: "facts": {"ampleur": {"covered": 445059}}.

// factsType is the type of the facts of a criterion, whose JSON keys a case
// uses.
var factsType = reflect.TypeFor[scheme.Facts]()

// factExpectation is a fact that a case expects of a criterion: its value,
// of the type of its field of scheme.Facts.
type factExpectation struct {
	criterion string // the criterion's code
	key       string // the fact's JSON key: "covered"
	field     int    // the index of its field in scheme.Facts
	want      any
}

// factField returns the index of the field of scheme.Facts whose JSON key
// is key, and whether there is one.
func factField(key string) (int, bool) {
	for i := range factsType.NumField() {
		name, _, _ := strings.Cut(factsType.Field(i).Tag.Get("json"), ",")
		if name == key {
			return i, true
		}
	}
	return 0, false
}

// criterionFacts returns the JSON keys of the facts that the rule of the
// criterion whose code is code reads, and that its criterion holds, as
// scheme.Criterion.MarshalJSON lists them; none for a criterion judged on
// no figure (besoin-commun) or an unknown code.
func criterionFacts(code string) []string {
	c, _ := scheme.ParseCriterionCode(code)
	switch c {
	case scheme.CodeDemandeur:
		return []string{"kind"}
	case scheme.CodeAmpleur:
		return []string{"kind", "covered", "threshold", "overlap", "shortfall"}
	case scheme.CodeThematique:
		return []string{"themes", "excluded"}
	case scheme.CodeBonnesPratiques:
		return []string{"lacking"}
	case scheme.CodeResultats:
		return []string{"deadline", "months"}
	case scheme.CodeCommencement:
		return []string{"start", "requested"}
	}
	return nil
}

// factExpectations decodes the facts that an expectation at path states,
// by criterion, and checks each criterion against the rules of its scheme,
// and each fact against those its criterion holds.
func (p *parser) factExpectations(list strictjson.Pairs[json.RawMessage], path string, r rules) []factExpectation {
	var out []factExpectation
	for _, c := range list {
		cp := strictjson.Key(path+".facts", c.Key)
		if _, ok := r.outcomes[c.Key]; !ok {
			p.fail(cp, "", fmt.Errorf("%w: want %s", ErrUnknownCriterion, quote.Choices(r.criteria)))
			continue
		}
		has := criterionFacts(c.Key)
		if len(has) == 0 {
			p.fail(cp, "", fmt.Errorf("%w: the criterion %s is judged on no figure: state its outcome or its branch", ErrUnknownKey, c.Key))
			continue
		}
		var keys strictjson.Pairs[json.RawMessage]
		p.report(strictjson.Decode(c.Value, &keys, strictjson.Options{Path: cp}))
		if c.Value != nil && len(keys) == 0 && !p.isBroken(cp) {
			p.fail(cp, "", fmt.Errorf("%w: at least one fact, such as %q", ErrRequired, has[0]))
		}
		for _, k := range keys {
			kp := strictjson.Key(cp, k.Key)
			i, ok := factField(k.Key)
			if !ok || !slices.Contains(has, k.Key) {
				p.fail(kp, "", fmt.Errorf("%w: no fact of the criterion %s: want %s", ErrUnknownKey, c.Key, quote.Choices(has)))
				continue
			}
			v := reflect.New(factsType.Field(i).Type)
			p.report(strictjson.Decode(k.Value, v.Interface(), strictjson.Options{Path: kp}))
			out = append(out, factExpectation{criterion: c.Key, key: k.Key, field: i, want: v.Elem().Interface()})
		}
	}
	return out
}

// compare returns the fact of option o that f expects, and whether it is
// what f expects; the fact is nil when o's session does not judge the
// criterion. Lists compare by their elements, none and empty alike.
func (f factExpectation) compare(o relance.Option) (any, bool) {
	c, ok := criterionOf(o, f.criterion)
	if !ok {
		return nil, false
	}
	got := reflect.ValueOf(c.Facts()).Field(f.field)
	want := reflect.ValueOf(f.want)
	if got.Kind() == reflect.Slice {
		return got.Interface(), got.Len() == want.Len() && (got.Len() == 0 || reflect.DeepEqual(got.Interface(), f.want))
	}
	return got.Interface(), got.Equal(want)
}

// factLabel names a fact in French, by its JSON key, for the messages.
func factLabel(key string) string {
	switch key {
	case "kind":
		return "nature du porteur"
	case "covered":
		return "population couverte"
	case "threshold":
		return "seuil"
	case "overlap":
		return "habitants comptés plusieurs fois"
	case "shortfall":
		return "habitants manquants"
	case "themes":
		return "thèmes financés"
	case "excluded":
		return "thèmes exclus"
	case "lacking":
		return "bonnes pratiques manquantes"
	case "deadline":
		return "date limite des résultats"
	case "months":
		return "délai en mois"
	case "start":
		return "date de début"
	}
	return "date de réception de la demande"
}
