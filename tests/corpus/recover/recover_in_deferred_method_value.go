// A method value deferred directly runs through a wrapper (Go's -fm
// function) that recover looks through: the method recovers the panic.
package main

import "fmt"

type Guard struct{ name string }

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught:", r)
	}
}

func run() {
	g := &Guard{name: "guard"}
	catch := g.Catch
	defer catch()
	panic("boom")
}

func main() {
	run()
	fmt.Println("after run")
}
