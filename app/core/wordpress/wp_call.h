// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/wp_response.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace pw::wp {

// One request to a site, under way: finished() is emitted once, after which response() holds
// the classified answer. The owner deletes it (deleteLater) when done; deleting it earlier
// aborts the request.
class Call : public QObject {
    Q_OBJECT

public:
    struct Limits {
        int idleTimeoutMs = 30000;       // no byte in either direction for this long: timeout
        qint64 maxBytes = 64ll << 20;    // a larger answer is refused, not read
    };

    Call(QNetworkReply *reply, const Limits &limits, QObject *parent = nullptr);
    ~Call() override;

    bool isFinished() const { return m_finished; }
    const Response &response() const { return m_response; }
    void cancel();

signals:
    void progress(qint64 sent, qint64 sendTotal, qint64 received, qint64 receiveTotal);
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void finish(const Response &response);
    void fail(Failure failure);

    QPointer<QNetworkReply> m_reply;
    Limits m_limits;
    QTimer m_idle;
    QByteArray m_body;
    Failure m_known = Failure::None;
    Response m_response;
    bool m_finished = false;
    bool m_parsing = false; // a big answer is being parsed on a worker
};

} // namespace pw::wp
