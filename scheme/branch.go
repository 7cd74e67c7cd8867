package scheme

// branch is the branch of a rule that decided a criterion.
type branch uint8

// The branches of the rules, by criterion, in the order of the table
// branches.
const (
	_ branch = iota // the zero branch: of no criterion

	demandeurAdmis
	demandeurNonAdmis
	demandeurAPreciser
	demandeurInvalide

	ampleurPorteur
	ampleurDepartement
	ampleurAtteinte
	ampleurInsuffisante
	ampleurAPreciser
	ampleurInvalide

	besoinPartage
	besoinPropre
	besoinAPreciser
	besoinInvalide

	themeFinance
	themeFinancePartExclue
	themeNonFinance
	themeExclu
	themesAPreciser
	themeInvalide

	pratiquesTenues
	pratiquesManquantes
	pratiquesAPreciser
	pratiqueInvalide

	dansLeDelai
	limiteHorsCalendrier
	horsDelai
	avantLeDebut
	datesAPreciser
	debutAPreciser
	resultatsAPreciser

	apresLaDemande
	leJourDeLaDemande
	avantLaDemande
	commencementAPreciser
	demandeAPreciser

	branchEnd
)

// invalidBranch is the code of every branch decided by an invalid fact.
const invalidBranch = "donnee-invalide"

// branches is the table of the branches: each one's criterion, code and
// outcome.
var branches = [branchEnd]Branch{
	demandeurAdmis:     {CodeDemandeur, "admis", Met},
	demandeurNonAdmis:  {CodeDemandeur, "non-admis", NotMet},
	demandeurAPreciser: {CodeDemandeur, "nature-a-preciser", Unknown},
	demandeurInvalide:  {CodeDemandeur, invalidBranch, NotMet},

	ampleurPorteur:      {CodeAmpleur, "porteur-departement-region", Met},
	ampleurDepartement:  {CodeAmpleur, "departement-entier", Met},
	ampleurAtteinte:     {CodeAmpleur, "population-atteinte", Met},
	ampleurInsuffisante: {CodeAmpleur, "population-insuffisante", NotMet},
	ampleurAPreciser:    {CodeAmpleur, "population-a-preciser", Unknown},
	ampleurInvalide:     {CodeAmpleur, invalidBranch, NotMet},

	besoinPartage:   {CodeBesoinCommun, "besoin-commun", Met},
	besoinPropre:    {CodeBesoinCommun, "besoin-propre", NotMet},
	besoinAPreciser: {CodeBesoinCommun, "besoin-a-preciser", Unknown},
	besoinInvalide:  {CodeBesoinCommun, invalidBranch, NotMet},

	themeFinance:           {CodeThematique, "theme-finance", Met},
	themeFinancePartExclue: {CodeThematique, "theme-finance-part-exclue", Met},
	themeNonFinance:        {CodeThematique, "theme-non-finance", NotMet},
	themeExclu:             {CodeThematique, "theme-exclu", NotMet},
	themesAPreciser:        {CodeThematique, "themes-a-preciser", Unknown},
	themeInvalide:          {CodeThematique, invalidBranch, NotMet},

	pratiquesTenues:     {CodeBonnesPratiques, "pratiques-tenues", Met},
	pratiquesManquantes: {CodeBonnesPratiques, "pratiques-manquantes", NotMet},
	pratiquesAPreciser:  {CodeBonnesPratiques, "pratiques-a-preciser", Unknown},
	pratiqueInvalide:    {CodeBonnesPratiques, invalidBranch, NotMet},

	dansLeDelai:          {CodeResultats, "dans-le-delai", Met},
	limiteHorsCalendrier: {CodeResultats, "limite-hors-calendrier", Met},
	horsDelai:            {CodeResultats, "hors-delai", NotMet},
	avantLeDebut:         {CodeResultats, "avant-le-debut", NotMet},
	datesAPreciser:       {CodeResultats, "dates-a-preciser", Unknown},
	debutAPreciser:       {CodeResultats, "debut-a-preciser", Unknown},
	resultatsAPreciser:   {CodeResultats, "resultats-a-preciser", Unknown},

	apresLaDemande:        {CodeCommencement, "apres-la-demande", Met},
	leJourDeLaDemande:     {CodeCommencement, "le-jour-de-la-demande", Met},
	avantLaDemande:        {CodeCommencement, "avant-la-demande", NotMet},
	commencementAPreciser: {CodeCommencement, "debut-a-preciser", Unknown},
	demandeAPreciser:      {CodeCommencement, "demande-a-preciser", Unknown},
}

