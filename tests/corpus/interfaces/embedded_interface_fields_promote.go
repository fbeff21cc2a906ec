package main

import (
	"errors"
	"fmt"
)

type Logger interface {
	Log(msg string) string
	Level() int
}

type stdLogger struct{ prefix string }

func (l stdLogger) Log(msg string) string { return l.prefix + msg }
func (l stdLogger) Level() int            { return 1 }

// Service embeds an interface: its methods are promoted.
type Service struct {
	Logger
	name string
}

// Counting overrides one method and delegates the other.
type Counting struct {
	Logger
	n int
}

func (c *Counting) Log(msg string) string {
	c.n++
	return fmt.Sprintf("#%d %s", c.n, c.Logger.Log(msg))
}

type wrapped struct {
	error
	code int
}

func main() {
	s := Service{stdLogger{"[svc] "}, "api"}
	fmt.Println(s.Log("start"), s.Level())
	var l Logger = s
	fmt.Println(l.Log("via iface"), l.Level())
	c := &Counting{Logger: stdLogger{"> "}}
	var l2 Logger = c
	l2.Log("a")
	fmt.Println(l2.Log("b"), l2.Level(), c.n)
	w := wrapped{errors.New("disk full"), 28}
	var err error = w
	fmt.Println(err, w.Error(), w.code)
	f := s.Log
	fmt.Println(f("method value"))
	var empty Service
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Level()
}
