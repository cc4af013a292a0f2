// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/status_stats.h"

#include "gui/panels/snapshot_follower.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pw::gui {

StatusStats::StatusStats(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_follower(new SnapshotFollower(
          [this](Document *, const SnapshotPtr &snapshot) { setSnapshot(snapshot); }, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    m_counts->setToolTip(tr("Every word a reader sees in the body, quotations and code spans "
                            "included. The SEO tab's text length leaves out quotations, code "
                            "and image descriptions, as Yoast SEO does, so it can be lower."));
    layout->addWidget(m_problems);
    setSnapshot(nullptr);
}

void StatusStats::setSnapshot(const SnapshotPtr &snapshot)
{
    const TextStats stats = snapshot ? snapshot->stats : TextStats{};
    m_counts->setText(tr("%n word(s)", nullptr, stats.words) + QStringLiteral(" · ")
                      + tr("%n character(s)", nullptr, stats.characters) + QStringLiteral(" · ")
                      + tr("%n min read", nullptr, stats.readingMinutes));
    int errors = 0, warnings = 0;
    if (snapshot) {
        for (const Finding &finding : snapshot->findings) {
            errors += finding.severity == Severity::Error;
            warnings += finding.severity == Severity::Warning;
        }
    }
    m_problems->setText(QStringLiteral(" · ") + tr("%n error(s)", nullptr, errors)
                        + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings));
}

QString StatusStats::text() const
{
    return m_counts->text() + m_problems->text();
}

void StatusStats::setDocument(Document *document)
{
    m_follower->setDocument(document);
}

} // namespace pw::gui
