// Command hello imports fmt: its trace is the runtime phase
// (internal/bytealg, runtime, ...) and the init tasks of fmt's imports.
package main

import "fmt"

func main() { fmt.Println("hello") }
