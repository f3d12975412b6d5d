// Command static imports one package per static initialization rule;
// each package's doc comment says whether its init task runs.
package main

import (
	"ex/static/bigmap"
	_ "ex/static/blankassign"
	"ex/static/blankcall"
	"ex/static/convchain"
	"ex/static/convchainok"
	"ex/static/emptyinit"
	"ex/static/errorsnew"
	"ex/static/funclit"
	"ex/static/funclitrun"
	"ex/static/genericcall"
	"ex/static/genericclosure"
	"ex/static/genericiface"
	"ex/static/geninst"
	"ex/static/ifacecopy"
	"ex/static/inlineconcat"
	"ex/static/inlineconv"
	"ex/static/inlineptr"
	"ex/static/localcopy"
	"ex/static/maplit"
	"ex/static/methodvalue"
	"ex/static/namedresult"
	"ex/static/newcall"
	"ex/static/onlystatic"
	"ex/static/othervar"
	"ex/static/ptrcopy"
	"ex/static/runes"
	"ex/static/stringcopy"
	"ex/static/typednil"
)

func main() {
	println(bigmap.Used, blankcall.N, emptyinit.X, errorsnew.ErrA != nil, geninst.Split != nil,
		inlineconcat.Animals, inlineconv.W, inlineconv.N, inlineptr.G != nil, localcopy.Y, localcopy.Q != nil,
		len(maplit.M), methodvalue.Get(), newcall.P != nil, onlystatic.X,
		othervar.V, stringcopy.T)
	println(&convchain.X != nil, &convchainok.X != nil, &funclit.Zero != nil, &funclitrun.Zero != nil, len(ifacecopy.All),
		namedresult.Global != nil, len(ptrcopy.All), len(runes.Copy), len(typednil.All), typednil.P == nil,
		genericcall.P != nil, &genericcall.S != nil, genericiface.W != nil, genericclosure.P != nil)
}
