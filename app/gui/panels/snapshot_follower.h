// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"
#include "gui/document/document.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace pw::gui {

// How a panel follows the current document, as Kate's plugins follow viewChanged: the panel
// is told which document is current, and from then on hears of that document's snapshots
// itself. `show` runs at once with the document's latest snapshot (null before the first
// analysis, or with no document) and again after every new one.
class SnapshotFollower : public QObject {
    Q_OBJECT
public:
    using Show = std::function<void(Document *document, const SnapshotPtr &snapshot)>;
    SnapshotFollower(Show show, QObject *parent);

    void setDocument(Document *document);
    Document *document() const { return m_document; }

private:
    Show m_show;
    QPointer<Document> m_document;
    QMetaObject::Connection m_connection;
};

} // namespace pw::gui
