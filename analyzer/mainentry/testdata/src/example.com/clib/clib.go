// Command clib is built with -buildmode=c-shared; C calls Greet.
package main

import (
	"flag"
	"net/http"
)

var greeting string

var verbose = flag.Bool("v", false, "verbose")

var calls int

// Greet is called from C.
//
//export Greet
func Greet() int {
	calls++
	return len(greeting) // want `entry point Greet reads greeting \(main.Greet → main.greeting\), which only main.main sets \(main.main → main.greeting\): in a c-archive or c-shared build main.main never runs, so it stays zero`
}

func main() {
	flag.Parse() // want `main.main parses the command line \(main.main → flag.Parse\), but in a c-archive or c-shared build main.main never runs`
	greeting = "hello"
	if *verbose {
		greeting += "!"
	}
	http.ListenAndServe(":8080", nil) // want `main.main serves or waits \(http.ListenAndServe\)`
}
