// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/snapshot_follower.h"

#include "gui/document/document.h"

namespace pw::gui {

SnapshotFollower::SnapshotFollower(Show show, QObject *parent)
    : QObject(parent), m_show(std::move(show))
{
}

void SnapshotFollower::setDocument(Document *document)
{
    disconnect(m_connection);
    m_document = document;
    if (document) {
        m_connection =
            connect(document, &Document::snapshotChanged, this,
                    [this](const SnapshotPtr &snapshot) { m_show(m_document, snapshot); });
    }
    m_show(document, document ? document->snapshot() : SnapshotPtr());
}

} // namespace pw::gui
