// Package alogr reads log's default logger during init.
package alogr

import (
	"log"
)

func init() {
	log.Println("starting")
}
