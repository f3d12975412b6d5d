package main

import (
	_ "example.com/acryptor"
	_ "example.com/cryptow"
	_ "example.com/okcryptor"
	_ "example.com/zcryptor"
)

func main() {}
