// Package initbinary reads the init task tables that the Go linker
// writes into a binary, from ELF, Mach-O or PE files: the runtime's
// list, then the main (or plugin) list, the order in which the runtime
// really initializes the packages.
package initbinary

import (
	"bytes"
	"debug/buildinfo"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/initvet/initvet/internal/linksym"
)

// Tasks is the init schedule recorded in a built Go binary.
type Tasks struct {
	MainPath string   // import path of the main package from debug/buildinfo, "" if unknown
	Runtime  []string // packages listed in go:runtime.inittasks, in order, as import paths
	Main     []string // packages listed in go:main.inittasks (or go:plugin.inittasks), in order, as import paths; "main" replaced by MainPath when known
}

// Order returns the packages in the order the runtime initializes them: Runtime, then Main without the ones already in Runtime.
func (b *Tasks) Order() []string {
	order := make([]string, 0, len(b.Runtime)+len(b.Main))
	done := make(map[string]bool, len(b.Runtime))
	for _, p := range b.Runtime {
		done[p] = true
		order = append(order, p)
	}
	for _, p := range b.Main {
		if !done[p] {
			order = append(order, p)
		}
	}
	return order
}

// Names of the linker-generated symbols read by Read.
const (
	mainTable    = "go:main.inittasks"
	pluginTable  = "go:plugin.inittasks"
	runtimeTable = "go:runtime.inittasks"
	machoStab    = 0xe0 // N_STAB: mask of Mach-O symbol types for debugging entries
)

// errNoSymbols reports a binary without a symbol table.
var errNoSymbols = errors.New("no symbol table (binary stripped with -s?): cannot read init tasks")

// Read reads the init task tables of the Go binary at path (ELF, Mach-O or PE).
func Read(path string) (*Tasks, error) {
	f, err := os.Open(path)
	if err != nil {
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			err = pathErr.Err
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	tasks, err := readTasks(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return tasks, nil
}

// readTasks reads the init task tables and build information of the binary in r.
func readTasks(r io.ReaderAt) (*Tasks, error) {
	im, err := openImage(r)
	if err != nil {
		return nil, err
	}
	tasks := new(Tasks)
	if info, err := buildinfo.Read(r); err == nil {
		tasks.MainPath = info.Path
	}
	if tasks.Runtime, err = im.table(runtimeTable); err != nil && !errors.Is(err, errNoTable) {
		return nil, err
	}
	if tasks.Main, err = im.table(mainTable); errors.Is(err, errNoTable) {
		tasks.Main, err = im.table(pluginTable)
	}
	if errors.Is(err, errNoTable) {
		return nil, fmt.Errorf("no %s or %s symbol (not a Go program?)", mainTable, pluginTable)
	}
	if err != nil {
		return nil, err
	}
	replaceMain(tasks.Main, tasks.MainPath)
	return tasks, nil
}

// replaceMain replaces the package name "main" in pkgs by mainPath, if known.
func replaceMain(pkgs []string, mainPath string) {
	if mainPath == "" {
		return
	}
	for i, p := range pkgs {
		if p == "main" {
			pkgs[i] = mainPath
		}
	}
}

// errNoTable reports that the binary has no symbol of the requested name.
var errNoTable = errors.New("no such symbol")

// image is the part of an executable file that Read needs,
// with all addresses being virtual addresses at the preferred load address.
type image struct {
	order   binary.ByteOrder
	ptrSize int
	syms    map[string]symbol
	addrs   []uint64          // sorted addresses of all symbols
	tasks   map[uint64]string // address of each ..inittask symbol -> symbol prefix
	regions []region
	relocs  map[uint64]reloc // dynamic relocations by address (ELF only)
}

// symbol is a defined symbol of an executable file.
type symbol struct {
	name string
	addr uint64
	size uint64 // 0 if unknown
}

// region is a range of addresses whose contents are stored in the file.
type region struct {
	addr, size uint64
	data       io.ReaderAt // contents, at offset 0 for addr
}

// openImage parses the executable file in r, choosing the format by its magic number.
func openImage(r io.ReaderAt) (*image, error) {
	magic := make([]byte, 4)
	if _, err := r.ReadAt(magic, 0); err == io.EOF {
		return nil, errors.New("unrecognized file format: file too short")
	} else if err != nil {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(magic, []byte(elf.ELFMAG)):
		return openELF(r)
	case isMachO(magic):
		return openMachO(r)
	case bytes.HasPrefix(magic, []byte("MZ")):
		return openPE(r)
	case bytes.HasPrefix(magic, []byte("!<ar")):
		return nil, errors.New("archive (-buildmode=c-archive?): its init task tables are not linked yet; read the program or shared library it is linked into")
	}
	return nil, errors.New("unrecognized file format (want ELF, Mach-O or PE)")
}

// isMachO reports whether magic is the magic number of a thin Mach-O file.
func isMachO(magic []byte) bool {
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		if m := order.Uint32(magic); m == macho.Magic32 || m == macho.Magic64 {
			return true
		}
	}
	return false
}

func openELF(r io.ReaderAt) (*image, error) {
	f, err := elf.NewFile(r)
	if err != nil {
		return nil, fmt.Errorf("reading ELF file: %w", err)
	}
	elfSyms, err := f.Symbols()
	if errors.Is(err, elf.ErrNoSymbols) {
		return nil, errNoSymbols
	}
	if err != nil {
		return nil, fmt.Errorf("reading ELF symbols: %w", err)
	}
	var syms []symbol
	for _, s := range elfSyms {
		if s.Section != elf.SHN_UNDEF {
			syms = append(syms, symbol{s.Name, s.Value, s.Size})
		}
	}
	var regions []region
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_ALLOC != 0 && s.Type != elf.SHT_NOBITS {
			regions = append(regions, region{s.Addr, s.FileSize, s.ReaderAt})
		}
	}
	relocs, err := elfRelocs(f)
	if err != nil {
		return nil, err
	}
	ptrSize := 4
	if f.Class == elf.ELFCLASS64 {
		ptrSize = 8
	}
	return newImage(f.ByteOrder, ptrSize, syms, regions, relocs)
}

