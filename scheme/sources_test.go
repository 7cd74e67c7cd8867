package scheme

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/planrelance/numerique/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSourcesOfTheCatalogue checks that every source tag that the catalogue
// cites is in the table of sources, with a title and either a URL or a
// repository's file, and that the table holds no source twice.
func TestSourcesOfTheCatalogue(t *testing.T) {
	src, err := os.ReadFile("catalogue.go")
	require.NoError(t, err)
	cited := map[string]bool{"seed": true}
	for _, m := range regexp.MustCompile(`\[src ([^\]]+)\]`).FindAllStringSubmatch(string(src), -1) {
		tags, _, _ := strings.Cut(m[1], ":") // what follows a colon is a note
		for _, part := range strings.Split(tags, ",") {
			fields := strings.Fields(strings.TrimSpace(part))
			require.NotEmpty(t, fields, m[0])
			tag := fields[0] // what follows is the date of the version cited
			if tag == "X" {  // the file's own explanation of the notation
				continue
			}
			cited[tag] = true
		}
	}
	for _, d := range []Definition{incubateur(), servicesUsagers(), donnees(), cooperation()} {
		for _, s := range d.Sessions {
			for _, r := range s.Revisions {
				for _, tag := range strings.Split(r.Source, ", ") {
					cited[tag] = true
				}
			}
		}
	}
	require.Greater(t, len(cited), 8)
	for tag := range cited {
		s, ok := SourceOf(tag)
		if assert.True(t, ok, "the catalogue cites [src %s], which the table of sources lacks", tag) {
			assert.NotEmpty(t, s.Title, tag)
			assert.True(t, s.URL != "" || (s.Repository != "" && s.Path != ""), "%s: where to read it", tag)
		}
	}
	seen := map[string]bool{}
	for _, s := range Sources() {
		assert.False(t, seen[s.Tag], "%s twice", s.Tag)
		seen[s.Tag] = true
		assert.NotContains(t, s.Title, "'", "%s: the typographic apostrophe", s.Tag)
		if s.Repository == "github.com/planrelance/numerique" {
			_, err := os.Stat("../" + s.Path)
			assert.NoError(t, err, "%s ships in the module", s.Tag)
		}
	}
	all := Sources()
	all[0].Title = "changed"
	assert.NotEqual(t, "changed", Sources()[0].Title, "a new slice")
	_, ok := SourceOf("INCONNU")
	assert.False(t, ok)
}

func TestCite(t *testing.T) {
	assert.Equal(t, "source\u00a0: calendrier de la consultation sur le site de l’Incubateur des Territoires, 19 mars 2021", Cite("ANCT-INDEX"))
	assert.Equal(t, "source\u00a0: calendrier de la consultation sur le site de l’Incubateur des Territoires, 19 mars 2021\u00a0; "+
		"source\u00a0: foire aux questions de la consultation sur le site de l’Incubateur des Territoires, 13 avril 2021", Cite("ANCT-INDEX, ANCT-FAQ"))
	assert.Equal(t, "source\u00a0: communiqué du 2 mai 2021", Cite("communiqué du 2 mai 2021"), "free text is cited as it is")
	s, _ := SourceOf("AT-COOP")
	assert.Equal(t, "source\u00a0: "+s.Title, s.Cite(), "no date on record, none cited")
	assert.Empty(t, Cite(""))
}

// TestIncubateurRevision checks the calendar of the consultation as revised
// on 19 March 2021, and which one is in force on a date.
func TestIncubateurRevision(t *testing.T) {
	se := mustGet(t, Incubateur).Sessions()[0]
	revs := se.Revisions()
	require.Len(t, revs, 1)
	assert.Equal(t, day(2021, time.March, 19), revs[0].Published)
	want := []struct{ id, window string }{
		{"recueil", "2021-01-25/2021-03-15"},
		{"vote", "2021-04-01/2021-05-01"},
		{"referents", "2021-05-03/2021-06-30"},
		{"deploiement", "2021-07-05/.."},
	}
	for i, w := range want {
		assert.Equal(t, w.id, revs[0].Calendar.Phases[i].ID)
		assert.Equal(t, w.window, revs[0].Calendar.Phases[i].Window.String())
	}
	tests := []struct {
		on       calendar.Date
		revised  bool
		step     string // "" for none
		intakeOK calendar.Status
	}{
		{day(2021, time.March, 1), false, "recueil", calendar.Open},
		{day(2021, time.March, 18), false, "vote", calendar.Closed}, // as first published, the vote ran from 15 March
		{day(2021, time.March, 19), true, "", calendar.Closed},      // as revised, nothing until 1 April
		{day(2021, time.April, 20), true, "vote", calendar.Closed},  // the vote was open, whatever the first calendar said
		{day(2021, time.May, 2), true, "", calendar.Closed},
		{day(2021, time.June, 15), true, "referents", calendar.Closed},
		{day(2021, time.July, 4), true, "", calendar.Closed},
		{day(2030, time.January, 1), true, "deploiement", calendar.Closed},
	}
	for _, tt := range tests {
		_, revised := se.RevisionOn(tt.on)
		assert.Equal(t, tt.revised, revised, "%s", tt.on)
		step, _ := se.Current(tt.on)
		assert.Equal(t, tt.step, step.ID, "%s", tt.on)
		assert.Equal(t, tt.intakeOK, se.Status(tt.on), "%s", tt.on)
	}
	_, revised := mustGet(t, Donnees).Sessions()[0].RevisionOn(day(2021, time.April, 20))
	assert.False(t, revised)
}
