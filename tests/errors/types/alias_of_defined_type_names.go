package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Temp = Celsius

func (t Temp) Warm() bool { return t > 20 }

type Node struct{ Val int }
type Link = Node
type Ref = *Node

type Builder = strings.Builder
type Stringer = fmt.Stringer

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Entry = Pair[string, int]

func main() {
	var t Temp
	var n Link
	var r Ref
	var b Builder
	var e Entry
	var i int = t
	var j int = n
	var k int = r
	var l int = b
	var m int = e
	var s Stringer = n
	var w string = t.Warm
	fmt.Println(i, j, k, l, m, s, w)
}
