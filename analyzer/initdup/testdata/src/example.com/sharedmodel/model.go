// Package model declares a type two packages register with gob.
package model

// Item is registered by gobx and goby.
type Item struct{ ID int }
