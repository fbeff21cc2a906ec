// Pins os.Getenv/LookupEnv/Setenv/Unsetenv/ExpandEnv/Expand, len(os.Args) > 0, writing to os.Stderr, and os.Exit with a non-zero status skipping deferred calls.
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
	fmt.Println(os.Setenv("GOJIT_TEST_VAR", "value 1"))
	v, ok = os.LookupEnv("GOJIT_TEST_VAR")
	fmt.Println(v, ok)
	fmt.Println(os.ExpandEnv("x=${GOJIT_TEST_VAR}|$GOJIT_TEST_VAR|$GOJIT_SURELY_UNSET_VAR_XYZ|"))
	fmt.Println(os.Expand("$a-${b}-$c", func(k string) string { return "<" + k + ">" }))
	fmt.Println(os.Unsetenv("GOJIT_TEST_VAR"))
	_, ok = os.LookupEnv("GOJIT_TEST_VAR")
	fmt.Println(ok)
	fmt.Fprintln(os.Stderr, "fatal: something went wrong")
	os.Exit(3)
}
