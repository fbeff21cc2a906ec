// Package runtime's stack inspection, memory statistics and finalizers,
// as gojit provides them: written in Go over natives (this file reaches
// them as runtime.X, importing its own package).
package runtime

import "runtime"

// Callers fills pc with the return program counters of the calling
// frames, skipping skip of them (0: Callers itself), and gives how many.
func Callers(skip int, pc []uintptr) int {
	return runtime.callers(skip, pc)
}

// Frame is one frame of a stack trace.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over the frames of program counters from Callers.
type Frames struct {
	pcs []uintptr
}

// CallersFrames gives the frames of the program counters callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next gives the next frame, and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.pcs) == 0 {
		return Frame{}, false
	}
	pc := ci.pcs[0] - 1
	ci.pcs = ci.pcs[1:]
	name, file, line, entry := runtime.pcinfo(pc)
	frame = Frame{PC: pc, Function: name, File: file, Line: line, Entry: entry}
	if name != "" {
		frame.Func = &Func{name: name, entry: entry}
	}
	return frame, len(ci.pcs) > 0
}

// Func describes a function.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC gives the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func {
	name, _, _, entry := runtime.pcinfo(pc)
	if name == "" {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// Name gives the function's name ("" for nil).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry gives the function's entry program counter.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine gives the file and line of pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _ = runtime.pcinfo(pc)
	return file, line
}

// MemStats records statistics about the memory allocator. gojit fills the
// figures its heap and collector keep; the others stay zero.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the allocator's statistics now.
func ReadMemStats(m *MemStats) {
	alloc, total, sys, mallocs, frees, idle, released, next, last, pause, numGC, forced, enabled := runtime.memstats()
	*m = MemStats{
		Alloc:        alloc,
		TotalAlloc:   total,
		Sys:          sys,
		Mallocs:      mallocs,
		Frees:        frees,
		HeapAlloc:    alloc,
		HeapSys:      sys,
		HeapIdle:     idle,
		HeapInuse:    sys - idle,
		HeapReleased: released,
		HeapObjects:  mallocs - frees,
		NextGC:       next,
		LastGC:       last,
		PauseTotalNs: pause,
		NumGC:        numGC,
		NumForcedGC:  forced,
		EnableGC:     enabled,
	}
	if numGC > 0 {
		m.PauseNs[(numGC+255)%256] = pause / uint64(numGC)
		m.PauseEnd[(numGC+255)%256] = last
	}
}

// SetFinalizer sets the finalizer of the object obj points to: once the
// collector finds the object unreachable, the finalizer goroutine calls
// finalizer(obj). A nil finalizer clears it.
func SetFinalizer(obj any, finalizer any) {
	runtime.setfinalizer(obj, finalizer, runfinq)
}

// runfinq is the finalizer goroutine, which the first SetFinalizer
// starts: it makes the queued finalizer calls one at a time.
func runfinq() {
	for {
		runtime.runfinalizer()
	}
}
