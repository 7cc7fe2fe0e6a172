// Package listen is logscrub's network receiver: it accepts
// newline-delimited lines from many clients at once over TCP, TLS, mutual
// TLS or a Unix socket, scrubs them, and hands them to a [sink.Lines].
//
// # Lines
//
// Each connection has its own [filter.Stream] (the compiled rules are
// shared), so one client's multi-line state never mixes with another's.
// Each read's complete lines are scrubbed and handed to the sink in one
// WriteLines call: a line is never interleaved with another connection's
// bytes, and a connection's lines stay in the order it sent them. When the
// sink blocks (a full forward queue), the connection is not read, and TCP
// flow control slows the client down.
//
// A line ends at '\n'; "\r\n" is kept. A client that disconnects, goes idle
// past [Options].IdleTimeout, or is still sending at shutdown with a
// partial line: that line is scrubbed and written with a '\n' added, never
// written unscanned and never dropped. A line longer than [Options].MaxLine
// is cut into pieces of at most MaxLine bytes (at the last blank, comma,
// semicolon or ampersand in its final 4 KiB when there is one, so that a
// value is rarely cut in two); every piece is scanned and written as a line
// of its own, and counted in [Stats].LinesCut.
//
// # Syslog framing
//
// rsyslog's omfwd and other RFC 6587 senders use either LF-delimited
// frames, which are lines, or octet counting ("LEN SP MSG"). A connection
// whose first bytes are digits, a blank and '<' (a syslog priority) is read
// as octet-counted: each frame's MSG is scrubbed and written as a line.
//
// # Limits
//
// At most [Options].MaxConns connections are open at once; one more is
// accepted and closed at once (counted in [Stats].Refused). A TLS
// handshake must finish within [Options].HandshakeTimeout.
//
// # Shutdown
//
// [Server.Shutdown] stops accepting, then lets every connection read what
// its client already sent for [Options].Drain, writes it (a partial last
// line included) and closes it. Connections still busy when Shutdown's
// context ends are closed.
//
// The package logs connection events and rejections with the client's
// address, never a line's content.
package listen
