// Package oklogr reads log's default logger during init.
package oklogr

import (
	"log"

	_ "example.com/logw"
)

func init() {
	log.Println("starting")
}
