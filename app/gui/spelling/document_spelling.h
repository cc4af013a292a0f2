// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"
#include "gui/spelling/spelling_run.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <span>

class QTextCursor;

namespace pw {
class SpellChecker;
}

namespace pw::gui {

class Document;

// The on-the-fly spell check of one document, shared by all its views (KTextEditor keeps it
// on the document too; only the menu is the view's). Hunspell never runs on the GUI thread
// for checking: each analysis snapshot starts a run on a worker that re-checks only lines
// whose text or prose ranges changed, and reports in pieces. The language is the post's own
// (front-matter `lang`), else the default. Suggestions are computed only when asked for.
class DocumentSpelling : public QObject {
    Q_OBJECT
public:
    explicit DocumentSpelling(Document *document, QObject *parent = nullptr);
    ~DocumentSpelling() override;

    Document *document() const { return m_document; }

    QString language() const { return m_language; }
    // Stores the language in the post (front-matter `lang`) and re-checks at once.
    void setLanguage(const QString &language);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // Takes a new analysis snapshot of the document and checks it.
    void setSnapshot(const pw::SnapshotPtr &snapshot);

    // The flagged words of the body, sorted by line, ignored words left out. Lines are those of
    // the snapshot checked last: a mark whose word is no longer at its place is stale.
    const QList<SpellingMark> &marks() const { return m_marks; }
    // The marks of lines [firstLine, endLine); valid until the marks change.
    std::span<const SpellingMark> marksOnLines(int firstLine, int endLine) const;

    // A dictionary is loaded, so suggestions can be made.
    bool hasDictionary() const { return m_checker != nullptr; }
    // Up to `max` replacements, best first; they cost far more than checking, so only a menu
    // asks.
    QStringList suggestions(const QString &word, int max = 5) const;
    // Puts `replacement` over the selected word as one undoable edit. Every view loses the
    // underline at once: the mark no longer matches the text.
    void replaceMisspelling(const QTextCursor &word, const QString &replacement);
    // Saves the word to the personal dictionary, which every document and the CLI share.
    void addToDictionary(const QString &word);
    // Stops flagging the word in this document, until it is closed.
    void ignoreAll(const QString &word);

    int misspellingCount() const { return int(m_marks.size()); }
    QStringList metadataMisspellings() const { return m_metadataWords; }
    QString error() const { return m_error; }
    // A run is going or waiting; false once its last piece has been applied.
    bool isRunning() const { return m_enabled && (m_running || m_pending); }
    // For the benchmark: GUI-thread time of applying the last piece, the views' redrawing of
    // their underlines included.
    double lastApplyMs() const { return m_lastApplyMs; }

signals:
    // The marks of lines [firstLine, endLine) changed (endLine may be INT_MAX): views showing
    // any of those lines redraw their underlines.
    void marksChanged(int firstLine, int endLine);
    // After marks changed: counts, metadata words, or an error to show.
    void statusChanged();

private:
    void start();
    void chunkReady(int index);
    void runFinished();
    void recheckAll();
    void followDocumentLanguage();
    void marksChangedEverywhere();

    Document *m_document;
    QString m_language;
    bool m_enabled = true;
    QSet<QString> m_ignored;
    SnapshotPtr m_snapshot;
    bool m_pending = false;
    bool m_running = false; // from start() until runFinished() ran on this thread
    std::shared_ptr<SpellChecker> m_checker;
    std::shared_ptr<SpellingLineCache> m_lineCache;
    QDateTime m_personalStamp;
    QStringList m_forgetWords; // added to the dictionary while a run used the cache
    QFutureWatcher<SpellingChunk> m_watcher;
    QList<SpellingMark> m_marks; // sorted by line
    QStringList m_metadataWords;
    QString m_error;
    double m_lastApplyMs = 0;
};

} // namespace pw::gui
