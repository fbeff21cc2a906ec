package main

var limit = 10 *
