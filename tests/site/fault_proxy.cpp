// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/fault_proxy.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <optional>

namespace pw::test {

struct FaultProxy::State {
    mutable QMutex mutex;
    struct Counted {
        Rule rule;
        int matched = 0;
        int fired = 0;
    };
    QList<Counted> rules;
    QList<Seen> seen;
    QByteArray upstreamHost; // "127.0.0.1:1234", for the Host header
    QString upstreamAddress;
    quint16 upstreamPort = 0;
    QByteArray upstreamOrigin; // "http://127.0.0.1:1234"
    QByteArray proxyOrigin;

    // Counts the request against every rule; the first that fires is applied.
    // `entry` is set to the request's index in `seen`.
    std::optional<std::pair<int, Rule>> match(const QByteArray &method, const QByteArray &target,
                                              qsizetype &entry)
    {
        QMutexLocker lock(&mutex);
        const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(target));
        std::optional<std::pair<int, Rule>> chosen;
        for (int i = 0; i < rules.size(); ++i) {
            Counted &c = rules[i];
            if ((!c.rule.method.isEmpty() && c.rule.method != method) ||
                !decoded.contains(c.rule.pathContains))
                continue;
            ++c.matched;
            const bool fires = c.matched >= c.rule.nth &&
                               (c.rule.times < 0 || c.matched < c.rule.nth + c.rule.times);
            if (fires && !chosen) {
                ++c.fired;
                chosen = std::make_pair(i, c.rule);
            }
        }
        seen.append({method, target, chosen ? chosen->first : -1, 0});
        entry = seen.size() - 1;
        return chosen;
    }

    void addSent(qsizetype entry, qint64 bytes)
    {
        QMutexLocker lock(&mutex);
        if (entry >= 0 && entry < seen.size())
            seen[entry].bodyBytesSent += bytes;
    }
};

namespace {

using Fault = FaultProxy::Fault;

struct Head {
    QByteArray first; // request or status line
    QList<QPair<QByteArray, QByteArray>> fields;

    QByteArray value(const QByteArray &name) const
    {
        for (const auto &[n, v] : fields)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

Head parseHead(const QByteArray &text)
{
    Head head;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (i == 0) {
            head.first = line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            head.fields.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

bool isHopByHop(const QByteArray &name)
{
    for (const char *hop : {"connection", "keep-alive", "proxy-connection", "transfer-encoding",
                            "content-length", "host", "te", "upgrade"})
        if (name.compare(hop, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// One client connection: reads its requests one after the other and answers each, normally or
// with the fault a rule chose.
class Session : public QObject {
public:
    Session(QTcpSocket *client, std::shared_ptr<FaultProxy::State> state, QObject *parent)
        : QObject(parent), m_client(client), m_state(std::move(state))
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Session::onClientData);
        connect(client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(client, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
            if (m_streaming) {
                m_state->addSent(m_entry, written);
                streamHuge();
            }
        });
    }

private:
    enum class Phase { Head, Body, Busy };

    void onClientData()
    {
        m_in += m_client->readAll();
        advance();
    }

    void advance()
    {
        if (m_phase == Phase::Head) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_head = parseHead(m_in.left(end));
            m_in.remove(0, end + 4);
            const QList<QByteArray> parts = m_head.first.split(' ');
            m_method = parts.value(0);
            m_target = parts.value(1);
            const QByteArray version = parts.value(2);
            const QByteArray connection = m_head.value("connection").toLower();
            m_keepAlive = version == "HTTP/1.1" ? !connection.contains("close")
                                                : connection.contains("keep-alive");
            m_length = m_head.value("content-length").toLongLong();
            m_body.clear();
            m_rule.reset();
            m_entry = -1;
            if (!m_head.value("transfer-encoding").isEmpty()) {
                m_phase = Phase::Busy;
                answer("HTTP/1.1 501 Not Implemented", {{"Content-Type", "text/plain"}},
                       "chunked request bodies are not supported by the test proxy\n", false);
                return;
            }
            if (auto chosen = m_state->match(m_method, m_target, m_entry))
                m_rule = chosen->second;
            m_phase = Phase::Body;
        }
        if (m_phase == Phase::Body) {
            const qint64 wanted = m_length - m_body.size();
            m_body += m_in.left(wanted);
            m_in.remove(0, std::min<qint64>(wanted, m_in.size()));
            if (m_rule && m_rule->fault == Fault::DropUpload &&
                m_body.size() >= (m_rule->bytes >= 0 ? m_rule->bytes : 64 * 1024) &&
                m_body.size() < m_length) {
                m_client->abort(); // mid-upload: the client is still sending
                deleteLater();
                return;
            }
            if (m_body.size() < m_length)
                return;
            m_phase = Phase::Busy;
            dispatch();
        }
    }

    void dispatch()
    {
        if (!m_rule) {
            forward();
            return;
        }
        switch (m_rule->fault) {
        case Fault::Disconnect:
        case Fault::DropUpload: // the whole body came before the limit: still a dropped upload
            m_client->disconnectFromHost();
            return;
        case Fault::LoseAnswer:
        case Fault::Truncate:
            forward();
            return;
        case Fault::ServerError:
            // What WordPress' fatal error handler sends for a REST request.
            answer("HTTP/1.1 500 Internal Server Error",
                   {{"Content-Type", "application/json; charset=UTF-8"}},
                   R"({"code":"internal_server_error","message":"<p>There has been a critical )"
                   R"(error on this website.<\/p><p><a href=\"https:\/\/wordpress.org\/)"
                   R"(documentation\/article\/faq-troubleshooting\/\">Learn more about )"
                   R"(troubleshooting WordPress.<\/a><\/p>","data":{"status":500},)"
                   R"("additional_errors":[]})",
                   m_keepAlive);
            return;
        case Fault::Malformed:
            // A PHP warning printed before the JSON, and the JSON cut short.
            answer("HTTP/1.1 200 OK", {{"Content-Type", "application/json; charset=UTF-8"}},
                   "<br />\n<b>Warning</b>:  Undefined array key \"x\" in <b>/srv/wp-content/"
                   "plugins/broken.php</b> on line <b>12</b><br />\n[{\"id\":1,\"title\":{\"raw\":",
                   m_keepAlive);
            return;
        case Fault::Hold:
            if (m_rule->holdMs >= 0)
                QTimer::singleShot(m_rule->holdMs, this, &Session::forward);
            return;
        case Fault::Huge:
            startHuge();
            return;
        }
    }

    void forward()
    {
        auto *upstream = new QTcpSocket(this);
        m_upstream = upstream;
        m_reply.clear();
        connect(upstream, &QTcpSocket::connected, this, [this, upstream] {
            QByteArray request = m_method + ' ' + m_target + " HTTP/1.0\r\n";
            for (const auto &[name, value] : m_head.fields)
                if (!isHopByHop(name))
                    request += name + ": " + value + "\r\n";
            if (m_length > 0 || !m_head.value("content-length").isEmpty())
                request += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
            request += "Host: " + m_state->upstreamHost + "\r\nConnection: close\r\n\r\n";
            upstream->write(request + m_body);
        });
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, upstream] { m_reply += upstream->readAll(); });
        connect(upstream, &QTcpSocket::disconnected, this, [this, upstream] {
            m_reply += upstream->readAll();
            upstream->deleteLater();
            relay();
        });
        connect(upstream, &QTcpSocket::errorOccurred, this,
                [this, upstream](QAbstractSocket::SocketError error) {
                    if (error == QAbstractSocket::RemoteHostClosedError)
                        return; // disconnected() follows
                    upstream->deleteLater();
                    answer("HTTP/1.1 502 Bad Gateway", {{"Content-Type", "text/plain"}},
                           "the test proxy could not reach WordPress\n", false);
                });
        upstream->connectToHost(m_state->upstreamAddress, m_state->upstreamPort);
    }

