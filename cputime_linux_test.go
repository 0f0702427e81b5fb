//go:build linux

package attribution

import (
	"syscall"
	"time"
	"unsafe"
)

// clockProcessCPUTime is CLOCK_PROCESS_CPUTIME_ID of clock_gettime(2).
const clockProcessCPUTime = 2

// cpuTime returns the CPU time (user and system) the process has used, from
// clock_gettime(CLOCK_PROCESS_CPUTIME_ID): nanosecond resolution, where
// getrusage may count in scheduler ticks and make a short Parse look free.
func cpuTime() time.Duration {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		panic(e)
	}
	return time.Duration(ts.Nano())
}
