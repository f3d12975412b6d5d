package fine

var chatty bool

func init() {
	chatty = verbose
}
