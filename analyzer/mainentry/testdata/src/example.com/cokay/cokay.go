// Command cokay sets its state in init: silent.
package main

var greeting string

var table = map[string]int{"a": 1}

func init() {
	greeting = "hello"
}

// Greet is called from C.
//
//export Greet
func Greet() int { return len(greeting) + len(table) }

func main() {
	greeting = "main"
}
