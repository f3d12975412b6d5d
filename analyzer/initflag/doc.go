// Package initflag defines an Analyzer that reports command-line flag
// parsing and flag reads during package initialization.
//
// # Analyzer initflag
//
// initflag: report flag.Parse and flag reads during init
//
// flag.Parse (or flag.CommandLine.Parse) called during init parses the
// command line before the packages initialized later have defined their
// flags: the program fails with "flag provided but not defined" for
// those flags, or ignores them. Reading a flag's value during init (the
// pointer from flag.String and friends, or a variable bound with
// flag.StringVar and friends) always sees the default, because the
// command line is parsed in main. Parse flags at the start of main.main
// and read them after.
//
// Reads that follow a reported flag.Parse in the same init are not
// reported again.
package initflag
