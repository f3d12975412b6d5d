package main

import _ "bad/cycle/a"

func main() {}
