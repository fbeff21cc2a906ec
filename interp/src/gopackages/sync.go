// Package sync's Map, Pool and Once helpers, as gojit provides them:
// written in Go over the native Mutex and Once (this file reaches them as
// sync.X, importing its own package).
package sync

import "sync"

// Map is a map safe for concurrent use; its zero value is empty.
type Map struct {
	mu sync.Mutex
	m  map[any]any
}

// Load gives the value stored for key, and whether there is one.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore gives the existing value for key (loaded), else stores and
// gives value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes key, giving its previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes key.
func (m *Map) Delete(key any) { m.LoadAndDelete(key) }

// Swap stores value for key, giving the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return
}

// CompareAndSwap stores new for key if its value is old.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes key if its value is old.
func (m *Map) CompareAndDelete(key, old any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	pairs := make([]any, 0, 2*len(m.m))
	for k, v := range m.m {
		pairs = append(pairs, k, v)
	}
	m.mu.Unlock()
	for i := 0; i < len(pairs); i += 2 {
		if !f(pairs[i], pairs[i+1]) {
			return
		}
	}
}

// Clear deletes every entry.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.m)
}

// Pool is a set of reusable values; Get makes one with New when empty.
type Pool struct {
	items []any
	// New, if not nil, makes a value when the pool is empty.
	New func() any
}

// Get takes a value from the pool, or makes one with New (nil without).
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x != nil {
		p.items = append(p.items, x)
	}
}

// OnceFunc gives a function that calls f only the first time; a panic in
// f panics again at every call.
func OnceFunc(f func()) func() {
	var once sync.Once
	var p any
	panicked := false
	return func() {
		once.Do(func() {
			defer func() {
				if r := recover(); r != nil {
					p, panicked = r, true
					panic(r)
				}
			}()
			f()
		})
		if panicked {
			panic(p)
		}
	}
}

// OnceValue gives a function that calls f only the first time and gives
// its result every time.
func OnceValue[T any](f func() T) func() T {
	var once sync.Once
	var result T
	return func() T {
		once.Do(func() { result = f() })
		return result
	}
}

// OnceValues is OnceValue for a function with two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once sync.Once
	var r1 T1
	var r2 T2
	return func() (T1, T2) {
		once.Do(func() { r1, r2 = f() })
		return r1, r2
	}
}
