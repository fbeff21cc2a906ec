// Pins fmt integer verbs (%v %d %b %o %O %x %X %c %q %U %#x %#o %+d) across every sized int type, including min/max values.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []any{
		int8(-128), int8(127), int16(-32768), int16(32767), int32(math.MinInt32), int32(math.MaxInt32),
		int64(math.MinInt64), int64(math.MaxInt64), uint8(255), uint16(65535), uint32(math.MaxUint32),
		uint64(math.MaxUint64), uint(0), uintptr(4096), int(-1), int(42),
	}
	verbs := []string{"%v", "%d", "%b", "%o", "%O", "%x", "%X", "%#x", "%#o", "%+d", "% d", "%T"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf("%s=[" + verb + "] ", verb, v)
		}
		fmt.Println()
	}
	for _, r := range []any{int32(65), rune(0x1F600), uint8('z'), int(0x4E16), int64(-1), int(0x110000)} {
		fmt.Printf("%c|%q|%U|%#U|%#q\n", r, r, r, r, r)
	}
}
