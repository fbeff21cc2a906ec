package main

type I interface{ M(int) }

type T struct{}

func (*T) m(int) {}

type F struct{ M int }

type P struct{}

func (*P) M(int) {}

func main() {
	var i I
	i = new(T)
	i = F{}
	i = new(I)
	var p *P = i
	_ = P(i)
	_ = I(F{})
	var pi *I = new(P)
	_ = i.(*T)
	_, _ = p, pi
}
