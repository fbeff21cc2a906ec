package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, worker, value int
}

func main() {
	jobs := make(chan int, 20)
	results := make(chan result, 20)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{job: j, worker: id, value: j * j * j}
			}
		}(w)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var rs []result
	for r := range results {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, k int) bool { return rs[i].job < rs[k].job })
	total := 0
	for _, r := range rs {
		if r.job <= 5 {
			fmt.Println(r.job, r.value)
		}
		total += r.value
	}
	fmt.Println("jobs:", len(rs), "total:", total)
}
