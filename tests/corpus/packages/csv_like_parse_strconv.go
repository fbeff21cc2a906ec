package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const data = `name,qty,price,active
apple,3,0.50,true
banana,12,0.25,false
cherry,x,1.00,true
durian,1,12.75,yes
eggplant,7,2.10,true
`

type Row struct {
	Name   string
	Qty    int
	Price  float64
	Active bool
}

func parse(line string) (Row, error) {
	f := strings.Split(line, ",")
	if len(f) != 4 {
		return Row{}, errors.New("bad field count")
	}
	q, err := strconv.Atoi(f[1])
	if err != nil {
		return Row{}, fmt.Errorf("qty: %w", err)
	}
	p, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return Row{}, fmt.Errorf("price: %w", err)
	}
	a, err := strconv.ParseBool(f[3])
	if err != nil {
		return Row{}, fmt.Errorf("active: %w", err)
	}
	return Row{f[0], q, p, a}, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Scan()
	header := strings.Split(sc.Text(), ",")
	fmt.Println("columns:", len(header), strings.Join(header, "|"))
	var rows []Row
	lineNo := 1
	for sc.Scan() {
		lineNo++
		r, err := parse(sc.Text())
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		rows = append(rows, r)
	}
	total := 0.0
	for _, r := range rows {
		sub := float64(r.Qty) * r.Price
		total += sub
		fmt.Printf("%-10s %3d x %6.2f = %7.2f %v\n", r.Name, r.Qty, r.Price, sub, r.Active)
	}
	fmt.Printf("total %.2f over %d rows\n", total, len(rows))
	fmt.Println(strconv.Quote(rows[0].Name), strconv.FormatFloat(total, 'f', -1, 64))
	fmt.Printf("%+v\n", rows[len(rows)-1])
}
