package acme

// A fake detector, for the extractor's test: the package-level constant
// below is used by the test file beside it.

type Scanner struct{}

const prefix = "acme_"
