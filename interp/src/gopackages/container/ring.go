// Package container/ring, as gojit provides it: circular lists, written in
// Go and compiled with the program that imports it.
package ring

// A Ring is an element of a circular list; every element is the ring seen
// from there. The zero value is a ring of one element whose Value is nil,
// linked to itself on first use.
type Ring struct {
	next, prev *Ring
	// Value is the element's value.
	Value any
}

// self links a fresh Ring to itself.
func (r *Ring) self() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next gives the element after r.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.next
}

// Prev gives the element before r.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.prev
}

// Move gives the element n steps after r (before it when n < 0).
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.self()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New gives a ring of n elements (nil when n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		last.next = &Ring{prev: last}
		last = last.next
	}
	last.next = first
	first.prev = last
	return first
}

// Link joins ring s after r and gives r's old successor: when r and s are
// the same ring, the elements between them leave it and form the ring
// given.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		before := s.Prev()
		r.next = s
		s.prev = r
		after.prev = before
		before.next = after
	}
	return after
}

// Unlink takes the n elements after r (modulo the ring's length) out of
// the ring and gives them as a ring (nil when n <= 0).
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len counts the ring's elements (0 for nil), in time proportional to it.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

// Do calls f on each element's Value, forward from r; f must not change
// the ring.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
