// Package reallogs holds the test that judges every change the default
// rules make to ../shared/corpus/reallogs: 4,476 real sample log lines that
// Panther, Wazuh and Vector committed as parser and rule test input (cloud
// and SaaS audit events, syslog, firewalls, mail and web servers).
//
// Those logs were not written here and they do hold sample credentials, so
// a changed line is a finding to be judged, not a failure in itself. Each
// one is listed in testdata/reallogs/findings.tsv with the rules that change
// it and the credential they remove. TestRealLogs fails on a changed line
// that the list does not name, on a listed line that the rules change
// differently or no longer change, on a reason left empty, and on any line
// whose count, ending or JSON validity the scrub does not keep.
//
// When a rule change alters the findings, run
//
//	go test ./bench/reallogs -update
//
// which rewrites the list, keeping the reasons of lines still found and
// writing UNEXPLAINED for new ones: the test fails until each is replaced by
// the credential it is, or the change is fixed.
package reallogs
