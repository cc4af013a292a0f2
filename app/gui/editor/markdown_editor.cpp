// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/markdown_editor.h"

#include "core/import/html_to_markdown.h"
#include "gui/editor/color_blend.h"
#include "gui/editor/image_inserter.h"
#include "gui/editor/markdown_commands.h"
#include "gui/editor/markdown_highlighter.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QWheelEvent>

namespace pw::gui {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_images(new ImageInserter(this))
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The margins left and right of a narrow text column belong to the scroll area, not the
    // viewport; painting them in the base colour makes the column read as one page.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);

    // Monospace keeps Markdown's markers, tables and indented code aligned, which is what a
    // writer checks in the source view; the preview shows the proportional result.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font.pointSizeF() > 0 && font.pointSizeF() < 11)
        font.setPointSizeF(11);
    setFont(font);
    applyFontToDocument();

    createActions();

    connect(this, &QPlainTextEdit::cursorPositionChanged, this,
            &MarkdownEditor::updateCurrentLineHighlight);
    updateCurrentLineHighlight();
}

MarkdownEditor::~MarkdownEditor() = default;

void MarkdownEditor::createActions()
{
    const auto add = [this](Action which, const QString &text, const QKeySequence &shortcut,
                            auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        // Shortcuts belong to the editor: in the metadata panel Ctrl+B must not touch the body.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setData(QVariant::fromValue(which));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.append(action);
        return action;
    };
    add(Action::Bold, tr("&Bold"), QKeySequence::Bold, &MarkdownEditor::toggleBold);
    add(Action::Italic, tr("&Italic"), QKeySequence::Italic, &MarkdownEditor::toggleItalic);
    add(Action::Strikethrough, tr("&Strikethrough"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
        &MarkdownEditor::toggleStrikethrough);
    // Ctrl+` would suit inline code, but the backtick is a dead key on many layouts.
    add(Action::InlineCode, tr("Inline &Code"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        &MarkdownEditor::toggleInlineCode);
    add(Action::Link, tr("&Link"), QKeySequence(Qt::CTRL | Qt::Key_K), &MarkdownEditor::insertLink);
    // Ctrl+Shift+I, which other editors use for images, is File → Import here.
    add(Action::InsertImage, tr("Insert I&mage…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        &MarkdownEditor::insertImage);
    for (int level = 1; level <= 6; ++level) {
        QAction *heading =
            add(static_cast<Action>(int(Action::Heading1) + level - 1),
                tr("Heading &%1").arg(level), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + level)),
                [this, level] { setHeadingLevel(level); });
        Q_UNUSED(heading);
    }
    add(Action::Paragraph, tr("&Paragraph"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { setHeadingLevel(0); });
}

QAction *MarkdownEditor::action(Action which) const
{
    for (QAction *a : m_actions) {
        if (a->data().value<Action>() == which)
            return a;
    }
    return nullptr;
}

bool MarkdownEditor::event(QEvent *event)
{
    // QPlainTextEdit claims some keys for itself (Ctrl+K deletes to the end of the line on
    // X11); our formatting shortcuts must win while the editor has focus.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (QAction *a : std::as_const(m_actions)) {
            if (a->isEnabled() && a->shortcut() == pressed) {
                event->ignore();
                return true;
            }
        }
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !isReadOnly()) {
        const Qt::KeyboardModifiers mods =
            event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (mods == Qt::NoModifier) {
            if (event->modifiers() & Qt::ShiftModifier) {
                // QPlainTextEdit would insert U+2028, a line break inside the block, which
                // breaks the one-block-per-source-line mapping the highlighter relies on.
                textCursor().insertBlock();
                ensureCursorVisible();
                return;
            }
            QTextCursor cursor = textCursor();
            if (markdown::continueBlockOnEnter(cursor)) {
                setTextCursor(cursor);
                ensureCursorVisible();
                return;
            }
        }
    }
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) && !isReadOnly() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        QTextCursor cursor = textCursor();
        const bool nested = event->key() == Qt::Key_Backtab ? markdown::outdentListItem(cursor)
                                                            : markdown::indentListItem(cursor);
        if (nested) {
            setTextCursor(cursor);
            return;
        }
    }
    if (QKeySequence(event->keyCombination()) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)) {
        pastePlainText();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    alignTypedFence(event->text());
}

void MarkdownEditor::inputMethodEvent(QInputMethodEvent *event)
{
    // Dead-key layouts may deliver the backtick through the input method.
    QPlainTextEdit::inputMethodEvent(event);
    alignTypedFence(event->commitString());
}

void MarkdownEditor::alignTypedFence(const QString &typed)
{
    // Only typing moves a fence: paste and undo leave lines where they put them.
    if (isReadOnly() || typed.isEmpty() ||
        (typed.back() != QLatin1Char('`') && typed.back() != QLatin1Char('~')))
        return;
    QTextCursor cursor = textCursor();
    if (markdown::alignClosingFence(cursor))
        setTextCursor(cursor);
}

void MarkdownEditor::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QPlainTextEdit::wheelEvent(event);
        return;
    }
    // A notch is 120; touchpads send less at a time, which adds up to steps.
    m_wheelZoomDelta += event->angleDelta().y();
    const int steps = m_wheelZoomDelta / 120;
    m_wheelZoomDelta -= steps * 120;
    if (steps != 0)
        emit zoomRequested(steps);
    event->accept();
}

