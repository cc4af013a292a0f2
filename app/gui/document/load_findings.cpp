// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/load_findings.h"

#include "core/formats/repair_findings.h"

namespace pw::gui {

namespace {

bool isTracked(const Finding &finding)
{
    return finding.range.isValid() && finding.field != Field::File && finding.field != Field::None;
}

} // namespace

void LoadFindings::reset(const QList<Finding> &findings, const Post &post)
{
    m_findings = findings;
    m_texts.clear();
    m_texts.reserve(findings.size());
    for (const Finding &f : findings) {
        m_texts.append(isTracked(f) ? fieldText(post, f.field).mid(f.range.start, f.range.length)
                                    : QString());
    }
}

void LoadFindings::clear()
{
    m_findings.clear();
    m_texts.clear();
}

bool LoadFindings::bodyChanged(qsizetype position, qsizetype removed, qsizetype added,
                               const BodyReader &body)
{
    const qsizetype editEnd = position + removed;
    const qsizetype delta = added - removed;
    bool changed = false;
    for (qsizetype i = m_findings.size() - 1; i >= 0; --i) {
        TextRange &range = m_findings[i].range;
        if (m_findings.at(i).field != Field::Body || !range.isValid())
            continue;
        const qsizetype end = range.start + range.length;
        if (end <= position) // wholly before; typing right after it leaves it as it is
            continue;
        if (range.start >= editEnd) {
            range.start += delta;
            changed = changed || delta != 0;
        } else if (removed == added && body(range.start, range.length) == m_texts.at(i)) {
            // Replacing characters with the same ones (a replace-all that matched them, a
            // reload that kept them) leaves them where they were.
            continue;
        } else {
            m_findings.removeAt(i);
            m_texts.removeAt(i);
            changed = true;
        }
    }
    return changed;
}

bool LoadFindings::metadataChanged(const Post &metadata)
{
    bool changed = false;
    for (qsizetype i = m_findings.size() - 1; i >= 0; --i) {
        const Finding &f = m_findings.at(i);
        if (!isTracked(f) || f.field == Field::Body)
            continue;
        if (fieldText(metadata, f.field).mid(f.range.start, f.range.length) != m_texts.at(i)) {
            m_findings.removeAt(i);
            m_texts.removeAt(i);
            changed = true;
        }
    }
    return changed;
}

} // namespace pw::gui
