package initfacts

import (
	"sync"

	"github.com/initvet/initvet/initeffect"
	"github.com/initvet/initvet/internal/flagvalue"
)

// config holds the values of one analyzer's flags, which extend the
// model. Drivers set them before analyzing; the model is made once per
// distinct setting.
type config struct {
	mainThread, registries flagvalue.List

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
	c.made, c.err = parseConfig(c.mainThread, c.registries)
	return c.made, c.err
}

// parseConfig makes the model that flag values describe: main-thread
// functions, and registry functions as initeffect.ParseRegistry reads
// them.
func parseConfig(mainThread, registries []string) (*initeffect.Model, error) {
	cfg := initeffect.Config{MainThread: mainThread}
	for _, r := range registries {
		reg, err := initeffect.ParseRegistry(r)
		if err != nil {
			return nil, err
		}
		cfg.Registries = append(cfg.Registries, reg)
	}
	return initeffect.NewModel(cfg)
}
