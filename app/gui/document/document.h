// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/formats/post_format.h"
#include "core/io/atomic_writer.h"
#include "core/io/disk_state.h"
#include "core/io/journal.h"
#include "core/markdown/analysis.h"
#include "core/post.h"
#include "gui/document/load_findings.h"

#include <QObject>
#include <QString>
#include <functional>

class QTextDocument;

namespace pw::gui {

class AnalysisScheduler;
class DocumentSpelling;
class MarkdownHighlighter;
class SiteLookup;

// One open post: the body as a QTextDocument (which owns undo and the editor's text) and
// the metadata as a Post whose body is left empty. Modelled on KTextEditor's document/view
// split: the document owns what exists once per post however many views show it (the
// analysis, the syntax colouring, spell checking; the crash journal is made its child by
// CrashRecovery), and views edit and show it.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(const AnalysisContext &context = {}, QObject *parent = nullptr);

    QTextDocument *bodyDocument() const { return m_body; }

    // The analysis of the current text: run off the GUI thread after each edit, shared by
    // every view and panel. Null until the first run finished.
    SnapshotPtr snapshot() const;
    AnalysisScheduler *analysis() const { return m_analysis; }
    MarkdownHighlighter *highlighter() const { return m_highlighter; }
    // The on-the-fly spell check, fed with this document's snapshots.
    DocumentSpelling *spelling() const { return m_spelling; }
    // What the analysis runs with: the window's context (setAnalysisContext) with this
    // document's own site and file (see siteLookup()).
    const AnalysisContext &analysisContext() const { return m_context; }
    // Re-analyses against `context` at once; a run in flight keeps the context it started with.
    // The document's site and file are kept: they are the document's, not the window's.
    void setAnalysisContext(const AnalysisContext &context);
    // Finds the static site the file belongs to whenever the file changes.
    SiteLookup *siteLookup() const { return m_siteLookup; }
    // The whole post, body included.
    Post post() const;
    const Post &metadata() const { return m_metadata; }
    void setMetadata(const Post &metadata);

    QString filePath() const { return m_filePath; }
    PostFormat format() const { return m_format; }
    QString displayName() const;
    // Where Save As starts: the file's own path, or a name made from the slug.
    QString suggestedFileName() const;
    bool isModified() const;
    // Set when the document came from an import (WordPress JSON): it has no file of its own
    // until saved, and the import's notes are kept for review.
    // It stays set after the post is saved: the import's review is the editor's checklist.
    QString importedFrom() const { return m_importedFrom; }
    // The own file holds more than the post (a generator transcript's prompt, text after the
    // end marker): saving over it would keep only the post. Cleared once a save wrote the post
    // alone to the file it now has.
    bool fileHoldsMoreThanPost() const { return m_fileHoldsMore; }
    // What reading the file found (decoding, repairs, import notes). Ranges in the body
    // follow edits; a finding whose characters were edited away is gone
    // (loadFindingsChanged).
    QList<Finding> loadFindings() const { return m_loadFindings.findings(); }

    // Replaces the contents from a file. On failure returns the reason and changes nothing.
    QString load(const QString &path);
    // Takes one post of an export that was read already (every post of a WordPress array
    // opens at once). Like load() of an import: new, unsaved, `sourcePath` kept for review.
    void loadImported(const Post &post, const QList<Finding> &findings, const QString &sourcePath);
    // Writes atomically; the document becomes clean only when the write succeeded.
    WriteResult saveAs(const QString &path, PostFormat format);
    // Replaces the writer (default: writeFileAtomically), so tests can make a save fail the
    // way a full disk does where they cannot mount one.
    using Writer = std::function<WriteResult(const QString &path, const QByteArray &bytes)>;
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    // The own file against what this document last read or wrote there.
    DiskState diskState() const;
    // Reads the own file again after another program changed it. The body is replaced as
    // one undoable edit of only the part that differs, so cursors and scrolling stay where
    // they were. On failure returns the reason and changes nothing.
    QString reload();
    // The user keeps this version over the one another program wrote: saving over it no
    // longer asks. The document stays as it is.
    void keepOverDiskVersion();
    // The own file was deleted: the document becomes modified, so closing asks to save.
    void markDeletedOnDisk();

    // Everything a crash journal keeps, taken now.
    JournalEntry journalEntry() const;
    // Rebuilds the document from a journal. It is modified afterwards: recovered text is
    // saved only when the user decides to.
    void restore(const JournalEntry &entry);

signals:
    void metadataChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    // What the document knows of its file on disk changed (load, save, reload, deletion):
    // watchers look at the file afresh.
    void diskBaselineChanged();
    void snapshotChanged(pw::SnapshotPtr snapshot);
    // Another whitelist or title meter (Preferences): panels showing them look again.
    void analysisContextChanged();
    // loadFindings() changed: another file was read, or an edit moved or removed a range.
    void loadFindingsChanged();

private:
    void setMetadataModified(bool modified);
    void replaceBody(const QString &text);

    QTextDocument *m_body;
    AnalysisContext m_context;
    AnalysisScheduler *m_analysis;
    MarkdownHighlighter *m_highlighter;
    SiteLookup *m_siteLookup;
    DocumentSpelling *m_spelling;
    Post m_metadata;
    QString m_filePath;
    PostFormat m_format = PostFormat::MarkdownFrontMatter;
    bool m_metadataModified = false;
    QString m_importedFrom;
    bool m_fileHoldsMore = false;
    LoadFindings m_loadFindings;
    // SHA-256 of the file as last read or written; empty when there is no file or it was
    // deleted (see compareWithDisk).
    QByteArray m_diskHash;
    Writer m_writer = writeFileAtomically;
};

} // namespace pw::gui
