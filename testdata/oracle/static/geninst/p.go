// Package geninst has globals that are explicitly instantiated generic
// functions, f[T] and f[K, V]: each is the address of the instantiation's
// wrapper function, which the linker fills in, so there is no init work.
//
// oracle: no init
package geninst

import "ex/static/generic"

func split[T string | []byte](x T) int { return len(x) }

var (
	Split = split[string]
	Id    = generic.Id[int]
	Pair  = generic.Pair[string, int]

	Implicit func(int) int = generic.Id
)
