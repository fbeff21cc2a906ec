package main

import (
	"fmt"
	"strings"
)

type stage func(<-chan string) <-chan string

func mapStage(f func(string) string) stage {
	return func(in <-chan string) <-chan string {
		out := make(chan string, 1)
		go func() {
			defer close(out)
			for s := range in {
				out <- f(s)
			}
		}()
		return out
	}
}

func filterStage(keep func(string) bool) stage {
	return func(in <-chan string) <-chan string {
		out := make(chan string)
		go func() {
			defer close(out)
			for s := range in {
				if keep(s) {
					out <- s
				}
			}
		}()
		return out
	}
}

func main() {
	src := make(chan string)
	go func() {
		for _, w := range strings.Fields("go is fun and channels are neat") {
			src <- w
		}
		close(src)
	}()
	stages := []stage{
		filterStage(func(s string) bool { return len(s) > 2 }),
		mapStage(strings.ToUpper),
		mapStage(func(s string) string { return "<" + s + ">" }),
	}
	var c <-chan string = src
	for _, st := range stages {
		c = st(c)
	}
	var parts []string
	for s := range c {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, " "))
}
