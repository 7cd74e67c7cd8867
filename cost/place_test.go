package cost

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// regionAndMecenat are the other funders of a project of 120 000 €.
func regionAndMecenat() Plan {
	return Plan{Expense: Euros(120000), Resources: []Resource{{"Région", true, Euros(30000)}, {"Mécénat", false, Euros(10000)}}}
}

// readmeOthers are the funders of the README's operation other than the
// State: 290 000 € in all, 210 000 € subsidisable.
func readmeOthers() Plan {
	p := readmePlan()
	p.Resources = p.Resources[1:]
	return p
}

func TestPlace(t *testing.T) {
	tests := []struct {
		name          string
		plan          Plan
		grant         Amount
		limits        Limits
		kept          Amount
		limit         string
		holds         bool
		placedOwn     Amount
		placedHeadway Amount
	}{
		{"placed whole", regionAndMecenat(), Euros(50000), cgct, Euros(50000), "", true, Euros(30000), Euros(8000)},
		{"reduced by the owner's least share", regionAndMecenat(), Euros(60000), cgct, Euros(58000), CodeOwnShare, true, Euros(22000), Amount{}},
		{"exactly the most the rule allows", regionAndMecenat(), Euros(58000), cgct, Euros(58000), "", true, Euros(22000), Amount{}},
		{"one cent above it", regionAndMecenat(), MustParseAmount("58000.01"), cgct, Euros(58000), CodeOwnShare, true, Euros(22000), Amount{}},
		{"reduced by the ceiling of public aid", regionAndMecenat(), Euros(60000), Limits{OwnShare: Percent(10), PublicCap: Percent(70)}, Euros(54000), CodePublicCap, true, Euros(26000), Amount{}},
		{"reduced to what the others leave, under no limit", regionAndMecenat(), Euros(100000), Limits{}, Euros(80000), CodeRemaining, true, Amount{}, Amount{}},
		{"zero, the others breaking the rule already",
			Plan{Expense: Euros(100000), Resources: []Resource{{"Région", true, Euros(90000)}}}, Euros(10000), cgct, Amount{}, CodeOwnShare, false, Euros(10000), Amount{}},
		{"zero, the others breaking the ceiling already",
			Plan{Expense: Euros(100000), Resources: []Resource{{"Région", true, Euros(90000)}}}, Euros(10000), Limits{OwnShare: Percent(20), PublicCap: Percent(80)}, Amount{}, CodePublicCap, false, Euros(10000), Amount{}},
		{"a grant of nothing", regionAndMecenat(), Amount{}, cgct, Amount{}, "", true, Euros(80000), Euros(58000)},
		{"the README's grant, placed whole in the plan of the whole operation", readmeOthers(), Euros(105000), cgct, Euros(105000), "", true, Euros(105000), Euros(35000)},
		{"the same grant on the eligible base alone, reduced", Plan{Expense: readmeOthers().Expense, Resources: readmeOthers().Resources}, Euros(105000), cgct,
			Euros(90000), CodeOwnShare, true, Euros(40000), Amount{}},
		{"reduced by the ceiling on the subsidisable expense", readmeOthers(), Euros(150000), cgct, Euros(140000), CodePublicCap, true, Euros(70000), Amount{}},
		{"reduced by the owner's share of the whole operation's public funding", readmeOthers(), Euros(150000), chefDeFile, Euros(126000), CodeOwnShare, true, Euros(84000), Amount{}},
		{"under no limit, to what the others leave of the whole cost", readmeOthers(), Euros(300000), Limits{}, Euros(210000), CodeRemaining, true, Amount{}, Amount{}},
		{"into the zero plan", Plan{}, Euros(1), cgct, Amount{}, CodeRemaining, true, Amount{}, Amount{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pl, err := tt.plan.Place("État — France Relance", tt.grant, tt.limits)
			require.NoError(t, err)
			msg := pl.Explain()
			assert.Equal(t, "État — France Relance", pl.Funder)
			assert.Equal(t, tt.grant, pl.Asked, msg)
			assert.Equal(t, tt.kept, pl.Grant, msg)
			assert.Equal(t, tt.kept != tt.grant, pl.Reduced, msg)
			assert.Equal(t, tt.limit, pl.Limit, msg)
			require.Len(t, pl.Plan.Resources, len(tt.plan.Resources)+1)
			assert.Equal(t, Resource{"État — France Relance", true, tt.kept}, pl.Plan.Resources[len(tt.plan.Resources)])
			assert.Equal(t, tt.plan.Expense, pl.Plan.Expense)
			assert.Equal(t, tt.plan.Cost, pl.Plan.Cost, "the placed plan keeps the cost of the operation")
			again, err := pl.Plan.Check(tt.limits)
			require.NoError(t, err)
			assert.Equal(t, again, pl.Check, "Check is the check of Plan")
			assert.Equal(t, tt.holds, pl.Check.Holds(), msg)
			assert.Equal(t, tt.placedOwn, pl.Check.Own, msg)
			assert.Equal(t, tt.placedHeadway, pl.Check.Headroom, msg)
			if tt.holds && pl.Reduced {
				more := Plan{Cost: pl.Plan.Cost, Expense: pl.Plan.Expense, Resources: append([]Resource(nil), pl.Plan.Resources...)}
				more.Resources[len(more.Resources)-1].Amount = pl.Grant.Add(Cents(1))
				c, err := more.Check(tt.limits)
				assert.True(t, err != nil || !c.Holds(), "one cent more breaks the plan")
			}
		})
	}
}

