//go:build !race

package growth

// Race reports whether the race detector is on: the growth tests then
// compare allocations, not time.
const Race = false
