package main

type T struct{ next *T }
type P *T
type I interface{ m() }
type Ti int

func (p P) a()   {}
func (*I) b()    {}
func (x int) c() {}
func (error) d() {}

func main() {
	_ = (*I).m
	_ = &T{next: {}}
	_ = P{}
	_ = &Ti{}
	_ = 3[1:]
}
