//go:build !linux

package scheme

import "time"

// cpuTime returns the time that f takes: wall time, where the processor
// time of the process is not at hand.
func cpuTime(f func()) time.Duration { return wallTime(f) }
