// Package svc runs services in goroutines of their own.
package svc

// Service runs until it is done.
type Service interface{ Run() }

// Start runs s in a goroutine.
func Start(s Service) { go s.Run() }
