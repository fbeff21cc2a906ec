package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("boom")
	var s string
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(err, &s)
}
