package main

var banner = `gojit