// elfRelocs returns the dynamic relocations of f by address.
// Shared objects need them: the file contents of a pointer
// relocated against a symbol (as in plugins) are zero.
func elfRelocs(f *elf.File) (map[uint64]reloc, error) {
	dynSyms, err := f.DynamicSymbols()
	if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
		return nil, fmt.Errorf("reading ELF dynamic symbols: %w", err)
	}
	relocs := make(map[uint64]reloc)
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_ALLOC == 0 || (s.Type != elf.SHT_REL && s.Type != elf.SHT_RELA) {
			continue
		}
		data, err := s.Data()
		if err != nil {
			return nil, fmt.Errorf("reading ELF section %s: %w", s.Name, err)
		}
		size := elfRelocSize(f.Class, s.Type)
		for ; len(data) >= size; data = data[size:] {
			addr, sym, addend := decodeELFReloc(f.Class, f.ByteOrder, data[:size])
			r := reloc{addend: addend, inPlace: s.Type == elf.SHT_REL}
			if sym > 0 && sym <= uint64(len(dynSyms)) {
				r.sym = dynSyms[sym-1].Value // DynamicSymbols omits symbol 0
			}
			relocs[addr] = r
		}
	}
	return relocs, nil
}

// reloc is a dynamic relocation of a pointer, whose value is sym+addend.
// The addend is in the relocation (RELA) or at the relocated address (REL, inPlace).
type reloc struct {
	sym, addend uint64
	inPlace     bool
}

// elfRelocSize returns the size of a relocation entry in a section of type typ.
func elfRelocSize(class elf.Class, typ elf.SectionType) int {
	size := 8 // Elf32_Rel
	if class == elf.ELFCLASS64 {
		size = 16
	}
	if typ == elf.SHT_RELA {
		size += size / 2
	}
	return size
}

// decodeELFReloc decodes a relocation entry, returning the relocated address,
// the symbol index and the addend (0 for REL entries).
func decodeELFReloc(class elf.Class, order binary.ByteOrder, b []byte) (addr, sym, addend uint64) {
	if class == elf.ELFCLASS64 {
		addr, sym = order.Uint64(b), order.Uint64(b[8:])>>32
		if len(b) == 24 {
			addend = order.Uint64(b[16:])
		}
	} else {
		addr, sym = uint64(order.Uint32(b)), uint64(order.Uint32(b[4:])>>8)
		if len(b) == 12 {
			addend = uint64(order.Uint32(b[8:]))
		}
	}
	return addr, sym, addend
}

func openMachO(r io.ReaderAt) (*image, error) {
	f, err := macho.NewFile(r)
	if err != nil {
		return nil, fmt.Errorf("reading Mach-O file: %w", err)
	}
	var syms []symbol
	if f.Symtab != nil {
		for _, s := range f.Symtab.Syms {
			// Skip debugging entries and symbols in no section (undefined, absolute).
			if s.Type&machoStab == 0 && s.Sect != 0 {
				syms = append(syms, symbol{name: s.Name, addr: s.Value})
			}
		}
	}
	var regions []region
	for _, s := range f.Sections {
		if s.Offset != 0 { // zero-fill sections have no file contents
			regions = append(regions, region{s.Addr, s.Size, s.ReaderAt})
		}
	}
	ptrSize := 4
	if f.Magic == macho.Magic64 {
		ptrSize = 8
	}
	return newImage(f.ByteOrder, ptrSize, trimUnderscore(syms), regions, nil)
}

// trimUnderscore removes the leading underscore that external linkers add
// to Mach-O symbol names, if the init task tables have it.
func trimUnderscore(syms []symbol) []symbol {
	underscored := false
	for _, s := range syms {
		underscored = underscored || s.name == "_"+runtimeTable || s.name == "_"+mainTable
	}
	if underscored {
		for i := range syms {
			syms[i].name = strings.TrimPrefix(syms[i].name, "_")
		}
	}
	return syms
}

