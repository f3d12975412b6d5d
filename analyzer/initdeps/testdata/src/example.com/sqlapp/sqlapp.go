package main

import (
	"fmt"

	"example.com/adb" // want `the init of adb reads sql's registered drivers(\[[^]]*\])? \(adb.init → sql.Open\) before the init of fakedriver writes it`
	_ "example.com/fakedriver"
	"example.com/zdb" // want `the init of zdb reads sql's registered drivers(\[[^]]*\])? .* only by the linker's order`
)

func main() {
	fmt.Println("adb:", adb.Err)
	fmt.Println("zdb:", zdb.Err)
}
