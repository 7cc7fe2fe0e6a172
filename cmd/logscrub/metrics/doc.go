// Package metrics is logscrub's Prometheus instrumentation and its health
// endpoints, for --metrics-addr.
//
// A Metrics holds its own registry (never the global default one) with the
// Go and process collectors. Two kinds of values feed it:
//
//   - Pushed, from the hot path: each filter.Stream reports its counts once
//     per block to the Observer that Source returns. Every counter it adds
//     to is resolved when the Metrics is built (one per source kind, one
//     per rule id), so ObserveBlock is a few atomic adds: no map lookup, no
//     WithLabelValues, no allocation.
//   - Pulled, at scrape time: the TCP receiver's, the TLS server's and the
//     forwarder's own counters (their Stats and Rejections), read by a
//     custom collector on each scrape. Those packages know nothing of
//     Prometheus.
//
// Every label has a fixed set of values: source kinds, rule ids of the rule
// set, error kinds, TLS rejection reasons. No label carries a line's
// content, a secret, a file name or a client address.
//
// Handler serves /metrics, /healthz and /readyz on an explicit mux. The
// metric list is in README.md, section Metrics.
package metrics
