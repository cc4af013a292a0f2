// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QTextCursor;
class QWidget;

namespace pw::gui {

class DocumentSpelling;
class MarkdownEditor;

// One editor's share of its document's spell check: the red wavy underlines (the editor's
// Spelling selection layer) for the lines around the visible ones, kept current while the
// text scrolls, and the context menu with suggestions. The checking itself is the
// document's, so two views of one document check nothing twice. The editor must already
// show the document's body; the document outlives its views.
class EditorSpelling : public QObject {
    Q_OBJECT
public:
    EditorSpelling(MarkdownEditor *editor, DocumentSpelling *spelling, QObject *parent = nullptr);

    DocumentSpelling *spelling() const { return m_spelling; }

    // The flagged word under `position`, if this editor underlines one: its selection.
    bool misspellingAt(int position, QTextCursor *word) const;
    // The context menu for a position: the editor's menu (MarkdownEditor::createContextMenu),
    // with suggestions, Add to Dictionary and Ignore All on top when a flagged word is there.
    // The caller owns it.
    QMenu *createContextMenu(int position, QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void marksChanged(int firstLine, int endLine);
    void rebuildSelections();

    MarkdownEditor *m_editor;
    DocumentSpelling *m_spelling;
    int m_coveredFrom = 0; // block numbers [from, to) that have underline selections
    int m_coveredTo = 0;
};

} // namespace pw::gui
