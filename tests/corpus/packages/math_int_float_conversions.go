package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 3.99, -3.99
	u8, i8 := uint8(200), int8(-128)
	fmt.Println(int(a), int(b), int64(1e18), u8+100, i8-1)
	f := 2.5
	fmt.Println(int(f), int(math.Round(f)), int(math.Ceil(f)), int(math.Floor(-f)))
	var x uint32 = math.MaxUint32
	x++
	fmt.Println(x, uint16(x+70000), int16(int32(x)+40000), uint(1)<<63)
	fmt.Println(float32(1)/3, float64(float32(1)/3), float32(16777217))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2, 1<<10, 0xff>>4, 6&3, 6|3, 6^3, 6&^3)
	var i int64 = math.MaxInt64
	fmt.Println(i+1 == math.MinInt64, -i-1)
	fmt.Println(math.Abs(float64(math.MinInt64)), float64(math.MaxInt64))
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%b\n", 1.0)
	fmt.Println(uint64(math.Float64bits(-0.0)), math.Float32frombits(0x3f800000))
	n := 1234567
	digits := 0
	for m := n; m > 0; m /= 10 {
		digits++
	}
	fmt.Println(digits, int(math.Log10(float64(n)))+1)
	fmt.Println(math.Sqrt(float64(144)) == 12, int(math.Sqrt(15)), int(math.Pow(3, 4)))
	avg := float64(7) / float64(2)
	fmt.Printf("%.2f %v %T\n", avg, avg, avg)
	c := complex(3, 4)
	fmt.Println(real(c), imag(c), c*c)
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
	var r rune = 'A' + 2
	var by byte = 'a'
	fmt.Println(r, string(r), by+1, string(rune(by+1)))
	fmt.Println(math.MaxUint16, math.MinInt16, math.MaxUint8)
	fmt.Println(5.0 == 5, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
}
