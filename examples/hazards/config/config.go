// Package config writes the service's configuration.
package config

import "example.com/hazards/codec"

// Encode is the encoder the configuration is written with. It is looked
// up while the package initializes, and nothing makes jsoncodec
// register it first.
var Encode = codec.Lookup("json")
