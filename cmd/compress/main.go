// Command compress writes FILE.br (brotli, quality 11) and FILE.gz (gzip,
// best compression) beside FILE, so the server can send the wasm
// precompressed. It is pure Go: `make run` needs nothing but Go.
//
//	go run ./cmd/compress web/app.wasm
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: compress FILE")
		os.Exit(2)
	}
	src := os.Args[1]
	if err := compress(src, src+".gz", func(w io.Writer) io.WriteCloser {
		gz, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		return gz
	}); err != nil {
		fail(err)
	}
	if err := compress(src, src+".br", func(w io.Writer) io.WriteCloser {
		return brotli.NewWriterLevel(w, brotli.BestCompression)
	}); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "compress:", err)
	os.Exit(1)
}

// compress writes dst atomically: a partial file never replaces a good one.
func compress(src, dst string, newWriter func(io.Writer) io.WriteCloser) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dst), ".compress-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := newWriter(tmp)
	if _, err := io.Copy(w, in); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	st, _ := os.Stat(tmp.Name())
	fmt.Printf("%s: %d bytes\n", dst, st.Size())
	return os.Rename(tmp.Name(), dst)
}
