// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlRequestInterceptor>
#include <atomic>

namespace pw::gui {

// The preview's network gate. Everything that is not the preview's own scheme (or inline
// data) is refused: pages, scripts, style sheets, fonts, CSS url(), srcset candidates,
// prefetches, favicons. Only when the user allowed remote images for this document are
// http(s) images let through, and then only images. Local image files (pw-doc://image) are
// likewise let through as images only.
class RequestInterceptor : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void setRemoteImagesAllowed(bool allowed) { m_remoteImagesAllowed = allowed; }
    bool remoteImagesAllowed() const { return m_remoteImagesAllowed; }

    // Requests refused since construction; for tests and diagnostics.
    int blockedCount() const { return m_blocked; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    // Atomic: Qt documents the interceptor as callable from the IO thread in some versions.
    std::atomic<bool> m_remoteImagesAllowed = false;
    std::atomic<int> m_blocked = 0;
};

} // namespace pw::gui
