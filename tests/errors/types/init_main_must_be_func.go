package main

import init "fmt"

var init = 1

type main int

const init = 2

func init(x int) {}

func init() int { return 0 }

func main() {}
