package main

import (
	"fmt"
	"mime"

	_ "example.com/amimer"
	_ "example.com/mimew"
	_ "example.com/mimew2"
	_ "example.com/okmimer"
	_ "example.com/zmimer"
)

func main() { fmt.Println("fake:", mime.TypeByExtension(".fake")) }
