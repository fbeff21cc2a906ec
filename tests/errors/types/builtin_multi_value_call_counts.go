package main

import "unsafe"

func two() (int, int) { return 0, 0 }
func none()           {}

func main() {
	_ = len(none())
	_ = len(two())
	_ = max(two())
	panic(two())
	_ = unsafe.Sizeof(two())
	_ = unsafe.SliceData(two())
	_ = unsafe.Offsetof(two())
	_ = new(two())
	_ = unsafe.Alignof(none())
	copy(none())
}
