package main

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/planrelance/numerique/internal/french"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exampleOutput is what the program writes for testdata/projets.csv on
// 1 March 2021, with French.Visible's marks for the special spaces.
const exampleOutput = `line,id,date,scheme,session,verdict,status,total,eligible,grant,promise,remainder,missing,criterion,reason
2,dossier-1,2021-03-01,incubateur-territoires,consultation-2021,eligible,open,290000.00,290000.00,145000.00,grant,145000.00,,,
2,dossier-1,2021-03-01,services-usagers,session-1,ineligible,open,290000.00,230000.00,,none,290000.00,,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Services aux usagers~»
2,dossier-1,2021-03-01,donnees,session-1,eligible,open,290000.00,210000.00,105000.00,grant,185000.00,,,
2,dossier-1,2021-03-01,cooperation,session-1,ineligible,open,290000.00,210000.00,,none,290000.00,,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Coopération~»
3,dossier-2,2021-10-15,incubateur-territoires,consultation-2021,ineligible,closed,160000.00,160000.00,,none,160000.00,SharedNeed,bonnes-pratiques,Bonne pratique exigée sans engagement du projet~: Code ouvert
3,dossier-2,2021-10-15,services-usagers,session-2,eligible,open,160000.00,120000.00,90000.00,grant,70000.00,,,
3,dossier-2,2021-10-15,donnees,session-2,ineligible,open,160000.00,120000.00,,none,160000.00,,thematique,Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Données~»
3,dossier-2,2021-10-15,cooperation,session-2,ineligible,open,160000.00,120000.00,,none,160000.00,,thematique,Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Coopération~»
4,dossier-3,2021-03-01,incubateur-territoires,consultation-2021,undetermined,open,55000.50,55000.50,27500.25,conditional,27500.25,SharedNeed;Practices,besoin-commun,Le projet ne dit pas si le besoin est commun à d’autres collectivités
4,dossier-3,2021-03-01,services-usagers,session-1,ineligible,open,55000.50,55000.50,,none,55000.50,Members[0].Population;Practices,thematique,Thèmes du projet~: Coopération~; ce dispositif ne finance que le thème «~Services aux usagers~»
4,dossier-3,2021-03-01,donnees,session-1,ineligible,open,55000.50,55000.50,,none,55000.50,Members[0].Population,thematique,Thèmes du projet~: Coopération~; ce dispositif ne finance que le thème «~Données~»
4,dossier-3,2021-03-01,cooperation,session-1,undetermined,open,55000.50,55000.50,27500.25,conditional,27500.25,Members[0].Population,ampleur,Population couverte connue~: 250^000 habitants~; seuil de la 1re session~: 500^000~; à préciser~: la population d’un membre
5,dossier-4,2021-03-01,incubateur-territoires,consultation-2021,ineligible,open,102000.50,102000.50,,none,102000.50,,bonnes-pratiques,Bonne pratique exigée sans engagement du projet~: Code ouvert
5,dossier-4,2021-03-01,services-usagers,session-1,ineligible,open,102000.50,102000.50,,none,102000.50,Departement,demandeur,"Porteur~: Collectivité à statut particulier, non admis à candidater à la 1re session~; peuvent candidater~: Commune, EPCI à fiscalité propre, Département, Région, Syndicat mixte ou groupement"
5,dossier-4,2021-03-01,donnees,session-1,ineligible,open,102000.50,102000.50,,none,102000.50,Departement,demandeur,"Porteur~: Collectivité à statut particulier, non admis à candidater à la 1re session~; peuvent candidater~: Commune, EPCI à fiscalité propre, Département, Région, Syndicat mixte ou groupement"
5,dossier-4,2021-03-01,cooperation,session-1,ineligible,open,102000.50,102000.50,,none,102000.50,Departement,demandeur,"Porteur~: Collectivité à statut particulier, non admis à candidater à la 1re session~; peuvent candidater~: Commune, EPCI à fiscalité propre, Département, Région, Syndicat mixte ou groupement"
6,dossier-5,2021-03-01,incubateur-territoires,consultation-2021,eligible,open,,,,none,,,,
6,dossier-5,2021-03-01,services-usagers,session-1,ineligible,open,,,,none,,Lead.Population;Departement,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Services aux usagers~»
6,dossier-5,2021-03-01,donnees,session-1,undetermined,open,,,,none,,Lead.Population;Departement,ampleur,"Population couverte connue~: 345^070 habitants~; seuil de la 1re session~: 500^000~; à préciser~: la population du porteur, si le projet couvre un département entier"
6,dossier-5,2021-03-01,cooperation,session-1,ineligible,open,,,,none,,Lead.Population;Departement,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Coopération~»
`

