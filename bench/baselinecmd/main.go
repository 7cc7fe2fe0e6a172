// Command baselinecmd runs the naive regexp scrubber of package
// github.com/logscrub/logscrub/bench/baseline over the named files (or stdin)
// and writes the result to stdout. bench/ratio.sh times it beside logscrub.
//
//	baselinecmd [FILE...] > scrubbed.log
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/logscrub/logscrub/bench/baseline"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "baselinecmd:", err)
		os.Exit(1)
	}
}

func run(files []string, stdin io.Reader, stdout io.Writer) error {
	if len(files) == 0 {
		return baseline.Scrub(stdout, stdin)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		err = baseline.Scrub(stdout, f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}
