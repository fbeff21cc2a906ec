// Package iter, as gojit provides it: the iterator types.
package iter

// Seq yields a sequence of single values.
type Seq[V any] func(yield func(V) bool)

// Seq2 yields a sequence of pairs.
type Seq2[K, V any] func(yield func(K, V) bool)