func TestRunExample(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"no flags: the example built in", nil, ""},
		{"the example file", []string{"-in", "testdata/projets.csv"}, ""},
		{"the example on standard input", []string{"-in", "-"}, example},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr), stderr.String())
			assert.Equal(t, exampleOutput, french.Visible(stdout.String()))
			assert.Equal(t, "lot~: 5 projets lus, 0 refusé, 20 lignes écrites\n", french.Visible(stderr.String()))
		})
	}
	file, err := os.ReadFile("testdata/projets.csv")
	require.NoError(t, err)
	assert.Equal(t, string(file), example, "the example built in is testdata/projets.csv")
}

func TestRunBadRows(t *testing.T) {
	const in = `id,kind,members,themes,start,results,prestations,date
ok-1,departement,,services,2021-04-01,2022-06-30,1000,
bad-values,mairie,epci,sport,2021-04-01,2022-06-30,"1,2,3",2021-02-30
short,commune
bad-quote,commune,,"services"x,,,,
invalid,commune,,,2022-01-01,2021-01-01,-5,
ok-2,epci,"Val=epci:1; Rives=epci:1",donnees,,,,2021-10-15
`
	const wantOut = `line,id,date,scheme,session,verdict,status,total,eligible,grant,promise,remainder,missing,criterion,reason
2,ok-1,2021-03-01,incubateur-territoires,consultation-2021,undetermined,open,1000.00,1000.00,500.00,conditional,500.00,SharedNeed;Practices,besoin-commun,Le projet ne dit pas si le besoin est commun à d’autres collectivités
2,ok-1,2021-03-01,services-usagers,session-1,undetermined,open,1000.00,1000.00,500.00,conditional,500.00,Practices,bonnes-pratiques,"Engagements du projet non renseignés~; la 1re session exige~: Accessibilité (RGAA), Langage simple, Optimisation mobile"
2,ok-1,2021-03-01,donnees,session-1,ineligible,open,1000.00,1000.00,,none,1000.00,,thematique,Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Données~»
2,ok-1,2021-03-01,cooperation,session-1,ineligible,open,1000.00,1000.00,,none,1000.00,,thematique,Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Coopération~»
7,ok-2,2021-10-15,incubateur-territoires,consultation-2021,undetermined,closed,,,,none,,SharedNeed;Practices;Start;Results,besoin-commun,Le projet ne dit pas si le besoin est commun à d’autres collectivités
7,ok-2,2021-10-15,services-usagers,session-2,ineligible,open,,,,none,,Lead.Population;Departement;Practices;Start;Results,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Services aux usagers~»
7,ok-2,2021-10-15,donnees,session-2,undetermined,open,,,,none,,Lead.Population;Departement;Start;Results,ampleur,"Population couverte connue~: 2 habitants~; seuil de la 2e session~: 300^000~; à préciser~: la population du porteur, si le projet couvre un département entier"
7,ok-2,2021-10-15,cooperation,session-2,ineligible,open,,,,none,,Lead.Population;Departement;Start;Results,thematique,Thèmes du projet~: Données~; ce dispositif ne finance que le thème «~Coopération~»
`
	const wantErr = `lot: line 3: date: calendar: parse date "2021-02-30": invalid date: day outside 1..28; ` +
		`kind: scheme: parse kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire; ` +
		`members: member "epci": want [name=]kind:population (epci:350000); ` +
		`themes: scheme: parse theme "sport": unknown value: want services, donnees, cooperation, outils-agents, formation or infrastructure; ` +
		`prestations: parse amount "1,2,3": invalid amount: want 12000.50 or 12 000,50 €
lot: line 4: 2 fields, want 8 as in the header
lot: line 5: extraneous or missing " in quoted-field
lot: line 6: relance: orient "": scheme: validate project: Results "2021-01-01": before Start "2022-01-01"; scheme: validate project: Budget[0] "Prestations externes": negative amount -5.00
lot~: 6 projets lus, 4 refusés, 8 lignes écrites
`
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-in", "-"}, strings.NewReader(in), &stdout, &stderr))
	assert.Equal(t, wantOut, french.Visible(stdout.String()))
	assert.Equal(t, wantErr, french.Visible(stderr.String()))
}

