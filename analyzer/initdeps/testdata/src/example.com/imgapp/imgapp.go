package main

import (
	"fmt"

	"example.com/athumb" // want `the init of athumb reads image's registered image formats(\[[^]]*\])? \(athumb.init → image.DecodeConfig\) before the init of pngfmt writes it: unrelated, and the linker runs athumb first`
	"example.com/goodthumb"
	_ "example.com/pngfmt"
	"example.com/zthumb" // want `the init of zthumb reads image's registered image formats(\[[^]]*\])? \(zthumb.init → image.DecodeConfig\) after the init of pngfmt writes it only by the linker's order`
)

func main() {
	fmt.Println("athumb:", athumb.Err)
	fmt.Println("zthumb:", zthumb.Err)
	fmt.Println("goodthumb:", goodthumb.Err)
}
