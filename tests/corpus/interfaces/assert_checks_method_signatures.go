package main

import "fmt"

type S struct{}

func (S) Name() int8 { return 1 }

type I1 interface{ Name() int8 }
type I2 interface{ Name() int64 }

func main() {
	var i I1 = S{}
	_, ok := i.(I2)
	_, ok2 := i.(interface{ Name() int8 })
	var e any = S{}
	_, ok3 := e.(interface{ String() string })
	fmt.Println(ok, ok2, ok3)
	defer func() { fmt.Println(recover()) }()
	_ = i.(I2)
}
