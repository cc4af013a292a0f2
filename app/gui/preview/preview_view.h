// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;

namespace pw::gui {

class DocumentSchemeHandler;
class PreviewBridge;
class PreviewPage;
class RequestInterceptor;

// The live preview of one document. One page is loaded once; each new rendering is pushed
// into it as top-level blocks, and only the blocks that changed since the last push are sent
// (with how far the ones after them moved), so the page patches just those.
//
// Source lines in this interface are 0-based, like PreviewBlock and QTextDocument blocks.
class PreviewView : public QWidget {
    Q_OBJECT
public:
    // UTF-16 characters of block HTML the page shows; a longer post is previewed up to there
    // (about 25 times the 200 KB post of the benchmarks).
    static constexpr qsizetype maxPreviewHtml = 8 * 1024 * 1024;

    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Pushes a rendering. While the page is still applying an earlier one, only the newest
    // waits; anything between is dropped.
    void setBlocks(const QList<PreviewBlock> &blocks, quint64 revision);
    void setTitle(const QString &title);
    // Relative image paths resolve against this folder; nothing outside its tree is readable
    // but image files (the pw-doc://image URLs the analysis writes for absolute paths).
    void setDocumentFolder(const QString &folder);
    // "Load remote images" for this document. Changing it reloads the page once (the page's
    // Content-Security-Policy is fixed per load) and restores content and scroll position.
    void setRemoteImagesAllowed(bool allowed);
    bool remoteImagesAllowed() const;
    void scrollToSourceLine(int line);

    QWebEngineView *webView() const { return m_view; }
    PreviewPage *page() const { return m_page; }
    RequestInterceptor *requestInterceptor() const { return m_interceptor; }
    // Completed loads of the preview page; stays at 1 while editing.
    int pageLoadCount() const { return m_loadCount; }
    bool isReady() const { return m_ready; }
    quint64 appliedRevision() const { return m_appliedRevision; }

signals:
    void revisionApplied(quint64 revision);
    void sourceLineClicked(int line);
    void topSourceLineChanged(int line);
    void loadFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Rendering {
        QList<PreviewBlock> blocks;
        quint64 revision = 0;
    };
    // A block as the page holds it: enough to tell what a new rendering changes.
    struct PageBlock {
        quint64 hash = 0;
        int firstLine = 0;
        int lastLine = 0;
    };

    void loadPage();
    void onPageReady();
    void onApplied(quint64 revision);
    void sendPending();
    void sendWhole(const QList<PreviewBlock> &blocks, quint64 revision);
    void sendChange(const QList<PreviewBlock> &blocks, quint64 revision);
    void rememberPageBlocks(const QList<PreviewBlock> &blocks);
    void sendTheme();
    void sendRelativeImageLabel();
    bool isDarkPalette() const;
    QByteArray contentSecurityPolicy() const;

    // Declared first: the page must be destroyed before the profile (see the destructor).
    QWebEngineProfile *m_profile;
    RequestInterceptor *m_interceptor;
    DocumentSchemeHandler *m_schemeHandler;
    QWebEngineView *m_view;
    PreviewPage *m_page;
    QWebChannel *m_channel;
    PreviewBridge *m_bridge;

    bool m_ready = false;
    bool m_inFlight = false;
    int m_loadCount = 0;
    int m_topLine = 0;
    int m_restoreLine = -1; // after a reload, scroll back here
    quint64 m_appliedRevision = 0;
    QString m_title;
    Rendering m_current;                // the newest rendering, re-sent after a reload
    std::optional<Rendering> m_pending; // waiting for the page to finish the one in flight
    // What the page holds (or will, once the push in flight lands); empty after a (re)load
    // and after the page lost track, when the next push replaces everything.
    QList<PageBlock> m_pageBlocks;
    bool m_pageKnown = false;
};

} // namespace pw::gui
