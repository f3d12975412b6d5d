// Package methodvalue has a method value global, built at run time.
//
// oracle: runs
package methodvalue

// T has a method.
type T struct{ n int }

// Get returns n.
func (t T) Get() int { return t.n }

var Get = T{1}.Get