func TestRunColumns(t *testing.T) {
	tests := []struct {
		name string
		args []string
		in   string
		out  string
	}{
		{"few columns, in any order, a byte order mark, spaces around names", nil,
			"\ufeffprestations , kind\n\"1 000,50 €\",region\n",
			`line,id,date,scheme,session,verdict,status,total,eligible,grant,promise,remainder,missing,criterion,reason
2,,2021-03-01,incubateur-territoires,consultation-2021,undetermined,open,1000.50,1000.50,500.25,conditional,500.25,SharedNeed;Themes;Practices;Start;Results,besoin-commun,Le projet ne dit pas si le besoin est commun à d’autres collectivités
2,,2021-03-01,services-usagers,session-1,undetermined,open,1000.50,1000.50,500.25,conditional,500.25,Themes;Practices;Start;Results,thematique,Thèmes du projet non renseignés~; ce dispositif finance le thème «~Services aux usagers~»
2,,2021-03-01,donnees,session-1,undetermined,open,1000.50,1000.50,500.25,conditional,500.25,Themes;Start;Results,thematique,Thèmes du projet non renseignés~; ce dispositif finance le thème «~Données~»
2,,2021-03-01,cooperation,session-1,undetermined,open,1000.50,1000.50,500.25,conditional,500.25,Themes;Start;Results,thematique,Thèmes du projet non renseignés~; ce dispositif finance le thème «~Coopération~»
`},
		{"semicolons between fields, -date", []string{"-sep", ";", "-date", "2021-10-15"},
			"id;kind;members;themes;practices;start;results;prestations;personnel\n" +
				"d;epci;Val=epci:200 000, Rives=commune:100 000;services;accessibilite, langage-simple, mobile;2021-11-01;2022-12-31;80 000,00 €;12000\n",
			`line;id;date;scheme;session;verdict;status;total;eligible;grant;promise;remainder;missing;criterion;reason
2;d;2021-10-15;incubateur-territoires;consultation-2021;ineligible;closed;92000.00;92000.00;;none;92000.00;SharedNeed;bonnes-pratiques;Bonne pratique exigée sans engagement du projet~: Code ouvert
2;d;2021-10-15;services-usagers;session-2;eligible;open;92000.00;80000.00;60000.00;grant;32000.00;;;
2;d;2021-10-15;donnees;session-2;ineligible;open;92000.00;80000.00;;none;92000.00;;thematique;"Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Données~»"
2;d;2021-10-15;cooperation;session-2;ineligible;open;92000.00;80000.00;;none;92000.00;;thematique;"Thèmes du projet~: Services aux usagers~; ce dispositif ne finance que le thème «~Coopération~»"
`},
		{"a header and no project", nil, "id,kind\n", "line,id,date,scheme,session,verdict,status,total,eligible,grant,promise,remainder,missing,criterion,reason\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"-in", "-"}, tt.args...)
			require.Equal(t, 0, run(args, strings.NewReader(tt.in), &stdout, &stderr), stderr.String())
			assert.Equal(t, tt.out, french.Visible(stdout.String()))
		})
	}
}

func TestRunProgress(t *testing.T) {
	in := "kind\ncommune\ncommune\nmairie\ncommune\ncommune\n"
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 1, run([]string{"-in", "-", "-progress", "2"}, strings.NewReader(in), &stdout, &stderr))
	assert.Equal(t, `lot~: 2 projets lus…
lot: line 4: kind: scheme: parse kind "mairie": unknown value: want commune, epci, departement, region, statut-particulier, syndicat or partenaire
lot~: 4 projets lus…
lot~: 5 projets lus, 1 refusé, 16 lignes écrites
`, french.Visible(stderr.String()))
	assert.Equal(t, 17, strings.Count(stdout.String(), "\n"))
}

