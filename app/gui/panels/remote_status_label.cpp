// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/remote_status_label.h"

#include "gui/document/document.h"

namespace pw::gui {

RemoteStatusLabel::RemoteStatusLabel(QWidget *parent)
    : QLabel(parent), m_shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P)
{
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // Apart from the counts that follow it in the status bar.
    setContentsMargins(0, 0, fontMetrics().horizontalAdvance(QStringLiteral("  ")), 0);
    hide();
}

void RemoteStatusLabel::setDocument(Document *document)
{
    disconnect(m_connection);
    m_document = document;
    if (document)
        m_connection =
            connect(document, &Document::metadataChanged, this, &RemoteStatusLabel::refresh);
    refresh();
}

void RemoteStatusLabel::setPublishShortcut(const QKeySequence &shortcut)
{
    m_shortcut = shortcut;
    refresh();
}

QString RemoteStatusLabel::plainText() const
{
    return m_mark ? m_mark->statusText(m_shortcut.toString(QKeySequence::NativeText)) : QString();
}

void RemoteStatusLabel::refresh()
{
    m_mark = m_document ? remoteMarkOf(m_document->metadata()) : std::nullopt;
    if (!m_mark) {
        clear();
        setToolTip(QString());
        hide();
        return;
    }
    const QString place = m_mark->place().toHtmlEscaped();
    const QString hint =
        RemoteMark::updateHint(m_shortcut.toString(QKeySequence::NativeText)).toHtmlEscaped();
    if (m_mark->link.isEmpty()) {
        setText(place + QStringLiteral(" — ") + hint);
        setToolTip(m_mark->summary());
    } else {
        const QString href = QString::fromUtf8(m_mark->link.toEncoded()).toHtmlEscaped();
        setText(QStringLiteral("<a href=\"%1\">%2</a> — %3").arg(href, place, hint));
        setToolTip(m_mark->summary() + QLatin1Char('\n') + m_mark->link.toDisplayString());
    }
    show();
}

} // namespace pw::gui
