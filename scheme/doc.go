// Package scheme holds the France Relance digital schemes as data, with their
// sessions and rules, and judges a project's eligibility with reasons.
package scheme
