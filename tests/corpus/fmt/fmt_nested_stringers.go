package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return "never used: Error wins" }

type Reading struct {
	Temp  Celsius
	Where *Point
	note  Celsius
}

func main() {
	temps := []Celsius{21.5, -3}
	fmt.Println(temps, len(temps))
	fmt.Printf("%v %s %d\n", temps, temps, []Code{1, 2})
	fmt.Println(map[string]Celsius{"in": 20, "out": 5})
	fmt.Println(Reading{Temp: 19, Where: &Point{1, 2}, note: 7})
	fmt.Printf("%+v\n", Reading{Temp: 19})
	fmt.Println([]*Point{{3, 4}, nil}[0], []fmt.Stringer{Celsius(1), &Point{5, 6}})
	fmt.Println([]error{Code(7), errors.New("plain")})
	fmt.Printf("%#v\n", []Celsius{1})
	var arr [2]Code
	arr[1] = 9
	fmt.Println(arr, &Reading{Temp: 2})
	fmt.Println([]any{Celsius(4), Point{7, 8}, &Point{9, 9}})
}
