package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	ages := map[string]int{"ann": 31, "bob": 25}
	ages["cid"] = 40
	ages["bob"]++
	ages["ann"] += 2
	fmt.Println(ages, len(ages), ages["bob"], ages["nobody"])
	v, ok := ages["cid"]
	w, found := ages["zed"]
	fmt.Println(v, ok, w, found)
	delete(ages, "cid")
	delete(ages, "never")
	fmt.Println(ages, len(ages))
	sum := 0
	for _, a := range ages {
		sum += a
	}
	fmt.Println("sum", sum)
	counts := make(map[rune]int)
	for _, r := range "hello, world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], len(counts))
	grid := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	grid[Point{3, 4}] = "far"
	fmt.Println(grid, grid[Point{1, 2}])
	var nilMap map[string]bool
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"], nilMap)
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested, len(nested["a"]))
	byLen := map[int][]string{}
	for _, word := range []string{"go", "is", "fun", "and", "fast"} {
		byLen[len(word)] = append(byLen[len(word)], word)
	}
	fmt.Println(byLen)
	var anyKeys = map[any]int{1: 1, "one": 2, true: 3}
	fmt.Println(anyKeys[1], anyKeys["one"], anyKeys[true], anyKeys[false])
	deleted := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range deleted {
		delete(deleted, k)
	}
	fmt.Println(len(deleted), deleted)
	defer func() {
		fmt.Println("recovered:", recover())
		var bad map[any]int = map[any]int{}
		defer func() { fmt.Println("recovered:", recover()) }()
		bad[[]int{1}] = 1
	}()
	nilMap["boom"] = true
}
