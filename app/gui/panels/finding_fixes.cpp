// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/finding_fixes.h"

#include "gui/document/document.h"
#include "gui/editor/markdown_commands.h"
#include "gui/editor/raw_text.h"
#include "gui/panels/findings_view.h"
#include "gui/panels/snapshot_follower.h"

#include <QAction>
#include <QMenu>

namespace pw::gui {

namespace {

// A suggestion is one line of text as a rule made it; a menu entry shows its start.
QString shortened(QString text)
{
    constexpr int maxCharacters = 60;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > maxCharacters)
        text = text.left(maxCharacters - 1) + QChar(0x2026);
    return text;
}

} // namespace

FindingFixes::FindingFixes(FindingsView *view)
    : QObject(view), m_view(view),
      m_follower(new SnapshotFollower(
          [this](Document *, const SnapshotPtr &snapshot) { m_snapshot = snapshot; }, this))
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FindingFixes::showMenu);
}

void FindingFixes::setDocument(Document *document)
{
    m_follower->setDocument(document);
}

bool FindingFixes::isFromSnapshot(const Finding &finding) const
{
    return m_snapshot && m_snapshot->findings.contains(finding);
}

bool FindingFixes::canApply(const Finding &finding) const
{
    const Document *document = m_follower->document();
    if (!document || finding.field != Field::Body || finding.suggestion.isEmpty() ||
        !finding.range.isValid() || !isFromSnapshot(finding))
        return false;
    const QString body = rawText(document->bodyDocument());
    return QStringView(body).mid(finding.range.start, finding.range.length) ==
           QStringView(m_snapshot->body).mid(finding.range.start, finding.range.length);
}

bool FindingFixes::apply(const Finding &finding)
{
    if (!canApply(finding))
        return false;
    return markdown::replaceIfUnchanged(
        m_follower->document()->bodyDocument(), finding.range,
        m_snapshot->body.mid(finding.range.start, finding.range.length), finding.suggestion);
}

QMenu *FindingFixes::createMenu(const Finding &finding, QWidget *parent)
{
    if (finding.field != Field::Body || finding.suggestion.isEmpty() || !isFromSnapshot(finding))
        return nullptr;
    auto *menu = new QMenu(parent);
    QAction *apply = menu->addAction(tr("Apply: %1").arg(shortened(finding.suggestion)), this,
                                     [this, finding] { this->apply(finding); });
    apply->setObjectName(QStringLiteral("applyFindingAction"));
    // Typed over since the analysis ran: the next one offers the fix again.
    apply->setEnabled(canApply(finding));
    return menu;
}

void FindingFixes::showMenu(const QPoint &position)
{
    QListWidgetItem *item = m_view->itemAt(position);
    const int row = item ? m_view->row(item) : -1;
    if (row < 0 || row >= m_view->findings().size())
        return;
    QMenu *menu = createMenu(m_view->findings().at(row), m_view);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace pw::gui
