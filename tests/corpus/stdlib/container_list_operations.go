// Pins container/list (PushFront/Back, Insert*, Move*, Remove, PushBackList, iteration both ways).
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print("[")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("] rev[")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
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
	l.MoveBefore(e1, e4)
	dump(l)
	l.MoveAfter(e4, l.Front())
	dump(l)
	fmt.Println(l.Remove(e1), l.Remove(e1))
	dump(l)
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	fmt.Println(l.Front().Value, l.Back().Value, l.Front().Prev() == nil, l.Back().Next() == nil)
	var zero list.List
	zero.PushBack(99)
	dump(&zero)
	l.Init()
	dump(l)
	fmt.Println(l.Front() == nil)

}
