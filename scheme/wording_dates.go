package scheme

// This file holds the French wording of the criteria on dates — the
// results' delay and the commencement of the project — as wording.go does
// for the others.

func (c Criterion) resultatsReason(t *text) {
	m := c.session.def.Rules.ResultsWithin
	start, results := c.start, c.results
	switch c.branch {
	case datesAPreciser:
		t.s("Dates de début et des résultats non renseignées\u00a0; les résultats sont attendus sous " + months(m))
		return
	case debutAPreciser:
		t.s("Résultats attendus le ")
		t.date(results)
		t.s("\u00a0; date de début non renseignée, elle doit précéder les résultats de " + months(m) + " au plus")
		return
	case resultatsAPreciser:
		t.s("Début le ")
		t.date(start)
		t.s("\u00a0; date des résultats non renseignée, ")
		if beyondCalendar(start, m) {
			t.s("sous " + months(m) + ", une limite au-delà du ")
			t.date(lastDay)
			t.s(", fin du calendrier pris en charge")
		} else {
			t.s("au plus tard le ")
			t.date(start.AddMonths(m))
		}
		return
	}
	t.s("Résultats attendus le ")
	t.date(results)
	switch c.branch {
	case avantLeDebut:
		t.s(", avant le début du projet, le ")
		t.date(start)
		return
	case limiteHorsCalendrier:
		t.s(", dans la limite de " + months(m) + " après le début, le ")
		t.date(start)
		t.s(", qui tombe au-delà du ")
		t.date(lastDay)
		t.s(", fin du calendrier pris en charge")
		return
	case horsDelai:
		t.s(", après le ")
	default:
		t.s(", dans la limite du ")
	}
	t.date(start.AddMonths(m))
	t.s(" (" + months(m) + " après le début, le ")
	t.date(start)
	t.s(")")
}

// startAfterRequest is the text of décret n° 2018-514 du 25 juin 2018, art.
// 5, II, with its reference, as the reason of a start before the request
// quotes it.
const startAfterRequest = "«\u00a0Aucun commencement d’exécution du projet ne peut être opéré avant la date de " +
	"réception de la demande de subvention\u00a0» (décret n°\u00a02018-514 du 25 juin 2018, art. 5, II)"

func (c Criterion) commencementReason(t *text) {
	switch c.branch {
	case commencementAPreciser:
		if c.requested.IsZero() {
			t.s("Dates de début et de réception de la demande de subvention non renseignées\u00a0; le projet ne peut commencer avant la réception de la demande")
			return
		}
		t.s("Date de début non renseignée\u00a0; le projet ne peut commencer avant ")
		c.requestDay(t)
		return
	case demandeAPreciser:
		t.s("Début du projet le ")
		t.date(c.start)
		t.s("\u00a0; date de réception de la demande de subvention non renseignée, le projet ne peut commencer avant elle")
		return
	}
	t.s("Début du projet le ")
	t.date(c.start)
	switch c.branch {
	case apresLaDemande:
		t.s(", après ")
		c.requestDay(t)
	case leJourDeLaDemande:
		switch c.requestFrom {
		case requestDayOfCheck:
			t.s(dayOfCheck)
		case requestOpening:
			t.s(intakeOpening)
		default:
			t.s(", jour de la réception de la demande de subvention")
		}
	case avantLaDemande:
		t.s(", avant ")
		c.requestDay(t)
		t.s("\u00a0; " + startAfterRequest)
	}
}

// dayOfCheck follows the day of the check where the reasons of
// CodeCommencement take it for the day the request is received.
const dayOfCheck = ", jour de l’examen, retenu pour la réception de la demande de subvention"

// intakeOpening follows the opening day of the session's intake where the
// reasons of CodeCommencement take it for the day the request is received.
const intakeOpening = ", ouverture du dépôt des demandes, premier jour où la demande de subvention peut être reçue (choix de la bibliothèque)"

// requestDay writes the day the grant request is received, as the reasons
// of CodeCommencement name it after a preposition: « la réception de la
// demande de subvention le 15 mars 2021 », or, when it is the day of the
// check, « le 1er mars 2021, jour de l’examen, retenu pour la réception de
// la demande de subvention ».
func (c Criterion) requestDay(t *text) {
	switch c.requestFrom {
	case requestDayOfCheck:
		t.s("le ")
		t.date(c.requested)
		t.s(dayOfCheck)
		return
	case requestOpening:
		t.s("le ")
		t.date(c.requested)
		t.s(intakeOpening)
		return
	}
	t.s("la réception de la demande de subvention le ")
	t.date(c.requested)
}
