// Command bare imports nothing: only the runtime's own init tasks run.
package main

func main() {}
