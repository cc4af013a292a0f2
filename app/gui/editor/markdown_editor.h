// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/editor/markdown_commands.h"

#include <QList>
#include <QPlainTextEdit>
#include <QTextEdit>

class QAction;
class QMenu;

namespace pw::gui {

class ImageInserter;
class MarkdownHighlighter;

// The body editor: a QPlainTextEdit that puts the Markdown edit commands (formatting a
// selection, headings, continuing and nesting lists; markdown_commands.h) on shortcuts, Enter
// and Tab, and that lays its text out as a readable column.
//
// Everything that changes text runs inside one edit block, so one Ctrl+Z reverts one action.
class MarkdownEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    enum class Action {
        Bold,
        Italic,
        Strikethrough,
        InlineCode,
        Link,
        Heading1,
        Heading2,
        Heading3,
        Heading4,
        Heading5,
        Heading6,
        Paragraph,
        InsertImage,
    };
    Q_ENUM(Action)

    // Extra selections from several owners coexist: each owner replaces only its own layer.
    enum class SelectionLayer { CurrentLine, SearchMatches, Spelling, Finding };

    explicit MarkdownEditor(QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    // Owned by the editor and active while it has focus; the main window puts them in menus.
    QList<QAction *> formattingActions() const { return m_actions; }
    QAction *action(Action which) const;

    // 0 means the text uses the whole width. Otherwise the text column is at most this many
    // average characters wide and centred, so long lines stay readable on wide windows.
    void setMaximumTextWidth(int characters);
    int maximumTextWidth() const { return m_maxTextWidth; }

    // The editor keeps the highlighter's palette and fonts in step with its own. Not owned.
    void setHighlighter(MarkdownHighlighter *highlighter);
    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    void setSelectionLayer(SelectionLayer layer,
                           const QList<QTextEdit::ExtraSelection> &selections);
    QList<QTextEdit::ExtraSelection> selectionLayer(SelectionLayer layer) const;

    // Re-applies the editor font, margin and tab width to the current document; they are
    // properties of the QTextDocument, so call this after setDocument().
    void applyFontToDocument();

    // The formatting operations behind the actions, public for menus and tests.
    void toggleBold();
    void toggleItalic();
    void toggleStrikethrough();
    void toggleInlineCode();
    void insertLink();
    void setHeadingLevel(int level); // 0 turns heading lines back into paragraphs
    // Format → Insert Image: choose image files, ask for alt text, insert `![alt](path)`.
    void insertImage();
    // Image files dropped or pasted, pasted image data and Insert Image go through it.
    ImageInserter *imageInserter() const { return m_images; }
    // Pastes the clipboard's plain text as it is, never converted (Ctrl+Shift+V).
    void pastePlainText();

    // The context menu for a text position: the standard entries, with what the receivers of
    // contextMenuRequested() put on top. The caller owns it.
    QMenu *createContextMenu(int position);

signals:
    // A context menu for `position` is being made: receivers may add offers about the text
    // there (make a bold line a heading) before it shows.
    void contextMenuRequested(QMenu *menu, int position);
    // Ctrl+wheel: zoom by whole steps (positive: in). The window zooms every editor alike;
    // QPlainTextEdit would zoom this one alone, and only until the next preference change.
    void zoomRequested(int steps);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // HTML on the clipboard (a browser, a word processor, the preview) comes in as Markdown,
    // through the converter the WordPress import uses. Copies out of the editor are plain
    // text: it is Markdown source, and HTML of it would paste back escaped.
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void createActions();
    void toggleInline(markdown::InlineMarkup markup);
    void alignTypedFence(const QString &typed);
    void updateCurrentLineHighlight();
    void updateViewportMargins();
    void updateAppearance();
    void applyExtraSelections();

    QList<QAction *> m_actions;
    int m_maxTextWidth = 0;
    int m_wheelZoomDelta = 0; // eighths of a degree not yet a whole zoom step (touchpads)
    MarkdownHighlighter *m_highlighter = nullptr;
    ImageInserter *m_images;
    QList<QTextEdit::ExtraSelection> m_layers[4];
};

} // namespace pw::gui
