package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	inits  int
)

func loadConfig() {
	inits++
	config = map[string]string{"mode": "fast"}
	fmt.Println("config loaded")
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	fmt.Println("inits:", inits, "mode:", config["mode"])
	once.Do(func() { fmt.Println("never printed") })

	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("first call only, i =", i) })
	}

	// a panicking Do still counts as done
	var o3 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o3.Do(func() { panic("boom in once") })
	}()
	o3.Do(func() { fmt.Println("not run again") })
	fmt.Println("end")
}