void MarkdownEditor::pastePlainText()
{
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    if (isReadOnly() || !clipboard || !clipboard->hasText())
        return;
    insertPlainText(clipboard->text());
    ensureCursorVisible();
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return ImageInserter::holdsImages(source) || source->hasHtml() ||
           QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    // Image files and pasted images become image links; a drop puts the cursor where it fell.
    if (!isReadOnly() && m_images->insertLater(source, textCursor()))
        return;
    if (source->hasHtml() && !isReadOnly()) {
        QString markdown = htmlToMarkdown(source->html()).markdown;
        // A few words copied from a page belong inside the current line, not on a line of
        // their own.
        while (markdown.endsWith(u'\n'))
            markdown.chop(1);
        if (!markdown.isEmpty() || !source->hasText()) {
            insertPlainText(markdown);
            ensureCursorVisible();
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

QMimeData *MarkdownEditor::createMimeDataFromSelection() const
{
    auto *mime = new QMimeData;
    mime->setText(textCursor().selection().toPlainText());
    return mime;
}

void MarkdownEditor::toggleBold()
{
    toggleInline(markdown::InlineMarkup::Strong);
}

void MarkdownEditor::toggleItalic()
{
    toggleInline(markdown::InlineMarkup::Emphasis);
}

void MarkdownEditor::toggleStrikethrough()
{
    toggleInline(markdown::InlineMarkup::Strikethrough);
}

void MarkdownEditor::toggleInlineCode()
{
    toggleInline(markdown::InlineMarkup::Code);
}

void MarkdownEditor::toggleInline(markdown::InlineMarkup markup)
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    if (markdown::toggleInlineMarkup(cursor, markup))
        setTextCursor(cursor);
}

void MarkdownEditor::insertLink()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    markdown::insertLink(cursor, tr("link text"));
    setTextCursor(cursor);
}

void MarkdownEditor::insertImage()
{
    if (!isReadOnly())
        m_images->chooseAndInsert();
}

void MarkdownEditor::setHeadingLevel(int level)
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    markdown::setHeadingLevel(cursor, level);
    // Only a cursor that was inside the new marker moves; a selection stays as it was.
    if (cursor != textCursor())
        setTextCursor(cursor);
}

void MarkdownEditor::setMaximumTextWidth(int characters)
{
    m_maxTextWidth = qMax(0, characters);
    updateViewportMargins();
}

void MarkdownEditor::updateViewportMargins()
{
    int side = 0;
    if (m_maxTextWidth > 0) {
        const QFontMetricsF metrics(font());
        // Average advance of real text, not of 'x', so the column holds roughly N characters
        // of prose in proportional fonts as well.
        const qreal perChar =
            metrics.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ")) /
            37.0;
        const int columnWidth =
            int(perChar * m_maxTextWidth) + 2 * int(document()->documentMargin()) + 2;
        int available = contentsRect().width();
        if (verticalScrollBar()->isVisible())
            available -= verticalScrollBar()->width();
        side = qMax(0, (available - columnWidth) / 2);
    }
    const QMargins current = viewportMargins();
    if (current.left() != side || current.right() != side)
        setViewportMargins(side, 0, side, 0);
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateViewportMargins();
}

QMenu *MarkdownEditor::createContextMenu(int position)
{
    QMenu *menu = createStandardContextMenu();
    emit contextMenuRequested(menu, position);
    return menu;
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(cursorForPosition(event->pos()).position());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        updateAppearance();
}

void MarkdownEditor::updateAppearance()
{
    updateViewportMargins();
    updateCurrentLineHighlight();
    if (m_highlighter)
        m_highlighter->setAppearance(palette(), document()->defaultFont());
}

void MarkdownEditor::applyFontToDocument()
{
    document()->setDefaultFont(font());
    // Text against the window edge is hard to read and hard to hit with the mouse.
    // QTextDocument counts a margin change as a modification; presentation is not an edit.
    const bool modified = document()->isModified();
    document()->setDocumentMargin(14);
    document()->setModified(modified);
    const QFontMetricsF metrics(font());
    setTabStopDistance(4 * metrics.horizontalAdvance(QLatin1Char(' ')));
    if (m_highlighter)
        m_highlighter->setAppearance(palette(), font());
}

void MarkdownEditor::setHighlighter(MarkdownHighlighter *highlighter)
{
    m_highlighter = highlighter;
    if (m_highlighter)
        m_highlighter->setAppearance(palette(), document()->defaultFont());
}

void MarkdownEditor::updateCurrentLineHighlight()
{
    QTextEdit::ExtraSelection line;
    // A faint wash of the text colour over the base works in light and dark palettes alike.
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    line.format.setBackground(
        blend(pal.color(QPalette::Base), pal.color(QPalette::Text), dark ? 0.07 : 0.045));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    m_layers[int(SelectionLayer::CurrentLine)] = {line};
    applyExtraSelections();
}

void MarkdownEditor::setSelectionLayer(SelectionLayer layer,
                                       const QList<QTextEdit::ExtraSelection> &selections)
{
    m_layers[int(layer)] = selections;
    applyExtraSelections();
}

QList<QTextEdit::ExtraSelection> MarkdownEditor::selectionLayer(SelectionLayer layer) const
{
    return m_layers[int(layer)];
}

void MarkdownEditor::applyExtraSelections()
{
    QList<QTextEdit::ExtraSelection> all;
    for (const auto &layer : m_layers)
        all += layer;
    setExtraSelections(all);
}

} // namespace pw::gui
