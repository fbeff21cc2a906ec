package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// Allocates about 4 GB in total, a million maps and a million channels,
// while keeping a few megabytes alive, then reads its own peak resident memory: a collector
// must have freed the rest.

type node struct {
	next *node
	id   int
}

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

func main() {
	// 64 KiB blocks, every page written, eight alive at a time.
	var window [8][]int
	sum := 0
	for i := 0; i < 1<<16; i++ {
		b := make([]int, 8192)
		for j := 0; j < len(b); j += 512 {
			b[j] = i + j
		}
		sum += b[len(b)-512]
		window[i%8] = b
	}
	// Lists of small objects, each dropped when the next is built.
	var head *node
	count := 0
	for round := 0; round < 20; round++ {
		head = nil
		for i := 0; i < 50000; i++ {
			head = &node{head, i}
		}
		for n := head; n != nil; n = n.next {
			count++
		}
	}
	// Maps made and dropped.
	entries := 0
	for i := 0; i < 1000000; i++ {
		m := map[int]string{i: "a", i + 1: "b", i + 2: "c", i + 3: "d"}
		entries += len(m)
	}
	// Channels made and dropped.
	received := 0
	for i := 0; i < 1000000; i++ {
		c := make(chan int, 4)
		c <- i
		received += <-c - i + 1
	}
	runtime.GC()
	fmt.Println(sum, count, len(window[3]), head.id, entries, received)
	peak := peakMB()
	fmt.Println("peak under 200 MB:", peak > 0 && peak < 200)
}