    // WordPress' answer, as read to the end, passed on (or spoilt).
    void relay()
    {
        const qsizetype end = m_reply.indexOf("\r\n\r\n");
        if (end < 0) {
            answer("HTTP/1.1 502 Bad Gateway", {{"Content-Type", "text/plain"}},
                   "WordPress sent no HTTP answer\n", false);
            return;
        }
        const Head head = parseHead(m_reply.left(end));
        QByteArray body = m_reply.mid(end + 4);
        const QByteArray length = head.value("content-length");
        if (!length.isEmpty())
            body.truncate(length.toLongLong());
        if (m_method == "HEAD")
            body.clear();
        if (m_rule && m_rule->fault == Fault::LoseAnswer) {
            m_client->disconnectFromHost();
            return;
        }
        QByteArray status = head.first;
        if (status.startsWith("HTTP/1.0"))
            status.replace(0, 8, "HTTP/1.1");
        QList<QPair<QByteArray, QByteArray>> fields;
        for (auto [name, value] : head.fields) {
            if (isHopByHop(name))
                continue;
            if (name.compare("link", Qt::CaseInsensitive) == 0 ||
                name.compare("location", Qt::CaseInsensitive) == 0)
                value.replace(m_state->upstreamOrigin, m_state->proxyOrigin);
            fields.append({name, value});
        }
        if (m_rule && m_rule->fault == Fault::Truncate) {
            const qint64 keep =
                m_rule->bytes >= 0 ? std::min<qint64>(m_rule->bytes, body.size()) : body.size() / 2;
            fields.append({QByteArray("Content-Length"), QByteArray::number(body.size())});
            writeHead(status, fields, false);
            m_client->write(body.left(keep));
            m_state->addSent(m_entry, keep);
            m_client->disconnectFromHost(); // after what is written has gone out
            return;
        }
        answer(status, fields, body, m_keepAlive);
    }

