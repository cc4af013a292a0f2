// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/preview/preview_page.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace pw::gui {

// CSP refusals of a post's scripts and remote images are expected, not errors: they go to a
// category that is quiet unless asked for (QT_LOGGING_RULES="pw.preview.debug=true").
Q_LOGGING_CATEGORY(lcPreview, "pw.preview", QtWarningMsg)

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent),
      m_openLink([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    // Camera, microphone, location, notifications, screen capture: a post gets none of them.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
}

void PreviewPage::loadPreviewPage(const QUrl &url)
{
    m_allowedLoad = url;
    load(url);
}

void PreviewPage::openLink(const QUrl &url)
{
    if (url.isValid() && isExternalLinkScheme(url.scheme()) && m_openLink)
        m_openLink(url);
}

bool PreviewPage::isExternalLinkScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto");
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && !m_allowedLoad.isEmpty() && url == m_allowedLoad) {
        m_allowedLoad.clear();
        return true;
    }
    // Only a real click counts: redirects, form posts, meta refresh and script-made
    // navigations arrive with other types and are dropped without a trace.
    if (isMainFrame && type == NavigationTypeLinkClicked && isExternalLinkScheme(url.scheme()) &&
        url.isValid() && m_openLink) {
        m_openLink(url);
    }
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace pw::gui

namespace pw::gui {

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message,
                                           int line, const QString &source)
{
    qCDebug(lcPreview).noquote() << source << line << message;
}

} // namespace pw::gui
