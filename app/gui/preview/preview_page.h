// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <functional>

namespace pw::gui {

// The preview's page: it shows one page, loaded once, and never goes anywhere else. A link
// the user clicks is handed to the system browser (http, https and mailto only).
class PreviewPage : public QWebEnginePage {
    Q_OBJECT
public:
    using LinkOpener = std::function<void(const QUrl &)>;

    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Defaults to QDesktopServices::openUrl; tests put a recorder here.
    void setLinkOpener(LinkOpener opener) { m_openLink = std::move(opener); }

    // Allows exactly one main-frame navigation to `url`: the (re)load of the page itself.
    void loadPreviewPage(const QUrl &url);

    // A link the user clicked in the page: opened when its scheme is http, https or mailto.
    void openLink(const QUrl &url);

    static bool isExternalLinkScheme(const QString &scheme);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;

private:
    LinkOpener m_openLink;
    QUrl m_allowedLoad;
};

} // namespace pw::gui