// code returns the stable code of b; "" for the zero branch.
func (b branch) code() string { return branches[b].Code }

// Branch is a branch of a rule: the criterion it decides, its stable code,
// and the outcome it gives. Within a criterion, the codes are unique; the
// branch of every criterion that an invalid fact decides is
// "donnee-invalide".
//
// Branch is a plain value of comparable fields: == compares Branches and a
// Branch may be used as a map key.
//
// In JSON a Branch is {"criterion", "code", "outcome"}, its criterion's code
// and its outcome as text: {"criterion": "ampleur", "code":
// "population-atteinte", "outcome": "met"}.
type Branch struct {
	Criterion CriterionCode `json:"criterion"` // CodeAmpleur, …
	Code      string        `json:"code"`      // "population-atteinte", …
	Outcome   Outcome       `json:"outcome"`   // what the branch decides
}

// Branches returns every branch that the rules of s can produce, in the
// order in which Check judges the criteria, so that a test suite can tell
// which it reached. A branch that no project can reach under these rules is
// left out: "non-admis" when every kind is admitted, "theme-exclu" when the
// session funds named themes, "theme-non-finance" when it funds any theme,
// "theme-finance-part-exclue" when it excludes none. The branches of
// [CodeCommencement] are "apres-la-demande" and "le-jour-de-la-demande"
// (Met: the project starts after the day its request is received, or on
// that day), "avant-la-demande" (NotMet), "debut-a-preciser" (Unknown: no
// start) and "demande-a-preciser" (Unknown: a start, but no day of request),
// which only a check without a day gives ([Session.Check], [AppendCheck])
// for a project without [Project.Requested]: a check on a date, as
// [Scheme.Check] or an orientation, takes its day for the request's. The
// slice is new on every call.
func (s Session) Branches() []Branch {
	var out []Branch
	if s.s == nil {
		return append(out, branches[demandeurAPreciser], branches[demandeurNonAdmis], branches[demandeurInvalide])
	}
	r := &s.s.def.Rules
	for b := demandeurAdmis; b < branchEnd; b++ {
		if reachable(b, r) {
			out = append(out, branches[b])
		}
	}
	return out
}

// reachable reports whether a project can reach branch b under rules r.
func reachable(b branch, r *Rules) bool {
	switch branches[b].Criterion {
	case CodeAmpleur:
		return r.Threshold > 0
	case CodeBesoinCommun:
		return r.SharedNeed
	case CodeBonnesPratiques:
		return len(r.Practices) > 0
	case CodeResultats:
		return r.ResultsWithin > 0
	case CodeCommencement:
		return r.StartAfterRequest
	case CodeThematique:
		if len(r.Themes) == 0 && len(r.ExcludedThemes) == 0 {
			return false
		}
		switch b {
		case themeFinancePartExclue:
			return len(r.ExcludedThemes) > 0
		case themeExclu:
			return len(r.Themes) == 0
		case themeNonFinance:
			return len(r.Themes) > 0
		}
		return true
	}
	switch b { // CodeDemandeur
	case demandeurAdmis:
		return len(r.Applicants) > 0
	case demandeurNonAdmis:
		return len(r.Applicants) < kinds.Len()
	}
	return true
}
