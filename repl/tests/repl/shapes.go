// Loaded into the session by session.txt with :load.
package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

func (r Rect) String() string { return fmt.Sprintf("%dx%d", r.W, r.H) }

type Shape interface{ Area() int }

var unit = Rect{1, 1}

func main() { fmt.Println("shapes loaded") }
