package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// Makes a hundred 8 MB arrays, one at a time, and keeps each one's address
// as an integer: in a package-level array, in a local array, in structs on
// a list, and as map keys and values. A precise collector frees every array once it is
// dropped; one that took integers for pointers would keep them all (800 MB).

type record struct {
	next *record
	addr uintptr
	size int
}

var addrs [100]uintptr

// peakMB is the process's peak resident set (VmHWM) in megabytes.
func peakMB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			kb, _ := strconv.Atoi(f[1])
			return kb / 1024
		}
	}
	return -1
}

// addressOf is the address of the first element of b, as an integer.
func addressOf(b []int) uintptr {
	p, err := strconv.ParseUint(fmt.Sprintf("%p", b)[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return uintptr(p)
}

func main() {
	var list *record
	byAddr := map[uintptr]int{}
	sum := 0
	var local [len(addrs)]uintptr
	for i := 0; i < len(addrs); i++ {
		b := make([]int, 1<<20)
		for j := 0; j < len(b); j += 512 {
			b[j] = i + j
		}
		sum += b[len(b)-512]
		a := addressOf(b)
		addrs[i] = a
		local[i] = a + 16
		list = &record{list, a + 8, len(b)}
		byAddr[a] = i
		byAddr[uintptr(i)] = int(a)
		if i%8 == 7 {
			// Go's background collector may fall behind a loop that
			// does nothing but allocate.
			runtime.GC()
		}
	}
	n := 0
	for r := list; r != nil; r = r.next {
		n += r.size >> 20
	}
	fmt.Println(sum, n, len(byAddr) >= len(addrs), addrs[0] != 0, local[0] != 0)
	peak := peakMB()
	fmt.Println("peak under 200 MB:", peak > 0 && peak < 200)
}
