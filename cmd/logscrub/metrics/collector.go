package metrics

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/logscrub/logscrub/cmd/logscrub/forward"
	"github.com/logscrub/logscrub/cmd/logscrub/listen"
)

func desc(name, help string, labels ...string) *prometheus.Desc {
	return prometheus.NewDesc(prometheus.BuildFQName(namespace, "", name), help, labels, nil)
}

// The metrics read at scrape time. They are there (at 0) when the part
// they describe is not configured, so that every logscrub has the same
// series.
var (
	errorsDesc = desc("errors_total", "Errors by kind: read, decompress, write (inputs and the output), sink (a receiver connection closed because the output failed), tls_handshake (a TLS handshake rejected).", "kind")

	tcpOpenDesc     = desc("tcp_connections_open", "Receiver connections open now (TCP and Unix sockets).")
	tcpAcceptedDesc = desc("tcp_connections_accepted_total", "Receiver connections accepted, refused and rejected ones included.")
	tcpRefusedDesc  = desc("tcp_connections_refused_total", "Receiver connections closed at once because --max-conns were open.")
	tcpCutDesc      = desc("tcp_lines_cut_total", "Received lines longer than --max-line, cut into pieces that were each scanned.")
	tcpPartialDesc  = desc("tcp_partial_lines_total", "Received last lines without a newline at a disconnect, idle timeout or shutdown.")

	tlsRejectDesc = desc("tls_handshake_rejections_total", "TLS handshakes rejected by the receiver, by reason.", "reason")

	fwdConnectedDesc   = desc("forward_connected", "1 while the forwarder has a working connection to the --forward target.")
	fwdQueueBytesDesc  = desc("forward_queue_bytes", "Bytes queued for the --forward target, not yet sent.")
	fwdQueueLinesDesc  = desc("forward_queue_lines", "Lines queued for the --forward target, not yet sent.")
	fwdSentDesc        = desc("forward_lines_sent_total", "Lines written to the --forward target.")
	fwdBytesSentDesc   = desc("forward_bytes_sent_total", "Bytes written to the --forward target.")
	fwdReconnectsDesc  = desc("forward_reconnects_total", "Connections to the --forward target after the first.")
	fwdResentDesc      = desc("forward_lines_resent_total", "Lines sent again after a connection broke before they were known delivered.")
	fwdUndeliveredDesc = desc("forward_undelivered_lines_total", "Lines never completely written to the --forward target (known at shutdown).")
)

// pulled reads the receiver's, the TLS server's and the forwarder's
// counters on each scrape.
type pulled struct{ m *Metrics }

func (pulled) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{
		errorsDesc,
		tcpOpenDesc, tcpAcceptedDesc, tcpRefusedDesc, tcpCutDesc, tcpPartialDesc,
		tlsRejectDesc,
		fwdConnectedDesc, fwdQueueBytesDesc, fwdQueueLinesDesc, fwdSentDesc, fwdBytesSentDesc,
		fwdReconnectsDesc, fwdResentDesc, fwdUndeliveredDesc,
	} {
		ch <- d
	}
}

func (p pulled) Collect(ch chan<- prometheus.Metric) {
	m := p.m
	counter := func(d *prometheus.Desc, v int64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, float64(v), labels...)
	}
	gauge := func(d *prometheus.Desc, v int64) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, float64(v))
	}

	var ls listen.Stats
	if s := m.srv.Load(); s != nil {
		ls = s.Stats()
	}
	var rej map[string]int64
	if t := m.tls.Load(); t != nil {
		rej = t.Rejections()
	}
	var rejected, other int64
	for _, r := range tlsReasons {
		counter(tlsRejectDesc, rej[r], r)
		rejected += rej[r]
	}
	for r, n := range rej {
		if !knownReason(r) {
			other += n
		}
	}
	if other > 0 {
		counter(tlsRejectDesc, other, "other")
		rejected += other
	}

	for k := range numErrorKinds {
		counter(errorsDesc, m.errs[k].Load(), k.String())
	}
	counter(errorsDesc, ls.SinkErrors, errSink)
	counter(errorsDesc, rejected, errTLSHandshake)

	gauge(tcpOpenDesc, ls.Open)
	counter(tcpAcceptedDesc, ls.Accepted)
	counter(tcpRefusedDesc, ls.Refused)
	counter(tcpCutDesc, ls.LinesCut)
	counter(tcpPartialDesc, ls.PartialLines)

	var fs forward.Stats
	var connected int64
	if f := m.fwd.Load(); f != nil {
		fs = f.Stats()
		if f.Connected() {
			connected = 1
		}
	}
	gauge(fwdConnectedDesc, connected)
	gauge(fwdQueueBytesDesc, fs.QueuedBytes)
	gauge(fwdQueueLinesDesc, fs.QueuedLines)
	counter(fwdSentDesc, fs.LinesSent)
	counter(fwdBytesSentDesc, fs.BytesSent)
	counter(fwdReconnectsDesc, fs.Reconnects)
	counter(fwdResentDesc, fs.Resent)
	counter(fwdUndeliveredDesc, fs.Undelivered)
}

func knownReason(r string) bool {
	for _, k := range tlsReasons {
		if k == r {
			return true
		}
	}
	return false
}
