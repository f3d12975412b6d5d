// Package codec keeps its registry in a sync.Map: the accesses are
// synchronized, so only a model that names Register and Lookup as a
// registry sees the order between registrations and lookups.
package codec

import "sync"

type Codec interface{ Name() string }

var codecs sync.Map

func Register(name string, c Codec) { codecs.Store(name, c) }

func Lookup(name string) Codec {
	c, _ := codecs.Load(name)
	cc, _ := c.(Codec)
	return cc
}
