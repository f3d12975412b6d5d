package hidden

func init() {
	mode = "safe"
	registry["a"] = 1
}
