// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/markdown/analysis.h"

#include <QWidget>

class QSplitter;

namespace pw::gui {

struct AppSettings;
class Document;
class FindReplaceBar;
class MarkdownEditor;
class PreviewView;
class EditorSpelling;
class Settings;

// A document on screen: the editor (with its find bar) beside the preview, both fed by the
// document's analysis snapshots. The document belongs to the DocumentManager and may have
// other views; this one owns only what is per view (cursor, scrolling, find bar, preview).
class DocumentView : public QWidget {
    Q_OBJECT
public:
    // `settings` (may be null: defaults) give the editor its font and text width, now and
    // whenever they change.
    DocumentView(Document *document, const Settings *settings = nullptr, QWidget *parent = nullptr);
    ~DocumentView() override;

    Document *document() const { return m_document; }
    MarkdownEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }
    PreviewView *preview() const { return m_preview; }
    QSplitter *splitter() const { return m_splitter; }
    // This view's underlines and spelling menu; the check is the document's.
    EditorSpelling *spelling() const { return m_spelling; }

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

    // Font and text width of the editor (the preview keeps its own images choice).
    void applySettings(const AppSettings &settings);

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
    EditorSpelling *m_spelling = nullptr;
    // The text width preference last applied: a change of another preference (the zoom)
    // leaves the width alone, which Focus Mode may have narrowed.
    int m_textWidthSetting = -1;
    // Set while the editor is being scrolled to follow the preview, so that scroll does not
    // bounce back to the preview.
    bool m_followingPreview = false;
};

} // namespace pw::gui
