// Package othervar reads another package's variable, which needs code.
//
// oracle: runs
package othervar

import "ex/static/onlystatic"

var V = onlystatic.X
