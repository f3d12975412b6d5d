package main

import (
	"flag"
	"os"
	"runtime"
	"runtime/pprof"
)

// profiles holds the -cpuprofile and -memprofile flags of a command.
type profiles struct {
	cpu, mem string
	cpuFile  *os.File
}

// addProfileFlags registers -cpuprofile and -memprofile on fs.
func addProfileFlags(fs *flag.FlagSet) *profiles {
	p := &profiles{}
	fs.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile to this file")
	fs.StringVar(&p.mem, "memprofile", "", "write an allocation profile to this file")
	return p
}

// start begins CPU profiling if it was asked for.
func (p *profiles) start() error {
	if p.cpu == "" {
		return nil
	}
	f, err := os.Create(p.cpu)
	if err != nil {
		return err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return err
	}
	p.cpuFile = f
	return nil
}

// stop ends CPU profiling and writes the allocation profile, if asked for.
func (p *profiles) stop() error {
	if p.cpuFile != nil {
		pprof.StopCPUProfile()
		if err := p.cpuFile.Close(); err != nil {
			return err
		}
	}
	if p.mem == "" {
		return nil
	}
	f, err := os.Create(p.mem)
	if err != nil {
		return err
	}
	runtime.GC() // the profile then counts every allocation up to now
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}
