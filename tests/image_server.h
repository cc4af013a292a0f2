// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real HTTP server on loopback for image download tests, answering by path:
//   *.png            200 with a real 1x1 PNG (made and checked with Python's zlib and `file`)
//   *slow*           reads the request and never answers (a timeout)
//   *huge*           200 announcing 64 MiB of image/png, then a little of it (too large)
//   *page*           200 text/html (not an image)
//   anything else    404 Not Found
// It counts requests per path, so a test can tell a reused file from a second fetch. Runs in
// the test's thread: the test must spin an event loop while a client talks to it.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace pw::test {

inline QByteArray onePixelPng()
{
    static const char bytes[] =
        "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01"
        "\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00\x0c\x49\x44\x41"
        "\x54\x78\x9c\x63\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00"
        "\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
    return QByteArray(bytes, sizeof(bytes) - 1);
}

class ImageServer : public QObject {
public:
    ImageServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { answer(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    bool listening() const { return m_server.isListening(); }
    int requests(const QString &path) const { return m_requests.value(path); }
    int totalRequests() const
    {
        int n = 0;
        for (int r : m_requests)
            n += r;
        return n;
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        buffer.clear();
        const QString path =
            requestLine.size() > 1 ? QString::fromLatin1(requestLine.at(1)) : QString();
        ++m_requests[path];
        if (path.contains(QLatin1String("slow")))
            return;
        QByteArray response;
        if (path.contains(QLatin1String("huge"))) {
            response = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 67108864\r\n"
                       "Connection: close\r\n\r\n" +
                       onePixelPng();
        } else if (path.contains(QLatin1String("page"))) {
            const QByteArray body = "<!DOCTYPE html><html><body>Not found</body></html>";
            response = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        } else if (path.endsWith(QLatin1String(".png"))) {
            const QByteArray body = onePixelPng();
            response = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        } else {
            const QByteArray body = "no such file";
            response = "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        }
        socket->write(response);
        if (!path.contains(QLatin1String("huge")))
            socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_requests;
};

} // namespace pw::test
