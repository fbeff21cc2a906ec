package main

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, loaded := m.LoadOrStore("c", 3)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("a", 9)
	fmt.Println(v, loaded)
	m.Delete("b")
	_, ok = m.Load("b")
	fmt.Println(ok)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	slices.Sort(keys)
	fmt.Println(keys)
	prev, loaded := m.Swap("a", 10)
	fmt.Println(prev, loaded, m.CompareAndSwap("a", 10, 11), m.CompareAndSwap("a", 10, 12))

	var wg sync.WaitGroup
	var counter sync.Map
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter.Store(i%3, true)
		}()
	}
	wg.Wait()
	n := 0
	counter.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("distinct", n)

	made := 0
	pool := sync.Pool{New: func() any { made++; return new([]byte) }}
	b := pool.Get().(*[]byte)
	pool.Put(b)
	b2 := pool.Get().(*[]byte)
	fmt.Println(made, b == b2)

	calls := 0
	init := sync.OnceFunc(func() { calls++ })
	init()
	init()
	fmt.Println("calls", calls)
	val := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(val(), val(), calls)
	pair := sync.OnceValues(func() (string, error) { return "ok", nil })
	s, err := pair()
	fmt.Println(s, err)

	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 3.25, 'f', 1, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "hi\n")
	buf = strconv.AppendQuoteRune(buf, 'é')
	buf = strconv.AppendQuoteToASCII(buf, "é")
	fmt.Println(string(buf))
}
