// Package blankcall assigns a call that is not inlined to the blank
// identifier: the call must run.
//
// oracle: runs
package blankcall

var N int

func count() int {
	for i := 0; i < 3; i++ {
		N += i
	}
	return N
}

var _ = count()
