package main

import _ "bad/nothere"

func main() {}
