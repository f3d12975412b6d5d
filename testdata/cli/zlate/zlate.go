// Package zlate is ready with quit but sorts after it, so its init never runs.
package zlate

import "os"

var Args = len(os.Args)
