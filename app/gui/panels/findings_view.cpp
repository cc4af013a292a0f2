// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/findings_view.h"

#include "gui/panels/snapshot_follower.h"

#include <QStyle>

#include <algorithm>

namespace pw::gui {

FindingsView::FindingsView(QWidget *parent)
    : QListWidget(parent)
    , m_follower(new SnapshotFollower(
          [this](Document *document, const SnapshotPtr &snapshot) {
              m_analysisFindings = snapshot ? snapshot->findings : QList<Finding>();
              showFindings(document);
          },
          this))
{
    // Messages are sentences: they wrap to the width of the view rather than being cut.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setSpacing(2);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = row(item);
        if (index >= 0 && index < m_findings.size())
            emit findingActivated(m_findings.at(index));
    });
}

static QIcon iconFor(const QStyle *style, Severity severity)
{
    switch (severity) {
    case Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

void FindingsView::setFindings(const QList<Finding> &findings)
{
    QList<Finding> sorted = findings;
    // Errors first, then warnings, then notes; within a severity, the order the checks gave.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    if (sorted == m_findings)
        return;
    m_findings = sorted;
    clear();
    for (const Finding &finding : std::as_const(m_findings)) {
        auto *item = new QListWidgetItem(iconFor(style(), finding.severity), finding.message, this);
        item->setToolTip(finding.suggestion.isEmpty()
                                ? finding.message
                                : tr("%1\nSuggestion: %2").arg(finding.message, finding.suggestion));
    }
}

void FindingsView::setDocument(Document *document)
{
    // Edits move the repairs' ranges or remove them; the list follows at once, not only with
    // the next analysis.
    disconnect(m_loadFindingsConnection);
    if (document) {
        m_loadFindingsConnection = connect(document, &Document::loadFindingsChanged, this,
                                           [this] { showFindings(m_follower->document()); });
    }
    m_follower->setDocument(document);
}

QList<Finding> FindingsView::textNotes(const QList<Finding> &loadFindings)
{
    QList<Finding> notes;
    for (const Finding &f : loadFindings) {
        if (f.id.startsWith(QLatin1String("encoding.")) ||
            f.id == QLatin1String("import.mojibake.repaired"))
            notes.append(f);
    }
    return notes;
}

void FindingsView::showFindings(Document *document)
{
    setFindings((document ? textNotes(document->loadFindings()) : QList<Finding>()) +
                m_analysisFindings);
}

} // namespace pw::gui
