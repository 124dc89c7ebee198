package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// memoryReport describes the process's memory use: its peak resident set
// (VmHWM, on Linux) and the Go heap.
func memoryReport() string {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap := fmt.Sprintf("Go heap %.1f MB in use, %.1f MB obtained from the OS", mb(ms.HeapInuse), mb(ms.Sys))
	if kb, ok := procStatus("VmHWM"); ok {
		return fmt.Sprintf("peak RSS %.1f MB (VmHWM); %s", mb(kb<<10), heap)
	}
	return heap
}

// procStatus returns a field of /proc/self/status in kB.
func procStatus(field string) (uint64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || name != field {
			continue
		}
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		return kb, err == nil
	}
	return 0, false
}

// mb returns a number of bytes in megabytes.
func mb(n uint64) float64 { return float64(n) / 1e6 }
