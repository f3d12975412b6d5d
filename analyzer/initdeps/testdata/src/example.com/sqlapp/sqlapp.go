package main

import (
	"fmt"

	"example.com/adb" // want `the init of example.com/adb reads database/sql's registered drivers(\[[^]]*\])? \(adb.init → sql.Open\) before the init of example.com/fakedriver writes it`
	_ "example.com/fakedriver"
	"example.com/zdb" // want `the init of example.com/zdb reads database/sql's registered drivers(\[[^]]*\])? .* only by the linker's order`
)

func main() {
	fmt.Println("adb:", adb.Err)
	fmt.Println("zdb:", zdb.Err)
}
