// Package funclit initializes a variable with a function literal called
// where it is written: the inliner inlines it (inline.inlCallee,
// OCLOSURE; a closure called once has a budget of at least 800) and
// its single returned expression is data.
//
// oracle: no init
package funclit

// F holds names.
type F struct{ names []string }

// Zero is data.
var Zero = func() F { return F{names: []string{}} }()
