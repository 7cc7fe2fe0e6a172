// Package forward sends scrubbed lines to a downstream receiver over TCP or
// TLS: a Fluent Bit or Vector tcp input, or another logscrub. It is the
// sink behind logscrub --forward tcp://HOST:PORT and
// --forward tls://HOST:PORT.
//
// # Queue and backpressure
//
// WriteLines copies its lines into a bounded in-memory queue
// (Options.QueueBytes, DefaultQueueBytes by default) and returns; a
// background sender writes the queue to the connection. While the queue is
// full WriteLines blocks, so the sources that feed it stop reading: that is
// the backpressure. Writers are admitted in the order they arrived, and a
// call larger than the whole queue is accepted once the queue is empty. The
// lines of one call stay together and in order; the calls of concurrent
// writers are never interleaved within a line. A call whose last line has
// no '\n' gets one.
//
// The sender writes in batches: everything queued, up to 256 KiB per write
// call. A line leaves the queue (and counts in Stats.LinesSent) only once
// it has been written to the socket completely.
//
// # Delivery semantics
//
// TCP gives no application-level acknowledgement, so a line counts as sent
// once it has been written to the socket without error. That is
// at-least-once for every loss the forwarder can detect, and no more:
//
//   - On a write error the connection is dropped and the lines from the
//     first line not completely written onwards stay queued; they are sent
//     again, in order, on the next connection and counted in Stats.Resent
//     (all the lines of the failed write from that first line on). A
//     receiver may therefore see a partial line at the end of the old
//     connection and the whole line again on the new one, and lines
//     written on the old connection may arrive twice.
//
//   - Before each batch the sender checks that the peer has not closed the
//     connection: a non-blocking read (on Unix a MSG_PEEK receive on the
//     socket, which costs no wait; elsewhere a read with a read deadline a
//     millisecond away). End of file, ECONNRESET or any other error means the peer is
//     gone: the connection is dropped before anything is written into it,
//     and the lines go to the next connection. A timeout, or nothing
//     pending, means alive. Anything the receiver sent is read and
//     discarded. The same check runs every second on an idle connection, so
//     a receiver restart is noticed, and Connected reports it, before the
//     next line. This is what keeps lines from being written into a socket
//     whose peer has already closed, the usual way lines are silently lost
//     when a receiver restarts.
//
//   - What the check cannot see is still lost: lines written successfully
//     into the kernel's send buffer (or the receiver's receive buffer)
//     shortly before the receiver crashes, or closes without reading them.
//     They were sent, by the definition above, and are not sent again.
//
//   - With TLS 1.3 the server verifies a client certificate after the
//     client has finished its handshake. When the server asked for one, the
//     forwarder waits briefly after the handshake (twice its duration plus
//     50ms, between 100ms and DialTimeout) for the server's verdict, so a
//     rejected client certificate is a failed connection and no lines are
//     written into a connection the server is about to reset.
//
// # A peer that does not read
//
// A receiver that keeps the connection open but does not read is
// backpressure, not failure: the write blocks, the queue fills and
// WriteLines blocks, with no write deadline, for as long as the peer's TCP
// stack keeps the connection open (the kernel's retransmission timeout and
// TCP keepalive still detect a peer that has vanished). No write deadline
// is used because a timed-out write leaves a TLS connection unusable. A
// warning is logged every 30 seconds a write call stays blocked. Only Close with a done
// context interrupts such a write; the lines still queued are then
// undelivered.
//
// # Reconnecting
//
// The sender connects in the background, at New and after every lost
// connection; the target may be down at start. Failed attempts back off
// exponentially from Options.MinBackoff to Options.MaxBackoff with full
// jitter (a uniformly random wait between zero and the current bound). The
// backoff is reset after a connection that worked (one that delivered a
// line or stayed up for 10 seconds), and the first attempt after such a
// connection is made at once. Stats.Reconnects counts the connections
// established after a failed attempt or a lost connection.
//
// # Closing
//
// Close stops accepting lines (WriteLines returns ErrClosed, also in the
// writers blocked on a full queue), keeps sending until the queue is empty
// or its context is done, then closes the connection. It returns the number
// of lines never completely written, also in Stats.Undelivered; the queue is
// then freed.
//
// # Logs and errors
//
// Connects, disconnects, reconnects and failures are logged at Info and
// Warn with the address and the error. Neither logs nor errors ever contain
// line content, nor the content of certificate or key files.
package forward
