// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_call.h"

#include "core/wordpress/off_thread.h"

#include <QNetworkReply>

namespace pw::wp {

Call::Call(QNetworkReply *reply, const Limits &limits, QObject *parent)
    : QObject(parent), m_reply(reply), m_limits(limits)
{
    reply->setParent(this);
    // Without a bound, Qt's network thread reads a whole answer ahead of onReadyRead.
    reply->setReadBufferSize(1 << 20);
    // A declared length over the cap is refused before its body is read.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
            fail(Failure::BadResponse);
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { fail(Failure::Timeout); });
    connect(reply, &QNetworkReply::readyRead, this, &Call::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Call::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_idle.start();
        emit progress(sent, total, m_body.size(), -1);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_idle.start();
        emit progress(-1, -1, received, total);
    });
    m_idle.start();
}

Call::~Call()
{
    if (m_reply && !m_reply->isFinished()) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void Call::cancel()
{
    fail(Failure::Cancelled);
}

void Call::fail(Failure failure)
{
    if (m_finished || m_parsing || !m_reply)
        return;
    m_known = failure;
    m_reply->abort(); // finished() follows, and onFinished classifies with m_known
}

void Call::onReadyRead()
{
    m_idle.start();
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxBytes) {
        m_body.clear(); // nothing of it is parsed
        fail(Failure::BadResponse);
    }
}

void Call::onFinished()
{
    if (m_finished || m_parsing)
        return;
    m_idle.stop();
    if (m_known == Failure::None)
        m_body += m_reply->readAll();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QHash<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        headers.insert(name.toLower(), value);
    // A connection dropped mid-answer is a truncated answer, not a missing one.
    Failure known = m_known;
    if (known == Failure::None && status > 0 && m_reply->error() != QNetworkReply::NoError &&
        m_reply->error() < QNetworkReply::ContentAccessDenied)
        known = Failure::BadResponse;
    const QNetworkReply::NetworkError error = m_reply->error();
    const int shownStatus = m_known == Failure::Cancelled ? 0 : status;
    // A page of 100 posts with their terms is about 1 MB of JSON: parsing it here would hold up
    // the window for that long, so a big answer is parsed on a worker. Small ones stay here.
    constexpr qsizetype kParseHereBytes = 128 * 1024;
    if (m_body.size() <= kParseHereBytes) {
        finish(classify(error, shownStatus, m_body, headers, known));
        return;
    }
    m_parsing = true;
    runOffThread<Response>(
        this,
        [error, shownStatus, body = std::move(m_body), headers, known] {
            return classify(error, shownStatus, body, headers, known);
        },
        [this](const Response &response) { finish(response); });
}

void Call::finish(const Response &response)
{
    m_parsing = false;
    m_response = response;
    m_finished = true;
    emit finished();
}

} // namespace pw::wp
