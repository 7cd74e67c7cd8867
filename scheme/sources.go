package scheme

import (
	"strings"
	"time"

	"github.com/planrelance/numerique/calendar"
)

// Source is a text that the catalogue's facts come from: a page of a public
// site, a file of a public repository at a commit, a legal text. The
// catalogue (catalogue.go) tags each fact with the Tag of its source, as
// [src FR-SITE]; [Sources] lists them all, and [SourceOf] finds one.
//
// Source is a plain value of comparable fields: == compares Sources. The
// zero value is no source.
//
// In JSON a Source is {"tag", "title", "date", "url", "repository", "path",
// "commit"}, the date as "2021-09-21"; what the record does not give is left
// out: the date, the url of a repository's file, the repository, path and
// commit of a page.
type Source struct {
	Tag   string        `json:"tag"`           // "FR-SITE", as the catalogue cites it
	Title string        `json:"title"`         // what the source is, in French, to cite it
	Date  calendar.Date `json:"date,omitzero"` // when it was published or the version cited; zero when the record gives none
	URL   string        `json:"url,omitempty"` // where it is published; "" when it is a repository's file
	// Repository, Path and Commit locate a file of a public repository
	// ("github.com/betagouv/relance-transformation",
	// "src/views/FondsCollectivites.vue", "3196879f…"); "" when the source
	// is a page.
	Repository string `json:"repository,omitempty"`
	Path       string `json:"path,omitempty"`
	Commit     string `json:"commit,omitempty"`
}

// Cite returns the source as French texts cite it: « source : site
// france-relance.transformation.gouv.fr, 21 septembre 2021 ».
func (s Source) Cite() string {
	c := "source\u00a0: " + s.Title
	if !s.Date.IsZero() {
		c += ", " + s.Date.French()
	}
	return c
}

// sourceDate is calendar.MustDate, for the dates of the sources.
func sourceDate(year int, month time.Month, day int) calendar.Date {
	return calendar.MustDate(year, month, day)
}