    void writeHead(const QByteArray &status, const QList<QPair<QByteArray, QByteArray>> &fields,
                   bool keepAlive)
    {
        QByteArray head = status + "\r\n";
        for (const auto &[name, value] : fields)
            head += name + ": " + value + "\r\n";
        head += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        m_client->write(head);
    }

    void answer(const QByteArray &status, QList<QPair<QByteArray, QByteArray>> fields,
                const QByteArray &body, bool keepAlive)
    {
        if (m_method == "HEAD")
            fields.append({QByteArray("Content-Length"), QByteArray("0")});
        else
            fields.append({QByteArray("Content-Length"), QByteArray::number(body.size())});
        writeHead(status, fields, keepAlive);
        if (m_method != "HEAD") {
            m_client->write(body);
            m_state->addSent(m_entry, body.size());
        }
        if (!keepAlive) {
            m_client->disconnectFromHost();
            return;
        }
        m_phase = Phase::Head;
        if (!m_in.isEmpty())
            QTimer::singleShot(0, this, &Session::advance);
    }

    // A JSON array of 64 KiB strings, exactly m_hugeLeft bytes long with the brackets.
    void startHuge()
    {
        m_hugeLeft = m_rule->bytes >= 0 ? m_rule->bytes : 80ll << 20;
        writeHead("HTTP/1.1 200 OK",
                  {{"Content-Type", "application/json; charset=UTF-8"},
                   {"X-WP-Total", "1"},
                   {"X-WP-TotalPages", "1"},
                   {"Content-Length", QByteArray::number(m_hugeLeft)}},
                  false);
        m_client->write("[");
        --m_hugeLeft;
        m_streaming = true;
        streamHuge();
    }

    void streamHuge()
    {
        static const QByteArray chunk = '"' + QByteArray(65533, 'a') + "\",";
        while (m_hugeLeft > 0 && m_client->bytesToWrite() < (1 << 20) &&
               m_client->state() == QAbstractSocket::ConnectedState) {
            if (m_hugeLeft >= chunk.size() + 3) {
                m_client->write(chunk);
                m_hugeLeft -= chunk.size();
            } else {
                m_client->write('"' + QByteArray(m_hugeLeft - 3, 'a') + "\"]");
                m_hugeLeft = 0;
            }
        }
        if (m_hugeLeft == 0 && m_streaming && m_client->bytesToWrite() == 0) {
            m_streaming = false;
            m_client->disconnectFromHost();
        }
    }

    QTcpSocket *m_client;
    std::shared_ptr<FaultProxy::State> m_state;
    QPointer<QTcpSocket> m_upstream;
    QByteArray m_in;
    Phase m_phase = Phase::Head;
    Head m_head;
    QByteArray m_method;
    QByteArray m_target;
    bool m_keepAlive = true;
    qint64 m_length = 0;
    QByteArray m_body;
    std::optional<FaultProxy::Rule> m_rule;
    qsizetype m_entry = -1;
    QByteArray m_reply;
    bool m_streaming = false;
    qint64 m_hugeLeft = 0;
};

} // namespace

FaultProxy::FaultProxy(const QUrl &upstream)
    : m_state(std::make_shared<State>()), m_thread(std::make_unique<QThread>())
{
    const int port = upstream.port(80);
    m_state->upstreamAddress = upstream.host();
    m_state->upstreamPort = quint16(port);
    m_state->upstreamHost = upstream.host().toUtf8() + ':' + QByteArray::number(port);
    m_state->upstreamOrigin = "http://" + m_state->upstreamHost;

    auto *server = new QTcpServer;
    server->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, server, &QObject::deleteLater);
    m_thread->start();
    quint16 listening = 0;
    QMetaObject::invokeMethod(
        server,
        [server, state = m_state, &listening] {
            if (!server->listen(QHostAddress::LocalHost))
                return;
            listening = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [server, state] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    new Session(socket, state, server);
            });
        },
        Qt::BlockingQueuedConnection);
    if (listening != 0) {
        m_url = upstream;
        m_url.setHost(QStringLiteral("127.0.0.1"));
        m_url.setPort(listening);
        QMutexLocker lock(&m_state->mutex);
        m_state->proxyOrigin = "http://127.0.0.1:" + QByteArray::number(listening);
    }
}

FaultProxy::~FaultProxy()
{
    m_thread->quit();
    m_thread->wait();
}

bool FaultProxy::isListening() const
{
    return m_url.isValid();
}

QUrl FaultProxy::url() const
{
    return m_url;
}

int FaultProxy::inject(const Rule &rule)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->rules.append({rule, 0, 0});
    return int(m_state->rules.size()) - 1;
}

void FaultProxy::clearRules()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->rules.clear();
}

int FaultProxy::fired(int rule) const
{
    QMutexLocker lock(&m_state->mutex);
    return rule >= 0 && rule < m_state->rules.size() ? m_state->rules.at(rule).fired : 0;
}

QList<FaultProxy::Seen> FaultProxy::seen() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->seen;
}

void FaultProxy::clearSeen()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->seen.clear();
}

} // namespace pw::test
