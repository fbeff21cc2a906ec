package main

import "fmt"

var trace string

func t(name string) bool {
	trace += name
	return true
}

func f(name string) bool {
	trace += name
	return false
}

func run(label string, v bool) {
	fmt.Println(label, v, "evaluated:", trace)
	trace = ""
}

func main() {
	run("f&&t", f("a") && t("b"))
	run("t&&f", t("a") && f("b"))
	run("t||f", t("a") || f("b"))
	run("f||t", f("a") || t("b"))
	run("f||f&&t", f("a") || f("b") && t("c"))
	run("(t||f)&&f", (t("a") || f("b")) && f("c"))
	run("!f&&!t", !f("a") && !t("b"))
	d := 0
	safe := d != 0 && 10/d > 1
	fmt.Println("guarded division:", safe)
}
