package main

type I interface{ m() interface{ I } }

type J interface{ m() interface{ K } }
type K interface{ m() interface{ J } }

type _ interface{ I }

func main() {
	type L interface{ m() []interface{ L } }
}
