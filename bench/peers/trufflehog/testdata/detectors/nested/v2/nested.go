package v2

// A detector without a unit test.
type Scanner struct{}
