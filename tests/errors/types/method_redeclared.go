package main

type T struct{ f int }

func (T) M()  {}
func (*T) M() {}
func (T) f()  {}

func main() {}
