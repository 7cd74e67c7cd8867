package scheme

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time, user and system, that the process
// spends while f runs, the garbage collector's included: other processes
// of a busy machine do not count, as they would in wall time. Linux's
// getrusage of the process counts it to the nanosecond.
func cpuTime(f func()) time.Duration {
	var before, after syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &before) != nil {
		return wallTime(f)
	}
	f()
	if syscall.Getrusage(syscall.RUSAGE_SELF, &after) != nil {
		return wallTime(f)
	}
	used := func(r *syscall.Rusage) time.Duration {
		return time.Duration(r.Utime.Nano() + r.Stime.Nano())
	}
	return used(&after) - used(&before)
}
