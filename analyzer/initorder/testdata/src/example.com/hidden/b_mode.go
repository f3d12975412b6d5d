package hidden

var mode string

var registry = map[string]int{}

func init() {
	mode = "fast" // want `init functions in a_mode.go and b_mode.go both use mode, one assigning it`
	registry["b"] = 2
}
