// Package runtime's stack inspection, as gojit provides it: written in Go
// over two natives (this file reaches them as runtime.X, importing its own
// package).
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
