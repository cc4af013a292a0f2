// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace pw::gui {

// The preview's one custom scheme. Three hosts, three origins:
//   pw-doc://page/...   the preview page and its script and style, from the app's resources;
//   pw-doc://doc/...    files from the current document's folder tree (relative images);
//   pw-doc://image/...  image files anywhere, by absolute path (local_image.h), for <img> only.
inline constexpr char kPreviewScheme[] = "pw-doc";

// Registers the preview's URL scheme with WebEngine. Must run before the QApplication is
// constructed (WebEngine reads the scheme list once, at start-up); calling it twice is harmless.
void registerPreviewSchemes();

// Serves the preview page, the document's own files and local image files, and nothing else:
// no path may leave the document's folder, neither by ".." nor by a symlink pointing out of
// it, except to a file whose content is an image (readLocalImage), asked for as an image.
class DocumentSchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
public:
    explicit DocumentSchemeHandler(QObject *parent = nullptr);

    // Empty: no document folder, so every pw-doc://doc/ request fails.
    void setDocumentFolder(const QString &folder);
    QString documentFolder() const { return m_root; }

    // The Content-Security-Policy sent with the page. The page reads it once per load, so
    // changing it takes effect at the next load only.
    void setContentSecurityPolicy(const QByteArray &policy) { m_policy = policy; }

    // The file a pw-doc://doc/ URL names, or empty when it is outside the folder tree,
    // missing, or not a regular file. Public for tests.
    QString resolveDocumentFile(const QUrl &url) const;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void servePage(QWebEngineUrlRequestJob *job);
    void serveDocumentFile(QWebEngineUrlRequestJob *job, const QUrl &url);
    void serveLocalImage(QWebEngineUrlRequestJob *job);

    QString m_root; // canonical, without trailing slash
    QByteArray m_policy;
};

} // namespace pw::gui
