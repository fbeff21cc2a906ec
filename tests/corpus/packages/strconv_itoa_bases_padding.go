package main

import (
	"fmt"
	"strconv"
	"strings"
)

func pad(s string, w int) string {
	if len(s) >= w {
		return s
	}
	return strings.Repeat("0", w-len(s)) + s
}

func main() {
	for _, n := range []int64{0, 1, 7, 10, 255, -255, 4096, 1 << 40} {
		fmt.Printf("%-14d b2=%s b8=%s b16=%s b36=%s\n", n,
			strconv.FormatInt(n, 2), strconv.FormatInt(n, 8), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}
	for i := 0; i < 4; i++ {
		fmt.Println(pad(strconv.Itoa(i*37), 5), pad(strconv.FormatInt(int64(i), 2), 4))
	}
	ips := []uint32{0xC0A80001, 0x7F000001, 0xFFFFFFFF}
	for _, ip := range ips {
		parts := []string{}
		for shift := 24; shift >= 0; shift -= 8 {
			parts = append(parts, strconv.FormatUint(uint64(ip>>shift&0xff), 10))
		}
		fmt.Println(strings.Join(parts, "."))
	}
	hex := "deadBEEF"
	v, err := strconv.ParseUint(hex, 16, 32)
	fmt.Println(v, err, strconv.FormatUint(v, 16))
	bin, _ := strconv.ParseInt("-1010", 2, 64)
	fmt.Println(bin)
	for _, s := range []string{"0", "-0", "+0", "00012", "-9223372036854775808", "9223372036854775807", "9223372036854775808"} {
		n, err := strconv.ParseInt(s, 10, 64)
		fmt.Println(s, n, err)
	}
	total := 0
	for _, s := range strings.Fields("1 2 3 4 five 6") {
		if n, err := strconv.Atoi(s); err == nil {
			total += n
		}
	}
	fmt.Println("total", total)
	fmt.Println(strconv.Itoa(-0), strconv.FormatInt(-9223372036854775808, 10), strconv.FormatInt(-9223372036854775808, 16))
	b := strconv.AppendInt(nil, 99, 10)
	b = strconv.AppendQuoteToASCII(b, "é")
	fmt.Println(string(b))
	fmt.Println(strconv.IntSize)
}
