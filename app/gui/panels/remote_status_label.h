// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/sites/remote_mark.h"

#include <QKeySequence>
#include <QLabel>
#include <QPointer>

namespace pw::gui {

class Document;

// Where the current document's post lives on a WordPress site, for the status bar: "Draft on
// example.com — Publish updates it (Ctrl+Shift+P)", the first part a link to the post when its
// address is known. Hidden for a document that is only local. Follows the document's metadata
// itself, so a publish that records a new status shows at once.
class RemoteStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit RemoteStatusLabel(QWidget *parent = nullptr);

    // Shows `document` (null: none) from now on.
    void setDocument(Document *document);
    // The Publish action's shortcut, named in the hint (default Ctrl+Shift+P).
    void setPublishShortcut(const QKeySequence &shortcut);

    // The mark shown; none while hidden.
    const std::optional<RemoteMark> &mark() const { return m_mark; }
    // The text without its link markup.
    QString plainText() const;

private:
    void refresh();

    QPointer<Document> m_document;
    QMetaObject::Connection m_connection;
    QKeySequence m_shortcut;
    std::optional<RemoteMark> m_mark;
};

} // namespace pw::gui
