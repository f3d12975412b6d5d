// Package zlogr reads log's default logger during init.
package zlogr

import (
	"log"
)

func init() {
	log.Println("starting")
}
