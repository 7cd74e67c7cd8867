//go:build race

package strictjson_test

// race reports whether the tests run under the race detector, which slows
// every memory access: the growth tests then count allocations, not time.
const race = true
