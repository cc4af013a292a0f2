// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/preview/request_interceptor.h"

#include "gui/preview/document_scheme_handler.h"

namespace pw::gui {

RequestInterceptor::RequestInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    // Files outside the document's folder are lent to the page as pictures only: not as a
    // frame, a script, a style sheet, a fetch or a navigation.
    if (scheme == QLatin1String(kPreviewScheme) &&
        info.requestUrl().host() == QLatin1String("image") &&
        info.resourceType() != QWebEngineUrlRequestInfo::ResourceTypeImage) {
        info.block(true);
        ++m_blocked;
        return;
    }
    // file: is not local here: the preview reads the document's folder through pw-doc only.
    if (scheme == QLatin1String(kPreviewScheme) || scheme == QLatin1String("data") ||
        scheme == QLatin1String("blob") || scheme == QLatin1String("about")) {
        return;
    }
    const bool remoteImage =
        (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage;
    if (remoteImage && m_remoteImagesAllowed)
        return;
    info.block(true);
    ++m_blocked;
}

} // namespace pw::gui
