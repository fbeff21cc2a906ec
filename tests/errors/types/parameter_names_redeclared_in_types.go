package main

// Parameter and result names of a function type or an interface method
// form one block, as a function's do: a name twice is redeclared.

type Handler func(req string, req int) (err error)

type Store interface {
	Get(key string) (key string)
	Put(k, v string, k int)
}

var callback func(a int) (b, a int)

func main() {}
