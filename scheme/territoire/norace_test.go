//go:build !race

package territoire

// raceDetector reports whether the tests run with the race detector, whose
// instrumentation makes times unfit to compare.
const raceDetector = false
