package main

import (
	"fmt"

	"example.com/adb"
	_ "example.com/fakedriver"
	"example.com/zdb"
)

func main() {
	fmt.Println("adb:", adb.Err)
	fmt.Println("zdb:", zdb.Err)
}
