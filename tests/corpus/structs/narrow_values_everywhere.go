// Narrow fields and elements in globals, closures, channels, embedded
// structs, arrays inside structs at odd offsets, and large arrays.
package main

import "fmt"

type flags struct {
	on   bool
	mode uint8
	code [3]byte
	n    int16
}

type inner struct {
	a int8
	b [2]uint16
}

type outer struct {
	tag byte
	inner
	f32 float32
	ok  bool
}

func (o *outer) bump() { o.a++; o.b[1] += 1000 }

func (o outer) sum() int { return int(o.a) + int(o.b[0]) + int(o.b[1]) }

var global = flags{true, 3, [3]byte{'x', 'y', 'z'}, -7}
var table [300]int8
var bools [1 << 17]bool

func main() {
	global.code[1] = 'Y'
	global.n *= 1000
	p := &global.mode
	*p += 40
	fmt.Println(global, string(global.code[:]))

	for i := range table {
		table[i] = int8(i)
	}
	fmt.Println(table[127], table[128], table[299])
	for i := 0; i < len(bools); i += 4099 {
		bools[i] = true
	}
	count := 0
	for _, b := range bools {
		if b {
			count++
		}
	}
	fmt.Println(count)

	var o outer
	o.tag = 1
	o.a = -1
	o.b = [2]uint16{65535, 2}
	o.f32 = 0.1
	o.ok = true
	o.bump()
	fmt.Printf("%+v %d\n", o, o.sum())
	pb := &o.b[1]
	*pb = 7
	fmt.Println(o.inner, o.b)
	k := o.b
	k[0] = 1
	fmt.Println(k, o.b, k == o.b)

	x := int8(100)
	inc := func() int8 { x += 20; return x }
	fmt.Println(inc(), inc(), x)

	ch := make(chan flags, 2)
	ch <- global
	ch <- flags{mode: 1}
	close(ch)
	for f := range ch {
		fmt.Println(f.on, f.mode, f.code, f.n)
	}

	big := [20000]uint16{5: 5, 19999: 9}
	big2 := big
	big2[5] = 6
	fmt.Println(big[5], big2[5], big[19999], big == big2)

	m := map[string]outer{"o": o}
	v := m["o"]
	v.tag = 9
	fmt.Println(m["o"].tag, v.tag, v.inner.a)

	arr := [4]flags{}
	arr[2].code[2] = 'q'
	s := arr[1:3]
	s[1].on = true
	fmt.Println(arr[2], len(s))
	var iface any = arr[2]
	fmt.Println(iface == any(flags{on: true, code: [3]byte{0, 0, 'q'}}))
}
