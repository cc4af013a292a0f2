// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QHash>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <memory>

namespace pw {
class SpellChecker;
}

namespace pw::gui {

// A misspelled word on one line of the body, in the line numbering of the snapshot it came
// from. The word is kept so a mark that no longer matches the text is dropped, not drawn.
struct SpellingMark {
    int line = 0;
    int column = 0;
    int length = 0;
    QString word;
    bool operator==(const SpellingMark &) const = default;
};

// Line text + its prose ranges -> the marks of that line (line number 0). Lines that merely
// moved cost nothing to check again. Only the worker touches it while a run is going.
using SpellingLineCache = QHash<QString, QList<SpellingMark>>;

// What one piece of a spelling run reports: the marks of lines [firstLine, endLine).
struct SpellingChunk {
    int firstLine = 0;
    int endLine = 0;
    QList<SpellingMark> marks;
    bool last = false;
    QString error;                         // no dictionary: nothing else is set
    std::shared_ptr<SpellChecker> checker; // set on the first chunk after loading
    QStringList metadataWords;             // in the last chunk: title, description, tags
};

struct SpellingRunInput {
    SnapshotPtr snapshot;
    QString language;
    std::shared_ptr<SpellChecker> checker; // null: load the dictionary first
    QStringList personalWords;             // for loading
    std::shared_ptr<SpellingLineCache> cache;
    QStringList metadata; // title, meta description, tags
};

// Checks the prose of a snapshot on a worker thread (QtConcurrent::run), reporting in pieces
// so underlines appear soon after opening a big post. Lines found in the cache are not looked
// up again; afterwards the cache holds exactly this run's lines. A cancelled run stops between
// lines and adds the lines it finished to the cache, so the run after it need not redo them.
void runSpelling(QPromise<SpellingChunk> &promise, const SpellingRunInput &input);

} // namespace pw::gui
