package relancetest

import (
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/planrelance/numerique/scheme"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCoverage(t *testing.T) {
	c := Coverage{Sessions: []SessionCoverage{
		{Scheme: "a", Session: "s1", Name: "A — 1re session", Branches: []BranchCoverage{
			{Branch: Branch{"demandeur", "admis"}, Cases: 3},
			{Branch: Branch{"demandeur", "nature-a-preciser"}},
		}},
		{Scheme: "b", Session: "s", Name: "B — Session", Branches: []BranchCoverage{
			{Branch: Branch{"arrondi", "montant-exact"}, Cases: 1},
			{Branch: Branch{"arrondi", "arrondi-centime-inferieur"}, Cases: 1, Unlisted: true},
		}},
	}}
	assert.Equal(t, 3, c.Reached())
	assert.Equal(t, 4, c.Total())
	assert.Equal(t, 75, c.Percent())
	assert.False(t, c.Below(75), "75 % exactly")
	assert.True(t, c.Below(76))
	assert.Equal(t, []Reached{{"a", "s1", Branch{"demandeur", "nature-a-preciser"}}}, c.Missed())
	assert.Equal(t, 1, c.Sessions[0].Reached())
	assert.Equal(t, 2, c.Sessions[0].Total())
	assert.Equal(t, `A — 1re session (a/s1)~: 1 sur 2
  règle       branche             cas
  demandeur   admis               3
  demandeur   nature-a-preciser   non atteinte

B — Session (b/s)~: 2 sur 2
  règle     branche                     cas
  arrondi   montant-exact               1
  arrondi   arrondi-centime-inferieur   1 (absente de Session.Branches)

Couverture des règles~: 3 branches atteintes sur 4 (75~%)`, french.Visible(c.Table()))

	var none Coverage
	assert.Equal(t, 100, none.Percent(), "no branch: nothing left to cover")
	assert.False(t, none.Below(100))
	assert.Equal(t, "Couverture des règles~: 0 branche atteinte sur 0 (100~%)", french.Visible(none.Table()))
}

func TestCoverageUnlisted(t *testing.T) {
	donnees, err := scheme.Get(scheme.Donnees)
	require.NoError(t, err)
	cv := newCoverage(true)
	odd := Reached{scheme.Donnees, "session-1", Branch{"ampleur", "hors-liste"}}
	cv.add(Case{Schemes: []scheme.Scheme{donnees}}, Result{Reached: []Reached{odd, odd}})
	c := cv.result()
	require.Len(t, c.Sessions, 2)
	last := c.Sessions[0].Branches[len(c.Sessions[0].Branches)-1]
	assert.Equal(t, BranchCoverage{Branch: odd.Branch, Cases: 1, Unlisted: true}, last,
		"a branch that the session does not list is added, and a case counts once")
	assert.Equal(t, "Meilleur usage des données — 1re session", c.Sessions[0].Name)
}
