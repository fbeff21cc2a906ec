// Pins os.Getenv/LookupEnv, len(os.Args) > 0, writing to os.Stderr, and os.Exit with a non-zero status skipping deferred calls.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println(len(os.Args) >= 1)
	v, ok := os.LookupEnv("GOJIT_SURELY_UNSET_VAR_XYZ")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("GOJIT_SURELY_UNSET_VAR_XYZ"))
	fmt.Fprintln(os.Stderr, "fatal: something went wrong")
	os.Exit(3)
}
