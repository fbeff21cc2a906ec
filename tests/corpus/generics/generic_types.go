package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Point struct{ X, Y int }

// A receiver may rename the type parameters, or leave them blank.
type Box[T any] struct{ v T }

func (b Box[U]) Get() U     { return b.v }
func (b *Box[_]) Blank() int { return 7 }
func (Box[T]) Kind() string { return "box" }

// Embedding an instance names the field after the generic type.
type Named struct {
	Box[string]
	Name string
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Stringer interface{ String() string }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	v, ok = s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	ints := &Stack[int]{}
	for i := range 5 {
		ints.Push(i * i)
	}
	fmt.Println(ints.items, ints.Len())

	var l List[Point]
	l.Prepend(Point{1, 2})
	l.Prepend(Point{3, 4})
	l.Each(func(p Point) { fmt.Print(p, " ") })
	fmt.Println(l.size)

	p := Pair[string, int]{"x", 1}
	fmt.Println(p, Pair[int, bool]{Key: 2, Val: true})
	var st Stringer = p
	fmt.Println(st.String())
	fmt.Printf("%T %T %T\n", p, &s, Pair[Point, []byte]{})
	fmt.Printf("%v %+v\n", Pair[Point, float64]{Point{1, 1}, 0.5}, l.head.val)

	b := Box[int]{v: 5}
	fmt.Println(b.Get(), b.Kind())
	fmt.Println(b.Blank())

	n := Named{Box[string]{"inner"}, "outer"}
	fmt.Println(n.Get(), n.Box.v, n.Name)

	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()

	// Method values and expressions of instances.
	push := ints.Push
	push(100)
	get := Box[int].Get
	fmt.Println(ints.items[len(ints.items)-1], get(Box[int]{9}))

	// Instances are distinct types; equal instances are the same type.
	var a1, a2 any = Box[int]{1}, Box[int]{1}
	_, isStr := a1.(Box[string])
	fmt.Println(a1 == a2, isStr)

	m := map[Pair[int, int]]string{{1, 2}: "one-two"}
	fmt.Println(m[Pair[int, int]{1, 2}])
}
