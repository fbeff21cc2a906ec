package main

import "fmt"

type Base struct {
	ID   int
	Tags []string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d%v", b.ID, b.Tags) }
func (b *Base) Tag(t string)     { b.Tags = append(b.Tags, t) }

type Named struct {
	Name string
}

func (n *Named) Rename(s string) { n.Name = s }

type User struct {
	Base
	*Named
	Email string
}

type Admin struct {
	User
	Level int
}

func main() {
	u := User{Base: Base{ID: 7}, Named: &Named{"ann"}, Email: "a@x"}
	u.Tag("new")
	u.Tag("vip")
	u.Rename("anna")
	fmt.Println(u.ID, u.Name, u.Email, u.Tags, u.Describe())
	fmt.Println(u.Base.ID == u.ID, u.Named.Name)
	a := &Admin{User: u, Level: 3}
	a.ID = 99
	a.Tag("root")
	fmt.Println(a.ID, a.User.ID, a.Name, a.Level, a.Describe(), u.ID)
	p := &a.User.Base
	p.ID++
	fmt.Println(a.ID, a.Base.Describe())
	defer func() { fmt.Println("recovered:", recover()) }()
	var broken User
	broken.Rename("x")
}
