// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QObject>

class QStatusBar;

namespace pw::gui {

class Document;
class DocumentManager;

// The window's side of code colouring: the documents colour code in the app's light or dark
// theme, following palette changes, and when a snapshot says code stayed plain (no helper,
// helper down) the status bar says why, once per session, not on every keystroke.
class CodeColourWatch : public QObject {
    Q_OBJECT
public:
    CodeColourWatch(DocumentManager *documents, QStatusBar *statusBar, QObject *parent = nullptr);

    // Whether the application palette is a dark one (its base colour is dark).
    static bool darkPalette();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(Document *document);
    void noticeSnapshot(const SnapshotPtr &snapshot);

    DocumentManager *m_documents;
    QStatusBar *m_statusBar;
    bool m_told = false;
};

} // namespace pw::gui