func TestPlaceOwnsItsPlan(t *testing.T) {
	p := regionAndMecenat()
	p.Resources = append(make([]Resource, 0, 10), p.Resources...) // room after the last resource
	pl, err := p.Place("État", Euros(1000), cgct)
	require.NoError(t, err)
	pl.Plan.Resources[0].Amount = Euros(1)
	assert.Equal(t, regionAndMecenat().Resources, p.Resources, "Place neither modifies nor shares the caller's resources")
	assert.Len(t, p.Resources[:cap(p.Resources)][2:3], 1)
	assert.Equal(t, Resource{}, p.Resources[:3][2], "nor writes after them")
}

func TestPlaceErrors(t *testing.T) {
	_, err := Plan{Expense: Euros(10), Resources: []Resource{{"A", true, Cents(-1)}}}.Place("État", Cents(-5), cgct)
	require.ErrorIs(t, err, ErrNegativeAmount)
	assert.EqualError(t, err, `cost: place: grant: negative amount -0.05
cost: plan: resource 1 ("A"): negative amount -0.01`)
	_, err = Plan{Expense: Euros(10), Resources: []Resource{{"A", true, Euros(11)}}}.Place("État", Euros(1), cgct)
	require.ErrorIs(t, err, ErrOverfunded)
	_, err = Plan{Expense: Cents(math.MaxInt64)}.Place("État", Cents(-1), cgct)
	assert.EqualError(t, err, "cost: place: grant: negative amount -0.01")
}

func TestPlacementExplain(t *testing.T) {
	tests := []struct {
		name   string
		plan   Plan
		grant  Amount
		limits Limits
		first  string
	}{
		{"placed whole", regionAndMecenat(), Euros(50000), cgct,
			"Subvention «~État~»~: 50^000,00~€, placée en entier"},
		{"reduced by the owner's least share", regionAndMecenat(), Euros(60000), cgct,
			"Subvention «~État~»~: 60^000,00~€~; ramenée à 58^000,00~€, le plus que permet la participation minimale du maître d’ouvrage (20~% des financements publics de l’opération~; CGCT, art. L1111-10 III)"},
		{"reduced by the ceiling", regionAndMecenat(), Euros(60000), Limits{PublicCap: Percent(70)},
			"Subvention «~État~»~: 60^000,00~€~; ramenée à 54^000,00~€, le plus que permet le plafond des aides publiques (70~% de la dépense subventionnable~; décret n°~2018-514, art. 10)"},
		{"reduced to what the others leave", regionAndMecenat(), Euros(100000), Limits{},
			"Subvention «~État~»~: 100^000,00~€~; ramenée à 80^000,00~€, ce que les autres financeurs laissent à financer"},
		{"the others break the rule", Plan{Expense: Euros(100000), Resources: []Resource{{"Région", true, Euros(90000)}}}, Euros(10000), cgct,
			"Subvention «~État~»~: 10^000,00~€~; ramenée à 0,00~€, les autres financements ne respectant déjà pas les règles de cumul"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pl, err := tt.plan.Place("État", tt.grant, tt.limits)
			require.NoError(t, err)
			text := pl.Explain()
			first, rest, _ := strings.Cut(text, "\n")
			assert.Equal(t, visible(tt.first), first)
			c, err := pl.Plan.Check(tt.limits)
			require.NoError(t, err)
			assert.Contains(t, rest, c.Explain(), "the check of the plan follows")
		})
	}
	pl, err := regionAndMecenat().Place("État — France Relance", Euros(60000), cgct)
	require.NoError(t, err)
	assert.Equal(t, visible(`Subvention «~État — France Relance~»~: 60^000,00~€~; ramenée à 58^000,00~€, le plus que permet la participation minimale du maître d’ouvrage (20~% des financements publics de l’opération~; CGCT, art. L1111-10 III)
Financeurs~:
  - Région~: 30^000,00~€ (public)
  - Mécénat~: 10^000,00~€ (privé)
  - État — France Relance~: 58^000,00~€ (public)
  - Maître d’ouvrage~: 22^000,00~€
Coût total de l’opération~: 120^000,00~€
Dépense subventionnable~: 120^000,00~€
Aides publiques~: 88^000,00~€ soit 73,33~% de la dépense subventionnable (120^000,00~€)~; plafond~: 100~% de la dépense subventionnable, soit 120^000,00~€ (décret n°~2018-514, art. 10) — respecté
Financements privés~: 10^000,00~€ soit 8,33~% du coût total de l’opération
Participation du maître d’ouvrage~: 22^000,00~€ soit 20~% des financements publics de l’opération, les siens compris (110^000,00~€)~; minimum légal~: 20~%, soit 22^000,00~€ (CGCT, art. L1111-10 III) — respecté
Aides publiques supplémentaires possibles~: 0,00~€`), pl.Explain())
}

func TestPlacementJSON(t *testing.T) {
	pl, err := regionAndMecenat().Place("État", Euros(60000), cgct)
	require.NoError(t, err)
	data, err := json.Marshal(pl)
	require.NoError(t, err)
	var back Placement
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, pl, back)
}
