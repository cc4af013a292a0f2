// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace pw::test {

// An HTTP/1.1 proxy on 127.0.0.1 between the client under test and the test WordPress, which
// breaks chosen requests the ways real servers and networks do. It runs on a thread of its own,
// so a test may block (QProcess::waitForFinished, running the postwright binary) while it serves.
//
// Towards the client it keeps connections alive (several requests per connection, one at a
// time, as QNetworkAccessManager sends them; a client's "Connection: close" or HTTP/1.0 is
// honoured). Request bodies must carry Content-Length (chunked requests get a 501). Towards
// WordPress each request goes on a new connection as HTTP/1.0 with Connection: close, with the
// Host header WordPress expects; the whole answer is read, then passed on with a Content-Length.
// The upstream origin in Link and Location headers becomes the proxy's, so discovery through
// the proxy stays behind it; bodies are passed on unchanged (links inside JSON name WordPress).
class FaultProxy {
public:
    enum class Fault {
        Disconnect,  // read the whole request, then close: nothing forwarded, nothing answered
        LoseAnswer,  // forward it, let WordPress act, then close without answering
        ServerError, // 500 with WordPress' JSON for a fatal error (not forwarded)
        Hold,        // answer nothing for holdMs (then forward), or never when holdMs < 0
        DropUpload,  // close once `bytes` of the request body have arrived (default 64 KiB)
        Truncate,    // forward; answer with the full Content-Length but only `bytes` of the body
                     // (default half of it), then close
        Huge,        // 200 application/json, a valid JSON array of `bytes` (default 80 MiB),
                     // streamed with Content-Length as fast as the client reads (not forwarded)
        Malformed,   // 200 application/json whose body is a PHP warning and half an object
    };

    // Which requests a fault hits: those whose method equals `method` (empty: any) and whose
    // percent-decoded target (path and query) contains `pathContains`, from the `nth` such
    // request (1-based) on, for `times` of them (-1: all). A request takes the first rule that
    // fires for it; every matching rule counts it.
    struct Rule {
        QByteArray method;
        QString pathContains;
        Fault fault = Fault::Disconnect;
        int nth = 1;
        int times = 1;
        qint64 bytes = -1; // DropUpload, Truncate, Huge; -1: their default
        int holdMs = -1;   // Hold
    };

    // A request the proxy saw: which rule fired for it (-1: none), and the body bytes the
    // proxy handed to the client's connection (what a Huge answer got out before the client
    // stopped reading).
    struct Seen {
        QByteArray method;
        QByteArray target;
        int rule = -1;
        qint64 bodyBytesSent = 0;
    };

    // `upstream`: the WordPress site's address (http, its scheme, host and port are used).
    explicit FaultProxy(const QUrl &upstream);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    bool isListening() const;
    // http://127.0.0.1:PORT with the upstream's path: the address to give the client.
    QUrl url() const;

    // The rule's index, for fired().
    int inject(const Rule &rule);
    void clearRules(); // also forgets fired() counts; seen() is kept
    int fired(int rule) const;
    QList<Seen> seen() const;
    void clearSeen();

    struct State; // shared with the proxy's thread

private:
    std::shared_ptr<State> m_state;
    std::unique_ptr<QThread> m_thread;
    QUrl m_url;
};

} // namespace pw::test
