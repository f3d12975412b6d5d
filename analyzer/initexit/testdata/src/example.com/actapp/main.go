// Command actapp links a package whose init logs through an action that
// calls runtime.Goexit: run, it dies during init (TestRunExits).
package main

import _ "example.com/actuser"

func main() { println("main.main ran") }
