package main

type counter struct{ n int }

func (c *counter Inc() {
	c.n++
}

func main() {}
