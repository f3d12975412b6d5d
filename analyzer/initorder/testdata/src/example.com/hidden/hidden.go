package hidden

import "os"

// Greeter hides the dependency behind an interface.
type Greeter interface{ Greet() string }

type english struct{}

func (english) Greet() string { return prefix + "hello" } // want `the initializer of message reads prefix \(via hidden.english.Greet\) before prefix is initialized.*; reached from 2 inits`

var g Greeter = english{}

// message is initialized before prefix: go/types does not see that
// g.Greet reads prefix.
var message = g.Greet()

// The same through a struct field of interface type.
type holder struct{ g Greeter }

var h = holder{english{}}

var again = h.g.Greet()

var prefix = os.Getenv("PREFIX") + "> "

// prefix2 would be data if it were a constant expression: reading it early is fine.
type french struct{}

func (french) Greet() string { return prefix2 + "bonjour" }

var f Greeter = french{}

var bonjour = f.Greet()

var prefix2 = "» "

// Only an init function sets limit.
var limit int

var doubled = limit * 2 // want `the initializer of doubled reads limit before its only setter, func init at hidden.go:\d+: it sees the zero value`

func init() {
	limit = 10
}
