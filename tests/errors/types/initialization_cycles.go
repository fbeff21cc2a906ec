package main

// Initialization cycles as Go reports them: directly between variables,
// a variable referring to itself, and through functions and methods.

var a = b
var b = a

var c = c + 1

type registry struct{}

func (r *registry) check() bool { return r == global }

func (r *registry) setup() { r.check() }

func newRegistry() *registry {
	r := &registry{}
	r.setup()
	return r
}

var global = newRegistry()

func main() {}
