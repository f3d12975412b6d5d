package fine

// Registrations from init functions in several files commute.
var checkers = map[string]func() int{}

var names []string

func register(name string, f func() int) {
	if _, dup := checkers[name]; dup {
		panic("duplicate " + name)
	}
	checkers[name] = f
	names = append(names, name)
}

func init() { register("a", func() int { return 1 }) }
