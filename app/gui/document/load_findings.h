// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/post.h"

#include <QList>
#include <QString>
#include <functional>

namespace pw::gui {

// What the reader found when a document was loaded (decoding, repairs, import notes), with the
// ranges kept right while the user edits: a range after an edit moves with the text, and a
// range the edit touched is dropped (the repaired characters it named were edited away).
// Display-free, so tests/editing drives it without a window.
class LoadFindings {
public:
    // `post` is the whole post as loaded, body included: what each range holds now.
    void reset(const QList<Finding> &findings, const Post &post);
    void clear();
    const QList<Finding> &findings() const { return m_findings; }

    // Reads `length` characters of the body at `start`, as they are now.
    using BodyReader = std::function<QString(qsizetype start, qsizetype length)>;
    // The body changed at `position`: `removed` characters became `added` ones
    // (QTextDocument::contentsChange). Returns whether a finding moved or went.
    bool bodyChanged(qsizetype position, qsizetype removed, qsizetype added,
                     const BodyReader &body);
    // The metadata changed: a range in a field that no longer holds its characters there is
    // dropped (metadata edits come as a whole new value, not as an edit with a place).
    // Returns whether a finding went.
    bool metadataChanged(const Post &metadata);

private:
    QList<Finding> m_findings;
    QList<QString> m_texts; // what each finding's range held when loaded (empty: no range)
};

} // namespace pw::gui