// sources is the table of the sources, in the order of their first use in
// the catalogue, then the others of the record.
var sources = [...]Source{
	{
		Tag:        "seed",
		Title:      "page «\u00a0Plan de relance\u00a0» pour les collectivités, texte de référence du module",
		Repository: "github.com/planrelance/numerique", Path: "scheme/sources/plan-de-relance.txt",
	},
	{
		Tag:   "FR-SITE",
		Title: "site france-relance.transformation.gouv.fr, page «\u00a0Fonds pour la transformation numérique des collectivités territoriales\u00a0»",
		Date:  sourceDate(2021, time.September, 21), URL: "https://france-relance.transformation.gouv.fr/",
		Repository: "github.com/betagouv/relance-transformation", Path: "src/views/FondsCollectivites.vue",
		Commit: "3196879ff23719e8a524e92fcd20204e3052a5b9",
	},
	{
		Tag:   "AT-COOP",
		Title: "fiche Aides-territoires «\u00a0Développer la collaboration avec vos écosystèmes\u00a0», premier appel",
		URL:   "https://aides-territoires.beta.gouv.fr/aides/7fa8-developper-la-collaboration-avec-vos-ecosyste/",
	},
	{
		Tag:   "AT-COOP-v2",
		Title: "fiche Aides-territoires «\u00a0Développer la collaboration avec vos écosystèmes\u00a0», second appel",
		URL:   "https://aides-territoires.beta.gouv.fr/aides/7fa8-developper-la-collaboration-avec-vos-ecosyste/",
	},
	{
		Tag:        "ANCT-RELANCE",
		Title:      "page «\u00a0Relance\u00a0» du site de l’Incubateur des Territoires",
		Date:       sourceDate(2021, time.January, 21),
		Repository: "github.com/incubateur-territoires/incubateur.anct.gouv.fr", Path: "content/pages/relance.md",
		Commit: "4c2914d83b81433ec6394d0b5d0f665f5eab832b",
	},
	{
		Tag:        "ANCT-INDEX",
		Title:      "calendrier de la consultation sur le site de l’Incubateur des Territoires",
		Date:       sourceDate(2021, time.March, 19),
		Repository: "github.com/incubateur-territoires/incubateur.anct.gouv.fr", Path: "src/pages/relance/Index.vue",
		Commit: "998f654ad682501307689f4dffb94d68b97a7560",
	},
	{
		Tag:        "ANCT-INDEX-2021-01",
		Title:      "calendrier de la consultation sur le site de l’Incubateur des Territoires, première version",
		Date:       sourceDate(2021, time.January, 20),
		Repository: "github.com/incubateur-territoires/incubateur.anct.gouv.fr", Path: "src/pages/relance/Index.vue",
		Commit: "52bb086418c91fd325d4a5f716243ab09e64de35",
	},
	{
		Tag:        "ANCT-FAQ",
		Title:      "foire aux questions de la consultation sur le site de l’Incubateur des Territoires",
		Date:       sourceDate(2021, time.April, 13),
		Repository: "github.com/incubateur-territoires/incubateur.anct.gouv.fr", Path: "src/pages/relance/Faq.vue",
		Commit: "724c9b0e693d083653e1293feed329eb6641a08f",
	},
	{
		Tag:        "ANCT-NEWS",
		Title:      "annonce des services lauréats sur le site de l’Incubateur des Territoires",
		Date:       sourceDate(2021, time.October, 8),
		Repository: "github.com/incubateur-territoires/incubateur.anct.gouv.fr", Path: "content/actualites/annonce-laureats-relance.md",
		Commit: "52e2f14f3351948e1553725624295e325fe7e93b",
	},
	{
		Tag:   "TNT-PAGE",
		Title: "page «\u00a0France Relance\u00a0» du programme Transformation numérique des territoires, numerique.gouv.fr",
		Date:  sourceDate(2021, time.October, 26), URL: "https://www.numerique.gouv.fr/tnt/france-relance/",
		Repository: "github.com/numerique-gouv/numerique.gouv.fr", Path: "_tnt/france-relance.markdown",
	},
	{
		Tag:   "NUM-SVC",
		Title: "pages «\u00a0France Relance\u00a0» des services de la DINUM, numerique.gouv.fr",
		URL:   "https://www.numerique.gouv.fr/", Repository: "github.com/numerique-gouv/numerique.gouv.fr", Path: "_services/",
	},
	{
		Tag:   "NUM-JNT",
		Title: "«\u00a0Retour sur la journée Numérique et territoires\u00a0», numerique.gouv.fr",
		URL:   "https://www.numerique.gouv.fr/actualites/", Repository: "github.com/numerique-gouv/numerique.gouv.fr",
		Path: "_actualites/retour-sur-la-journee-numerique-et-territoires.md",
	},
	{
		Tag:   "BDT-1011",
		Title: "Banque des Territoires, «\u00a0Transformation numérique des collectivités\u00a0: 37,5 millions d’euros attribués sur 88\u00a0»",
		URL:   "https://www.banquedesterritoires.fr/",
	},
	{
		Tag:   "MAIRESDEFRANCE",
		Title: "Maires de France, article sur le fonds de transformation numérique des collectivités",
		URL:   "https://www.mairesdefrance.com/m/article/print.php?id=805",
	},
	{
		Tag:   "IDF-GUIDE",
		Title: "guide Île-de-France «\u00a0Fonds transformation numérique des collectivités territoriales\u00a0»",
	},
	{
		Tag:   "LMI-2021",
		Title: "Le Monde informatique, «\u00a0Plan France Relance\u00a0: la mue numérique des collectivités glane 40\u00a0M€\u00a0»",
		Date:  sourceDate(2021, time.October, 8), URL: "https://www.lemondeinformatique.fr/",
	},
	{
		Tag:   "PREF-63",
		Title: "préfecture du Puy-de-Dôme, «\u00a0Appel à projets France Relance\u00a0: Transformation numérique des collectivités territoriales\u00a0»",
		Date:  sourceDate(2021, time.May, 18), URL: "https://www.puy-de-dome.gouv.fr/",
	},
	{
		Tag:   "CGCT",
		Title: "Code général des collectivités territoriales, articles L1111-9 et L1111-10",
		URL:   "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006070633/",
	},
	{
		Tag:   "PREF-84",
		Title: "préfecture de Vaucluse, «\u00a0Participation minimale du maître d’ouvrage\u00a0»",
		URL:   "https://www.vaucluse.gouv.fr/",
	},
	{
		// Its article 5 (Légifrance LEGIARTI000037107748; article 4 is
		// LEGIARTI000037107746 and article 7 LEGIARTI000037107752) forbids a
		// commencement before the request is received; article 10 caps the
		// public aid, article 12 sets the payment.
		Tag:   "D2018-514",
		Title: "décret n° 2018-514 du 25 juin 2018 relatif aux subventions de l’État pour des projets d’investissement",
		Date:  sourceDate(2018, time.June, 25), URL: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000037106457/",
	},
}

// Sources returns every source that the catalogue's facts come from, in a
// new slice.
func Sources() []Source {
	return append([]Source(nil), sources[:]...)
}

// SourceOf returns the source whose Tag is tag, and true; or the zero
// Source and false.
func SourceOf(tag string) (Source, bool) {
	for _, s := range sources {
		if s.Tag == tag {
			return s, true
		}
	}
	return Source{}, false
}

// Cite returns the citation of the sources that tags names, separated by
// commas ("ANCT-INDEX, ANCT-FAQ"), each as [Source.Cite] writes it and
// joined by « ; »; a part that is no source's tag, such as the free text of
// a caller's [Revision.Source], is cited as it is.
func Cite(tags string) string {
	var cites []string
	for _, tag := range strings.Split(tags, ",") {
		if tag = strings.TrimSpace(tag); tag == "" {
			continue
		}
		if s, ok := SourceOf(tag); ok {
			cites = append(cites, s.Cite())
		} else {
			cites = append(cites, "source\u00a0: "+tag)
		}
	}
	return strings.Join(cites, "\u00a0; ")
}
