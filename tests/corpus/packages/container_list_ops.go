package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print("[")
	for e := l.Front(); e != nil; e = e.Next() {
		if e != l.Front() {
			fmt.Print(" ")
		}
		fmt.Print(e.Value)
	}
	fmt.Println("] len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToFront(e4)
	dump(l)
	l.MoveToBack(e4)
	dump(l)
	l.MoveBefore(e4, e1)
	dump(l)
	l.MoveAfter(e4, l.Back())
	dump(l)
	fmt.Println(l.Remove(e1), l.Len())
	dump(l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(string); ok {
			l.Remove(e)
		}
		e = next
	}
	dump(l)
	var zero list.List
	zero.PushBack("lazy init")
	dump(&zero)
	fmt.Println(l.Front().Value, l.Back().Value, l.Front().Prev() == nil, l.Back().Next() == nil)
	l.Init()
	dump(l)
	fmt.Println(l.Front() == nil)
	lru := list.New()
	idx := map[string]*list.Element{}
	touch := func(k string) {
		if e, ok := idx[k]; ok {
			lru.MoveToFront(e)
			return
		}
		idx[k] = lru.PushFront(k)
		if lru.Len() > 3 {
			old := lru.Back()
			lru.Remove(old)
			delete(idx, old.Value.(string))
		}
	}
	for _, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		touch(k)
	}
	dump(lru)
}
