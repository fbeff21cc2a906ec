package main

import (
	"fmt"
	"sort"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Set(fmt.Sprintf("k%d", i), i*i)
		}(i)
	}
	wg.Wait()

	var mu sync.Mutex
	var found []string
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			k := fmt.Sprintf("k%d", r)
			if v, ok := s.Get(k); ok {
				mu.Lock()
				found = append(found, fmt.Sprintf("%s=%d", k, v))
				mu.Unlock()
			}
		}(r)
	}
	wg.Wait()
	sort.Strings(found)
	fmt.Println(len(found), found)

	// multiple readers can hold the lock simultaneously
	var rw sync.RWMutex
	rw.RLock()
	got := make(chan bool)
	go func() {
		rw.RLock()
		got <- true
		rw.RUnlock()
	}()
	fmt.Println("second reader entered:", <-got)
	rw.RUnlock()
	rw.Lock()
	fmt.Println("writer entered")
	rw.Unlock()
}
