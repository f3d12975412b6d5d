package main

import (
	"fmt"

	"example.com/athumb" // want `the init of example.com/athumb reads image's registered image formats(\[[^]]*\])? \(athumb.init → image.DecodeConfig\) before the init of example.com/pngfmt writes it: unrelated, and the linker runs example.com/athumb first`
	"example.com/goodthumb"
	_ "example.com/pngfmt"
	"example.com/zthumb" // want `the init of example.com/zthumb reads image's registered image formats(\[[^]]*\])? \(zthumb.init → image.DecodeConfig\) after the init of example.com/pngfmt writes it only by the linker's order`
)

func main() {
	fmt.Println("athumb:", athumb.Err)
	fmt.Println("zthumb:", zthumb.Err)
	fmt.Println("goodthumb:", goodthumb.Err)
}
