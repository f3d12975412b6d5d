// Package funclitrun is funclit with a two-statement literal: the
// inlined body is not a single return, so the call runs at init.
//
// oracle: runs
package funclitrun

// F holds names.
type F struct{ names []string }

// Zero needs code.
var Zero = func() F {
	names := []string{}
	return F{names: names}
}()
