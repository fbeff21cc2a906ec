// append(f()) and complex(f()): a call returning several values spreads
// over the builtin's arguments.
package main

import "fmt"

func words() ([]string, string) { return []string{"a"}, "b" }

func bytes3() ([]byte, byte, byte) { return []byte("xy"), 'z', '!' }

func parts() (float64, float64) { return 1.5, -2 }

type Any []any

func mixed() (Any, int, string) { return Any{true}, 3, "s" }

func empty() ([]struct{}, struct{}) { return nil, struct{}{} }

func main() {
	s := append(words())
	fmt.Println(s, len(s))
	b := append(bytes3())
	fmt.Println(string(b))
	fmt.Println(complex(parts()))
	fmt.Println(append(mixed()))
	fmt.Println(len(append(empty())))
}
