#pragma once

#include "core/finding.h"
#include "core/markdown/analysis.h"

#include <QWidget>

class QSplitter;

namespace pw::gui {

class AnalysisScheduler;
class Document;
class FindReplaceBar;
class MarkdownEditor;
class MarkdownHighlighter;
class PreviewView;
class SpellingController;

// One open post on screen: the editor (with its find bar) beside the preview, both fed by
// the same analysis snapshot. It owns its Document; the window's panels follow the current
// view.
class DocumentView : public QWidget {
    Q_OBJECT
public:
    DocumentView(const AnalysisContext &context, QWidget *parent = nullptr);
    ~DocumentView() override;

    Document *document() const { return m_document; }
    MarkdownEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }
    PreviewView *preview() const { return m_preview; }
    QSplitter *splitter() const { return m_splitter; }
    AnalysisScheduler *scheduler() const { return m_scheduler; }
    SpellingController *spelling() const { return m_spelling; }
    SnapshotPtr snapshot() const;

    // An untitled document nobody typed into: opening a file may take its place.
    bool isPristine() const;
    // Selects a range of the body and shows it.
    void selectBodyRange(TextRange range);
    void goToLine(int line);
    // Highlights the ranges (replacing the last marks) and puts the cursor on the first.
    void markBodyRanges(const QList<TextRange> &ranges);

    // The first source line (block) the editor shows: what the preview follows, and what a
    // session remembers.
    int topLine() const;
    // Puts the cursor at `cursorPosition` and `topLine` at the top of the editor, as a session
    // left them (the cursor first: placing it scrolls to it).
    void restorePlace(int cursorPosition, int topLine);

signals:
    void snapshotChanged(pw::SnapshotPtr snapshot);

private:
    void applySnapshot(const SnapshotPtr &snapshot);
    void syncPreviewToEditor();
    void syncEditorToPreview(int line);
    void documentFileChanged();

    Document *m_document;
    MarkdownEditor *m_editor;
    FindReplaceBar *m_findBar;
    PreviewView *m_preview;
    QSplitter *m_splitter;
    MarkdownHighlighter *m_highlighter;
    AnalysisScheduler *m_scheduler;
    SpellingController *m_spelling;
    // Set while the editor is being scrolled to follow the preview, so that scroll does not
    // bounce back to the preview.
    bool m_followingPreview = false;
};

} // namespace pw::gui
