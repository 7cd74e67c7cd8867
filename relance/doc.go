// Package relance models the digital strand of France Relance as a whole: its
// metadata, the orientation of a project across every scheme on a date, and
// the Incubateur des Territoires consultation.
package relance
