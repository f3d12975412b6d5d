package initfacts

import (
	"fmt"
	"strings"
	"sync"

	"github.com/initvet/initvet/initeffect"
)

// config holds the values of one analyzer's flags, which extend the
// model. Drivers set them before analyzing; the model is made once per
// distinct setting.
type config struct {
	mainThread, registries listFlag

	mu    sync.Mutex
	key   string
	made  *initeffect.Model
	err   error
	built bool
}

// model returns the model the flags describe.
func (c *config) model() (*initeffect.Model, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	key := c.mainThread.String() + "\x00" + c.registries.String()
	if c.built && key == c.key {
		return c.made, c.err
	}
	c.key, c.built = key, true
	c.made, c.err = ParseConfig(c.mainThread, c.registries)
	return c.made, c.err
}

// ParseConfig makes the model that flag values describe: main-thread
// functions as import/path.Func or import/path.(*T).Method, registries
// as write:import/path.Func=NAME or read:import/path.Func=NAME.
func ParseConfig(mainThread, registries []string) (*initeffect.Model, error) {
	cfg := initeffect.Config{MainThread: mainThread}
	for _, r := range registries {
		mode, rest, ok := strings.Cut(r, ":")
		fn, name, ok2 := strings.Cut(rest, "=")
		if !ok || !ok2 || mode != "write" && mode != "read" || fn == "" || name == "" {
			return nil, fmt.Errorf("registry entry %q: want write:import/path.Func=NAME or read:import/path.Func=NAME", r)
		}
		cfg.Registries = append(cfg.Registries, initeffect.Registry{Func: fn, Registry: name, Write: mode == "write"})
	}
	return initeffect.NewModel(cfg)
}

// listFlag is a comma-separated list flag; repeating it adds to it.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, e := range strings.Split(s, ",") {
		if e = strings.TrimSpace(e); e != "" {
			*l = append(*l, e)
		}
	}
	return nil
}
