package fine

// verbose's address is handed to a registration in one file's init and
// the variable is read in another's: taking the address is not a use
// that file order decides.
var verbose bool

func keep(p *bool) { _ = p }

func init() {
	keep(&verbose)
}
