package main

import "example.com/logger"

func main() {
	logger.Std.SetPrefix("app: ")
}
