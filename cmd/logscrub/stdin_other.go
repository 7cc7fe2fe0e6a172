//go:build !unix

package main

import "os"

func pollableStdin(f *os.File) *os.File { return f }
