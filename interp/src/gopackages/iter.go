// Package iter, as gojit provides it: the iterator types.
package iter

// Seq yields a sequence of single values.
type Seq[V any] func(yield func(V) bool)

// Seq2 yields a sequence of pairs.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull turns the push iterator seq into a pull one: each call of next
// runs seq until it yields a value (true) or returns (false, and from then
// on); stop ends it, its yield returning false. seq runs on a goroutine
// of its own, switched to and from by channels, so it runs only while
// next or stop waits; a panic in it is raised again by the next or stop
// that was waiting.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var v V
	p := newPuller(func(yield func() bool) {
		seq(func(x V) bool {
			v = x
			return yield()
		})
	})
	next = func() (V, bool) {
		if !p.next() {
			var zero V
			return zero, false
		}
		return v, true
	}
	return next, p.stop
}

// Pull2 is Pull for a sequence of pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var k K
	var v V
	p := newPuller(func(yield func() bool) {
		seq(func(x K, y V) bool {
			k, v = x, y
			return yield()
		})
	})
	next = func() (K, V, bool) {
		if !p.next() {
			var zk K
			var zv V
			return zk, zv, false
		}
		return k, v, true
	}
	return next, p.stop
}

// puller runs a push iterator on a goroutine for Pull and Pull2: run
// calls yield after storing each value, and yield says whether to go on.
type puller struct {
	run      func(yield func() bool)
	resume   chan bool
	back     chan bool
	started  bool
	done     bool
	panicked bool
	panicVal any
}

func newPuller(run func(yield func() bool)) *puller {
	return &puller{run: run, resume: make(chan bool), back: make(chan bool)}
}

// goroutine is the iterator's goroutine: it waits to be resumed, runs
// the iterator, and hands each value (true) and its end (false) back.
func (p *puller) goroutine() {
	defer func() {
		if r := recover(); r != nil {
			p.panicked, p.panicVal = true, r
		}
		p.done = true
		p.back <- false
	}()
	if !<-p.resume {
		return
	}
	stopped := false
	p.run(func() bool {
		if stopped {
			return false
		}
		p.back <- true
		stopped = !<-p.resume
		return !stopped
	})
}

// switchTo resumes the iterator (go on or stop) and waits for its next
// value or its end, raising a panic of the iterator's again.
func (p *puller) switchTo(goOn bool) bool {
	if !p.started {
		p.started = true
		go p.goroutine()
	}
	p.resume <- goOn
	got := <-p.back
	if p.panicked {
		p.panicked = false
		panic(p.panicVal)
	}
	return got
}

func (p *puller) next() bool {
	if p.done {
		return false
	}
	return p.switchTo(true)
}

func (p *puller) stop() {
	if p.done {
		return
	}
	if !p.started {
		p.done = true
		return
	}
	p.switchTo(false)
}