func TestRunFailures(t *testing.T) {
	const usage = "usage: lot [-in FILE] [-date YYYY-MM-DD] [-sep ,] [-progress N] > orientations.csv\n"
	const columns = "want id, title, date, kind, population, members, departement, shared-need, themes, practices, start, results, " +
		"personnel, materiel, prestations, conseil, logiciels, hebergement, formation, autre"
	tests := []struct {
		name   string
		args   []string
		in     string
		status int
		err    string
	}{
		{"unknown flag", []string{"-input", "x"}, "", 2, "flag provided but not defined: -input\n" + usage},
		{"extra argument", []string{"projets.csv"}, "", 2, "lot: unexpected argument \"projets.csv\"\n" + usage},
		{"bad date", []string{"-date", "2021-13-01"}, "", 2, "invalid value \"2021-13-01\" for flag -date: calendar: parse date \"2021-13-01\""},
		{"empty date", []string{"-date", ""}, "", 2, "lot: -date: no date\n"},
		{"two characters", []string{"-sep", ";;"}, "", 2, "lot: -sep: \";;\": want one character, such as , or ;\n"},
		{"no character", []string{"-sep", ""}, "", 2, "lot: -sep: \"\": want one character, such as , or ;\n"},
		{"a quote", []string{"-sep", `"`}, "", 2, "lot: -sep: \"\\\"\": want one character, such as , or ;\n"},
		{"negative progress", []string{"-progress", "-1"}, "", 2, "lot: -progress: -1: want 0 or more\n"},
		{"no such file", []string{"-in", "testdata/absent.csv"}, "", 2, "lot: -in: open testdata/absent.csv: no such file or directory\n"},
		{"empty input", []string{"-in", "-"}, "", 2, "lot: no header: want a first row that names the columns\n"},
		{"unknown and repeated columns", []string{"-in", "-"}, "kind,membres,kind\n", 2,
			"lot: header: column 2 \"membres\": unknown column: " + columns + "; header: column 3 \"kind\": already column 1\n"},
		{"a header without a closing quote", []string{"-in", "-"}, "\"kind\n", 2, "lot: parse error on line 1, column 7: extraneous or missing \" in quoted-field\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			assert.Equal(t, tt.status, run(tt.args, strings.NewReader(tt.in), &stdout, &stderr))
			assert.Contains(t, stderr.String(), tt.err)
			assert.Empty(t, stdout.String())
		})
	}
}

func TestRunHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, nil, &stdout, &stderr))
	for _, flag := range []string{"-date YYYY-MM-DD\n", "-in file\n", "-progress N\n", "-sep separator\n"} {
		assert.Contains(t, stderr.String(), flag)
	}
	assert.Empty(t, stdout.String())
}

// failing is a reader or a writer that fails after n bytes.
type failing struct{ n int }

var errBroken = errors.New("broken pipe")

func (f *failing) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errBroken
	}
	n := copy(p[:min(len(p), f.n)], example)
	f.n -= n
	return n, nil
}

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n := max(f.n, 0)
		f.n = 0
		return n, errBroken
	}
	f.n -= len(p)
	return len(p), nil
}

func TestRunIOErrors(t *testing.T) {
	t.Run("the input fails", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, 1, run([]string{"-in", "-"}, &failing{n: len(example) - 10}, &stdout, &stderr))
		assert.Contains(t, stderr.String(), "lot: read: broken pipe\n")
	})
	// The csv.Writer writes by 4 096 bytes, and the output of the example
	// is 4 438 bytes long: the first fails while rows are written, the
	// second when the last ones are flushed.
	for _, n := range []int{0, 4200} {
		var stderr bytes.Buffer
		assert.Equal(t, 1, run(nil, nil, &failing{n: n}, &stderr), n)
		assert.Contains(t, stderr.String(), "lot: write", n)
	}
}
