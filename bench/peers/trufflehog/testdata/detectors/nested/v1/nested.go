package v1

type Scanner struct{}