func openPE(r io.ReaderAt) (*image, error) {
	f, err := pe.NewFile(r)
	if err != nil {
		return nil, fmt.Errorf("reading PE file: %w", err)
	}
	var base uint64
	ptrSize := 4
	switch h := f.OptionalHeader.(type) {
	case *pe.OptionalHeader32:
		base = uint64(h.ImageBase)
	case *pe.OptionalHeader64:
		base, ptrSize = h.ImageBase, 8
	default:
		return nil, errors.New("PE file has no optional header")
	}
	var syms []symbol
	for _, s := range f.Symbols {
		// Values are offsets in the section with the (1-based) SectionNumber.
		if n := int(s.SectionNumber); n > 0 && n <= len(f.Sections) {
			addr := base + uint64(f.Sections[n-1].VirtualAddress) + uint64(s.Value)
			syms = append(syms, symbol{name: s.Name, addr: addr})
		}
	}
	var regions []region
	for _, s := range f.Sections {
		size := min(s.VirtualSize, s.Size) // Size is rounded up to the file alignment
		regions = append(regions, region{base + uint64(s.VirtualAddress), uint64(size), s.ReaderAt})
	}
	return newImage(binary.LittleEndian, ptrSize, syms, regions, nil)
}

// newImage indexes the symbols of an executable file.
func newImage(order binary.ByteOrder, ptrSize int, syms []symbol, regions []region, relocs map[uint64]reloc) (*image, error) {
	if len(syms) == 0 {
		return nil, errNoSymbols
	}
	im := &image{
		order:   order,
		ptrSize: ptrSize,
		syms:    make(map[string]symbol, len(syms)),
		tasks:   make(map[uint64]string),
		regions: regions,
		relocs:  relocs,
	}
	for _, s := range syms {
		if _, dup := im.syms[s.name]; !dup {
			im.syms[s.name] = s
		}
		im.addrs = append(im.addrs, s.addr)
		if prefix, ok := strings.CutSuffix(s.name, linksym.TaskSuffix); ok {
			im.tasks[s.addr] = prefix
		}
	}
	sort.Slice(im.addrs, func(i, j int) bool { return im.addrs[i] < im.addrs[j] })
	return im, nil
}

// table returns the import paths of the packages whose init tasks
// are listed in the pointer array symbol name.
//
// Symbols without a size (Mach-O, PE) extend to the next symbol; then
// the table ends before the first entry (other than entry 0) that is not
// an init task pointer, which skips alignment padding and symbols missing
// from the symbol table.
func (im *image) table(name string) ([]string, error) {
	s, ok := im.syms[name]
	if !ok {
		return nil, errNoTable
	}
	data, err := im.read(s.addr, im.extent(s))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	var pkgs []string
	for off := 0; off+im.ptrSize <= len(data); off += im.ptrSize {
		ptr := im.pointer(s.addr+uint64(off), data[off:])
		prefix, ok := im.tasks[ptr]
		if !ok && s.size == 0 && off > 0 {
			break
		}
		if !ok {
			return nil, fmt.Errorf("%s entry %d (%#x) does not point to an init task symbol", name, off/im.ptrSize, ptr)
		}
		path, err := linksym.Path(prefix)
		if err != nil {
			return nil, fmt.Errorf("%s entry %d: %w", name, off/im.ptrSize, err)
		}
		pkgs = append(pkgs, path)
	}
	return pkgs, nil
}

// extent returns the size of s, or if unknown, the distance to the next symbol
// (0 if there is none, meaning up to the end of the region).
func (im *image) extent(s symbol) uint64 {
	if s.size != 0 {
		return s.size
	}
	i := sort.Search(len(im.addrs), func(i int) bool { return im.addrs[i] > s.addr })
	if i == len(im.addrs) {
		return 0
	}
	return im.addrs[i] - s.addr
}

// read returns the n bytes of file contents at address addr, or fewer if
// the region holding addr ends earlier; n == 0 means up to the region's end.
func (im *image) read(addr, n uint64) ([]byte, error) {
	for _, r := range im.regions {
		if addr < r.addr || addr-r.addr >= r.size {
			continue
		}
		off := addr - r.addr
		if n == 0 || n > r.size-off {
			n = r.size - off
		}
		// Read incrementally rather than trusting n for an allocation:
		// the sizes come from the possibly corrupt file.
		buf, err := io.ReadAll(io.NewSectionReader(r.data, int64(off), int64(n)))
		if err == nil && uint64(len(buf)) != n {
			err = fmt.Errorf("section at %#x is truncated", r.addr)
		}
		return buf, err
	}
	return nil, fmt.Errorf("address %#x is not in a section stored in the file", addr)
}

// pointer returns the pointer at address addr, whose file contents start b,
// after applying its dynamic relocation, if any.
func (im *image) pointer(addr uint64, b []byte) uint64 {
	var v uint64
	if im.ptrSize == 8 {
		v = im.order.Uint64(b)
	} else {
		v = uint64(im.order.Uint32(b))
	}
	if r, ok := im.relocs[addr]; ok {
		if !r.inPlace {
			v = r.addend
		}
		v += r.sym
	}
	if im.ptrSize == 4 {
		v = uint64(uint32(v))
	}
	return v
}
