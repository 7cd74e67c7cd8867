package scheme

import (
	"testing"
)

// The sinks keep the compiler from optimising the benchmarks away.
var (
	sinkEligibility Eligibility
	sinkSchemes     []Scheme
	sinkString      string
)

// benchProjects are the inputs of the Check benchmarks, built outside the
// timed loops.
func benchProjects() map[string]Project {
	eligible := eligibleFor(Donnees)

	undetermined := eligibleFor(ServicesUsagers)
	undetermined.Lead.Population = 1000
	undetermined.Members = append(undetermined.Members, Body{Kind: Commune}, Body{Kind: EPCI})
	undetermined.Departement = Unanswered
	undetermined.Practices = nil
	undetermined.Start = undetermined.Start.AddDays(0)

	many := eligibleFor(Cooperation)
	many.Lead.Population = 1000
	many.Members = make([]Body, 10000)
	for i := range many.Members {
		if i%2 == 0 {
			many.Members[i] = Body{Kind: Commune, Population: 10}
		} else {
			many.Members[i] = Body{Kind: Commune}
		}
	}
	return map[string]Project{
		"eligible":                    eligible,
		"undetermined":                undetermined,
		"zero":                        {},
		"10000 members, 5000 unknown": many,
	}
}

// checkAllocBudget is the most allocations Scheme.Check may make, whatever
// the project and however many members it has: the criteria, one string
// holding all the reasons, the missing facts, and one string holding the
// paths of the members whose population is missing.
const checkAllocBudget = 4

func TestCheckAllocations(t *testing.T) {
	projects := benchProjects()
	for _, s := range All() {
		for name, p := range projects {
			for _, on := range []string{"first", "second"} {
				d := inFirst
				if on == "second" {
					d = inSecond
				}
				allocs := testing.AllocsPerRun(100, func() {
					sinkEligibility = s.Check(p, d)
				})
				if allocs > checkAllocBudget {
					t.Errorf("%s, %s, %s session: %.0f allocations, budget %d", s.ID, name, on, allocs, checkAllocBudget)
				}
			}
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	s := mustGet(b, ServicesUsagers)
	for name, p := range benchProjects() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkEligibility = s.Check(p, inFirst)
			}
		})
	}
}

func BenchmarkCheckAllSchemes(b *testing.B) {
	all := All()
	p := eligibleFor(Donnees)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range all {
			sinkEligibility = s.Check(p, inSecond)
		}
	}
}

func BenchmarkAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkSchemes = All()
	}
}

func BenchmarkExplain(b *testing.B) {
	e := mustGet(b, Incubateur).Check(Project{}, inFirst)
	b.ReportAllocs()
	for b.Loop() {
		sinkString = e.Explain()
	}
}
