package main

import (
	"fmt"

	"example.com/athumb"
	"example.com/goodthumb"
	_ "example.com/pngfmt"
	"example.com/zthumb"
)

func main() {
	fmt.Println("athumb:", athumb.Err)
	fmt.Println("zthumb:", zthumb.Err)
	fmt.Println("goodthumb:", goodthumb.Err)
}
