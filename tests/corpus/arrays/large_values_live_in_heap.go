package main

import "fmt"

// Values far larger than a goroutine's stack: Go moves them to the heap.

type Big struct {
	id   int
	name string
	buf  [32 << 20]byte
	tail []int
}

type Mid struct {
	id   int
	name string
	buf  [20000]byte
	tail []int
}

var table = [16 << 20]int{7, 5: 11, 16<<20 - 1: 13}

var bp *Big

var sink interface{}

func use(x interface{}) { sink = x }

func sum(a *[16 << 20]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func tryUse(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	fmt.Println(table[0], table[5], table[len(table)-1], sum(&table))

	var local [8 << 20]int
	local[3] = 4
	local[len(local)-1] = 9
	n := 0
	for i, v := range local {
		if v != 0 {
			n += i
		}
	}
	fmt.Println(n)

	lit := [4 << 20]int16{1, 2, 3}
	fmt.Println(lit[0]+lit[1]+lit[2], len(lit))

	b := &Big{id: 1, name: "big", tail: []int{1, 2}}
	b.buf[1<<20] = 200
	fmt.Println(b.id, b.name, b.buf[1<<20], b.tail)

	m := &Mid{id: 1, name: "mid", tail: []int{1, 2}}
	m.buf[1000] = 200
	use(*m)
	m.buf[1000] = 1
	c := sink.(Mid)
	fmt.Println(c.id, c.name, c.buf[1000], c.tail, m.buf[1000])

	// Ranging over a huge array value copies it; over only its indexes
	// it does not even evaluate it.
	count := 0
	for i := range [3]small{} {
		count += i
	}
	var ap *[5]int
	for i := range *ap {
		count += i
	}
	fmt.Println(count)

	g := goroutineBig()
	fmt.Println(<-g)

	tryUse("*bp", func() { use(*bp) })
	tryUse("bp.buf[1<<22]", func() { fmt.Println(bp.buf[1<<22]) })
	tryUse("&bp.buf[9]", func() { fmt.Println(&bp.buf[9] != nil) })
	tryUse("bp.tail", func() { fmt.Println(bp.tail) })
}

type small [4]int

func goroutineBig() chan int {
	ch := make(chan int)
	go func() {
		var a [1 << 20]int
		for i := range a {
			a[i] = i
		}
		s := 0
		for _, v := range a {
			s += v
		}
		ch <- s
	}()
	return ch
}
