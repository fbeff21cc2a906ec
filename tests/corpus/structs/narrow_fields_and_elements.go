// Structs and arrays with fields and elements narrower than a word, in
// variables, on the heap, in slices, maps and interfaces, behave as values.
package main

import (
	"fmt"
	"sort"
	"sync/atomic"
)

type pixel struct {
	r, g, b uint8
	alpha   bool
}

type sample struct {
	ch    int8
	gain  float32
	level int16
	z     complex64
	name  string
}

type counter struct {
	hits   atomic.Int32
	ready  bool
	misses atomic.Uint32
}

func brighten(p pixel) pixel {
	p.r += 10
	p.alpha = !p.alpha
	return p
}

func main() {
	px := pixel{250, 1, 2, true}
	q := brighten(px)
	fmt.Println(px, q, px == q, q == pixel{4, 1, 2, false})

	img := make([]pixel, 3)
	img[1] = pixel{g: 9}
	img[2].b = 200
	img[2].b += 100
	fmt.Println(img, len(img), cap(img))
	img = append(img, q, px)
	fmt.Printf("%v %d\n", img, cap(img))

	s := &sample{ch: -3, gain: 0.1, level: -300, z: 1 + 2i, name: "a"}
	s.gain *= 3
	s.level--
	s.z *= 2i
	fmt.Printf("%+v\n", *s)
	ss := []sample{*s, {name: "b"}}
	sort.Slice(ss, func(i, j int) bool { return ss[i].name > ss[j].name })
	fmt.Println(ss)

	grid := [2][3]int8{{1, -2, 3}, {-4, 5, -6}}
	grid[1][2] *= 20
	sum := 0
	for _, row := range grid {
		for _, v := range row {
			sum += int(v)
		}
	}
	fmt.Println(grid, sum)

	m := map[pixel]int{px: 1, q: 2}
	m[pixel{250, 1, 2, true}]++
	fmt.Println(m[px], m[q], len(m))
	var any interface{} = px
	fmt.Println(any == interface{}(pixel{250, 1, 2, true}), any)

	flags := make([]bool, 10)
	for i := 0; i < len(flags); i += 3 {
		flags[i] = true
	}
	fmt.Println(flags)

	var c counter
	c.hits.Add(60)
	c.ready = true
	c.misses.Add(10)
	c.misses.Add(^uint32(0))
	fmt.Println(c.hits.Load(), c.ready, c.misses.Load())

	runes := []rune("héllo, 世界")
	runes[0] = 'H'
	fmt.Println(string(runes), len(runes), runes[8])
	text := []byte("gopher")
	copy(text[1:], "OP")
	fmt.Println(string(text), string(append(text[:2], "lang"...)))
}
