// Package log without timestamps: the standard logger redirected, its
// prefix before the header or before the message, file and line flags, a
// Logger of its own writing to a buffer, Output's call depth, and Panic
// recovered.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func helper(l *log.Logger, msg string) {
	l.Output(2, msg) // reports the caller of helper
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("hello", 3, []string{"a"})
	log.Printf("x=%d y=%q", 5, "z")
	log.Print("no newline", 1, 2)
	log.Print("one newline\n")
	log.Print("")
	log.SetPrefix("pre: ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix before the message")
	log.SetFlags(log.Lshortfile)
	log.Println("short file")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("both")
	fmt.Printf("flags %d prefix %q\n", log.Flags(), log.Prefix())

	var buf bytes.Buffer
	l := log.New(&buf, "[mine] ", log.Lshortfile)
	l.Printf("in the buffer %v", map[string]int{"k": 1})
	helper(l, "from helper")
	l.SetPrefix("")
	l.SetFlags(0)
	l.Println("plain")
	fmt.Print(buf.String())
	fmt.Println(strings.Count(buf.String(), "\n"), l.Writer() == &buf)
	fmt.Println(log.Default().Prefix(), log.Writer() == os.Stdout)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		log.Panicln("bad", 8)
	}()
	log.Output(1, "Output at depth 1")
}
