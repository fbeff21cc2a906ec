// Pins sort.Stable / sort.SliceStable / slices.SortStableFunc agreement on 2000 seeded pseudo-random records, plus sort.Sort on a large reverse-ordered slice and checksum outputs.
package main

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
	"sort"
)

type rec struct {
	key int
	seq int
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func checksum(rs []rec) int {
	h := 0
	for i, r := range rs {
		h = (h*31 + r.key*7 + r.seq*(i%13+1)) % 1000000007
	}
	return h
}

func main() {
	rng := rand.New(rand.NewSource(7))
	data := make([]rec, 2000)
	for i := range data {
		data[i] = rec{rng.Intn(50), i}
	}
	a := slices.Clone(data)
	b := slices.Clone(data)
	c := slices.Clone(data)
	sort.Stable(byKey(a))
	sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
	slices.SortStableFunc(c, func(x, y rec) int { return cmp.Compare(x.key, y.key) })
	fmt.Println(checksum(a), checksum(b), checksum(c), slices.Equal(a, b), slices.Equal(b, c))
	fmt.Println(a[:5], a[1995:])
	stable := true
	for i := 1; i < len(a); i++ {
		if a[i-1].key == a[i].key && a[i-1].seq > a[i].seq {
			stable = false
		}
	}
	fmt.Println("stable:", stable)
	rev := make([]int, 5000)
	for i := range rev {
		rev[i] = 5000 - i
	}
	sort.Sort(sort.IntSlice(rev))
	fmt.Println(rev[0], rev[2500], rev[4999], sort.IntsAreSorted(rev))
	fs := make([]float64, 1000)
	for i := range fs {
		fs[i] = rng.Float64()*200 - 100
	}
	sort.Float64s(fs)
	fmt.Printf("%.6f %.6f %.6f\n", fs[0], fs[500], fs[999])
	strs := make([]string, 300)
	for i := range strs {
		bs := make([]byte, 1+rng.Intn(5))
		for j := range bs {
			bs[j] = byte('a' + rng.Intn(26))
		}
		strs[i] = string(bs)
	}
	sort.Strings(strs)
	fmt.Println(strs[:8], strs[292:])
}
