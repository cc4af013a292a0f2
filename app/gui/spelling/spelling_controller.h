#pragma once

#include "core/markdown/analysis.h"
#include "gui/spelling/spelling_run.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QMenu;
class QTextCursor;

namespace pw {
class SpellChecker;
}

namespace pw::gui {

class Document;
class MarkdownEditor;

// Keeps the red wavy underlines of one document current. Hunspell never runs on the GUI
// thread for checking: each analysis snapshot starts a run on a worker that re-checks only
// lines whose text or prose ranges changed (the rest come from a cache keyed by content, so
// lines that merely moved cost nothing) and reports in pieces, which become the editor's
// Spelling selection layer. Suggestions are computed only when the context menu asks.
class SpellingController : public QObject {
    Q_OBJECT
public:
    SpellingController(MarkdownEditor *editor, Document *document, QObject *parent = nullptr);
    ~SpellingController() override;

    QString language() const { return m_language; }
    // Stores the language in the post (front-matter `lang`) and re-checks at once.
    void setLanguage(const QString &language);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // Takes a new analysis snapshot (connect to AnalysisScheduler::snapshotReady).
    void setSnapshot(const pw::SnapshotPtr &snapshot);

    // The flagged word under the cursor, if any: the selection's cursor.
    bool misspellingAt(int position, QTextCursor *word) const;
    // The context menu for a position: the editor's standard menu, with suggestions, Add to
    // Dictionary and Ignore All on top when a flagged word is there. The caller owns it.
    QMenu *createContextMenu(int position, QWidget *parent);

    void addToDictionary(const QString &word);
    void ignoreAll(const QString &word);

    int misspellingCount() const { return m_bodyCount; }
    QStringList metadataMisspellings() const { return m_metadataWords; }
    QString error() const { return m_error; }
    // A run is going or waiting; false once its last piece has been applied.
    // For the benchmark: GUI-thread time of the last applied piece (marks to underlines).
    double lastApplyMs() const { return m_lastApplyMs; }
    bool isRunning() const { return m_enabled && (m_running || m_pending); }

signals:
    // After marks changed: counts, metadata words, or an error to show.
    void statusChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start();
    void chunkReady(int index);
    void runFinished();
    void rebuildSelections();
    void recheckAll();
    void followDocumentLanguage();

    MarkdownEditor *m_editor;
    Document *m_document;
    QString m_language;
    bool m_enabled = true;
    QSet<QString> m_ignored;
    SnapshotPtr m_snapshot;
    bool m_pending = false;
    bool m_running = false; // from start() until runFinished() ran on this thread
    std::shared_ptr<SpellChecker> m_checker;
    // Line text + prose ranges -> marks; only the worker touches it while a run is going.
    std::shared_ptr<QHash<QString, QList<SpellingMark>>> m_lineCache;
    QDateTime m_personalStamp;
    QStringList m_forgetWords; // added to the dictionary while a run used the cache
    QFutureWatcher<SpellingChunk> m_watcher;
    QList<SpellingMark> m_marks; // sorted by line
    int m_bodyCount = 0;
    QStringList m_metadataWords;
    QString m_error;
    double m_lastApplyMs = 0;
    int m_coveredFrom = 0; // block numbers that have underline selections
    int m_coveredTo = 0;
};

} // namespace pw::gui
