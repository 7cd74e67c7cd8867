// Package growth measures how the cost of a piece of code grows with its
// input, for the tests that hold hostile input to linear time: they run the
// code on two sizes, n and 8n say, and compare the two costs as a ratio,
// never as an absolute time, so that they hold on a slow or busy machine.
//
// [TimeRatio] times each size by the fastest of a few runs, with the
// garbage collector off, and measures again when noise made the ratio too
// large: noise makes a ratio larger now and then, never smaller, so that
// quadratic code (a ratio of 64 for 8 times the input) fails every time and
// linear code passes. [BytesPerRun] counts the bytes a call allocates, the
// way testing.AllocsPerRun counts its allocations. [Race] says whether the
// race detector is on, which slows every memory access unevenly: the tests
// then compare allocations alone.
//
// The package is for tests: it reads the clock, sets the garbage
// collector's target for the time of a measure and restores it, and must
// not run in parallel with another measure.
package growth
