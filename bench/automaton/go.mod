module github.com/logscrub/logscrub/bench/automaton

go 1.26.8

require (
	github.com/BobuSumisu/aho-corasick v1.0.3
	github.com/coregx/ahocorasick v0.3.1
	github.com/logscrub/logscrub v0.0.0
	github.com/petar-dambovaliev/aho-corasick v0.0.0-20250424160509-463d218d4745
)

require (
	github.com/BurntSushi/toml v1.6.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
)

replace github.com/logscrub/logscrub => ../..
