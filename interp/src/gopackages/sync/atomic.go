// Package atomic's generic Pointer, as gojit provides it: written in Go
// (the rest is native). Goroutines run one at a time and yield only at
// calls and loop back-edges, so each method's body runs without
// interruption, which makes it atomic.
package atomic

// A Pointer is an atomic pointer of type *T; the zero value is nil.
type Pointer[T any] struct {
	v *T
}

// Load atomically loads and returns the pointer.
func (x *Pointer[T]) Load() *T { return x.v }

// Store atomically stores val.
func (x *Pointer[T]) Store(val *T) { x.v = val }

// Swap atomically stores new and returns the previous pointer.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old, x.v = x.v, new
	return old
}

// CompareAndSwap stores new if the pointer is old, and says whether it
// did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
