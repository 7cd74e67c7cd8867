// Package cost computes, exactly to the cent, how much the State pays for a
// project: amounts, rates, cost categories, budgets, co-financing policies,
// the calculator and the fair splitting of an amount among partners.
package cost
