package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

var ErrOdd = errors.New("odd input")

func check(n int) error {
	if n%2 == 1 {
		return fmt.Errorf("check(%d): %w", n, ErrOdd)
	}
	return nil
}

func main() {
	var wg sync.WaitGroup
	errCh := make(chan error, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := check(i); err != nil {
				errCh <- err
			}
		}()
	}
	wg.Wait()
	close(errCh)
	var msgs []string
	allOdd := true
	for err := range errCh {
		msgs = append(msgs, err.Error())
		allOdd = allOdd && errors.Is(err, ErrOdd)
	}
	sort.Strings(msgs)
	fmt.Println(len(msgs), "errors, all wrap ErrOdd:", allOdd)
	fmt.Println(strings.Join(msgs, "\n"))
}
