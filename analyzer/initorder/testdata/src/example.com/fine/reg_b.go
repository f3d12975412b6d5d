package fine

func init() { register("b", func() int { return 2 }) }
