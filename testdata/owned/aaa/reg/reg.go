// Package reg registers names and ends the process on a duplicate, as
// metrics libraries do.
package reg

import (
	"log"
	"os"
	"strconv"
)

var names = map[string]bool{}

// Register records name; a name registered twice ends the process.
func Register(name string) int {
	if names[name] {
		log.Fatalf("%q registered twice", name)
	}
	names[name] = true
	return len(names)
}

// MustEnv returns the environment variable key, and ends the process
// when it is not set.
func MustEnv(key string) string {
	v, ok := os.LookupEnv(key)
	if !ok {
		os.Exit(2)
	}
	return v
}

// MustPort returns the port number in the environment variable key, and
// ends the process when it is not one.
func MustPort(key string) int {
	port, err := strconv.Atoi(os.Getenv(key))
	if err != nil {
		log.Fatal(err)
	}
	return port
}
