#include "gui/editor/markdown_editor.h"

#include "core/import/html_to_markdown.h"
#include "gui/editor/markdown_highlighter.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace pw::gui {

namespace {

// Quote prefixes, then an optional list marker (bullet or ordered) with its spacing, then an
// optional task box. Captures: 1 quotes, 2 indent, 3 bullet, 4 number, 5 delimiter,
// 6 spacing, 7 task box.
const QRegularExpression &listPrefixPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^((?:[ \t]*>[ \t]?)*)([ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)(\[[ xX]\][ \t]+)?)"));
    return re;
}

const QRegularExpression &quotePrefixPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^((?:[ \t]*>[ \t]?)+))"));
    return re;
}

const QRegularExpression &headingPrefixPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^[ ]{0,3}(#{1,6})(?:[ \t]+|$))"));
    return re;
}

int leadingRun(const QString &text, QChar c)
{
    int n = 0;
    while (n < text.size() && text.at(n) == c)
        ++n;
    return n;
}

int trailingRun(const QString &text, QChar c)
{
    int n = 0;
    while (n < text.size() && text.at(text.size() - 1 - n) == c)
        ++n;
    return n;
}

// Whether `text` is wholly wrapped in `marker`. Asterisk runs are counted so that italic
// ("*") does not mistake bold ("**") for itself, while bold-italic ("***") is both.
bool isWrappedIn(const QString &text, const QString &marker)
{
    if (text.size() < 2 * marker.size() + 1)
        return false;
    const QChar c = marker.front();
    const int lead = leadingRun(text, c);
    const int trail = trailingRun(text, c);
    if (lead >= text.size())
        return false; // nothing but marker characters
    if (c == QLatin1Char('*') || c == QLatin1Char('_')) {
        const auto hasMarker = [&](int run) {
            return marker.size() == 1 ? (run == 1 || run == 3) : run >= 2;
        };
        return hasMarker(lead) && hasMarker(trail);
    }
    return lead >= marker.size() && trail >= marker.size();
}

QString italicMarkerIn(const QString &text)
{
    if (isWrappedIn(text, QStringLiteral("*")))
        return QStringLiteral("*");
    if (isWrappedIn(text, QStringLiteral("_")))
        return QStringLiteral("_");
    return {};
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('\'');
}

QString selectedPlainText(const QTextCursor &cursor)
{
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent) : QPlainTextEdit(parent)
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
            if (continueBlockOnEnter()) {
                ensureCursorVisible();
                return;
            }
        }
    }
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) && !isReadOnly() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
        indentListItem(event->key() == Qt::Key_Backtab ? -1 : 1)) {
        return;
    }
    if (QKeySequence(event->keyCombination()) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)) {
        pastePlainText();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
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
    return source->hasHtml() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
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

bool MarkdownEditor::indentListItem(int direction)
{
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QTextBlock block = cursor.block();
    const QRegularExpressionMatch list = listPrefixPattern().match(block.text());
    if (!list.hasMatch() || !list.captured(1).isEmpty())
        return false;
    // Nesting needs the child's marker under the parent's text: indent by the marker width.
    const int width = int(list.capturedLength(3) + list.capturedLength(4) + list.capturedLength(5) +
                          list.capturedLength(6));
    const int indent = int(list.capturedLength(2));
    const int column = cursor.positionInBlock();
    QTextCursor edit(block);
    edit.beginEditBlock();
    if (direction > 0) {
        edit.insertText(QString(width, QLatin1Char(' ')));
    } else {
        const int remove = qMin(indent, width);
        if (remove == 0) {
            edit.endEditBlock();
            return true; // already at the left edge: Shift+Tab does nothing else in a list
        }
        edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
    }
    edit.endEditBlock();
    const int shifted = direction > 0 ? column + width : qMax(0, column - qMin(indent, width));
    cursor.setPosition(block.position() + shifted);
    setTextCursor(cursor);
    return true;
}

bool MarkdownEditor::continueBlockOnEnter()
{
    QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const int column = cursor.position() - block.position();

    QString nextPrefix;
    int prefixLength = 0;
    const QRegularExpressionMatch list = listPrefixPattern().match(text);
    if (list.hasMatch()) {
        prefixLength = int(list.capturedLength(0));
        nextPrefix = list.captured(1) + list.captured(2);
        if (list.capturedLength(3) > 0) {
            nextPrefix += list.captured(3);
        } else {
            const qlonglong number = list.captured(4).toLongLong() + 1;
            nextPrefix += QString::number(number) + list.captured(5);
        }
        nextPrefix += list.captured(6);
        if (list.capturedLength(7) > 0)
            nextPrefix += QStringLiteral("[ ] ");
    } else if (const QRegularExpressionMatch quote = quotePrefixPattern().match(text);
               quote.hasMatch()) {
        prefixLength = int(quote.capturedLength(0));
        nextPrefix = quote.captured(1);
        if (!nextPrefix.endsWith(QLatin1Char(' ')))
            nextPrefix += QLatin1Char(' ');
    } else {
        // Keep the indentation of the line, as in code and continuation paragraphs.
        int indent = 0;
        while (indent < text.size() && indent < column &&
               (text.at(indent) == QLatin1Char(' ') || text.at(indent) == QLatin1Char('\t')))
            ++indent;
        if (indent == 0 || cursor.hasSelection())
            return false;
        cursor.beginEditBlock();
        cursor.insertBlock();
        cursor.insertText(text.left(indent));
        cursor.endEditBlock();
        setTextCursor(cursor);
        return true;
    }

    if (cursor.hasSelection() || column < prefixLength)
        return false; // Enter inside the marker itself splits the line as usual.

    cursor.beginEditBlock();
    if (text.mid(prefixLength).trimmed().isEmpty()) {
        // Enter on an empty item ends the list: the marker goes, an enclosing quote stays.
        // An empty quote line ends the quote.
        const QString keep = list.hasMatch() ? list.captured(1) : QString();
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + int(text.size()), QTextCursor::KeepAnchor);
        cursor.insertText(keep);
    } else {
        // Splitting "- one| two" should give "- two", not "-  two".
        while (!cursor.atBlockEnd() &&
               (document()->characterAt(cursor.position()) == QLatin1Char(' ')))
            cursor.deleteChar();
        cursor.insertBlock();
        cursor.insertText(nextPrefix);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

void MarkdownEditor::toggleBold()
{
    toggleInline(QStringLiteral("**"));
}

void MarkdownEditor::toggleItalic()
{
    toggleInline(QStringLiteral("*"));
}

void MarkdownEditor::toggleStrikethrough()
{
    toggleInline(QStringLiteral("~~"));
}

void MarkdownEditor::toggleInlineCode()
{
    toggleInline(QStringLiteral("`"));
}

void MarkdownEditor::toggleInline(const QString &marker)
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    const int m = int(marker.size());

    if (!cursor.hasSelection()) {
        // Inside a word, format the word; elsewhere open an empty pair to type into.
        const QTextBlock block = cursor.block();
        const QString text = block.text();
        const int column = cursor.position() - block.position();
        int start = column;
        int end = column;
        while (start > 0 && isWordChar(text.at(start - 1)))
            --start;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        if (start == end) {
            cursor.beginEditBlock();
            cursor.insertText(marker + marker);
            cursor.endEditBlock();
            cursor.setPosition(cursor.position() - m);
            setTextCursor(cursor);
            return;
        }
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    }

    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    QTextDocument *doc = document();
    // Markdown ignores "** bold **": keep the markers against the words.
    while (start < end && doc->characterAt(start).isSpace())
        ++start;
    while (end > start && doc->characterAt(end - 1).isSpace())
        --end;
    if (start == end)
        return;
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    const QString selected = selectedPlainText(cursor);

    cursor.beginEditBlock();
    QString wrapped = marker;
    if (m == 1 && marker == QLatin1String("*"))
        wrapped = italicMarkerIn(selected);
    else if (!isWrappedIn(selected, marker))
        wrapped.clear();

    // Markers just outside the selection ("**|bold|**") count as the selection's own.
    QTextCursor probe(doc);
    probe.setPosition(qMax(0, start - 3));
    probe.setPosition(start, QTextCursor::KeepAnchor);
    const QString before = selectedPlainText(probe);
    probe.setPosition(end);
    probe.setPosition(qMin(doc->characterCount() - 1, end + 3), QTextCursor::KeepAnchor);
    const QString after = selectedPlainText(probe);
    bool outerMarker = false;
    if (!wrapped.isEmpty()) {
        // the selection carries its own markers
    } else if (marker == QLatin1String("*")) {
        const int b = trailingRun(before, QLatin1Char('*'));
        const int a = leadingRun(after, QLatin1Char('*'));
        outerMarker = (b == 1 || b == 3) && (a == 1 || a == 3);
    } else {
        outerMarker = before.endsWith(marker) && after.startsWith(marker);
    }

    int newStart = start;
    int newEnd = end;
    if (!wrapped.isEmpty()) {
        const int w = int(wrapped.size());
        cursor.insertText(selected.mid(w, selected.size() - 2 * w));
        newEnd = end - 2 * w;
    } else if (outerMarker) {
        QTextCursor edit(doc);
        edit.setPosition(end);
        edit.setPosition(end + m, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.setPosition(start - m);
        edit.setPosition(start, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        newStart = start - m;
        newEnd = end - m;
    } else {
        QTextCursor edit(doc);
        edit.setPosition(end);
        edit.insertText(marker);
        edit.setPosition(start);
        edit.insertText(marker);
        newStart = start + m;
        newEnd = end + m;
    }
    cursor.endEditBlock();

    cursor.setPosition(newStart);
    cursor.setPosition(newEnd, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void MarkdownEditor::insertLink()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    const QString selected = selectedPlainText(cursor);
    const int start = cursor.selectionStart();

    static const QRegularExpression wholeLink(QStringLiteral(R"(^\[([^\]\n]*)\]\(([^)\n]*)\)$)"));
    static const QRegularExpression looksLikeUrl(
        QStringLiteral(R"(^(https?://|mailto:|www\.)\S+$)"));

    cursor.beginEditBlock();
    int selectFrom = 0;
    int selectLength = 0;
    if (const QRegularExpressionMatch link = wholeLink.match(selected); link.hasMatch()) {
        // Ctrl+K on a whole link takes the link off again.
        cursor.insertText(link.captured(1));
        selectFrom = start;
        selectLength = int(link.capturedLength(1));
    } else if (looksLikeUrl.match(selected).hasMatch()) {
        // A selected address becomes the target; the writer types the text next.
        cursor.insertText(QStringLiteral("[](") + selected + QLatin1Char(')'));
        selectFrom = start + 1;
    } else if (!selected.isEmpty()) {
        const QString url = QStringLiteral("url");
        cursor.insertText(QLatin1Char('[') + selected + QStringLiteral("](") + url +
                          QLatin1Char(')'));
        selectFrom = start + int(selected.size()) + 3;
        selectLength = int(url.size());
    } else {
        const QString text = tr("link text");
        cursor.insertText(QLatin1Char('[') + text + QStringLiteral("](url)"));
        selectFrom = start + 1;
        selectLength = int(text.size());
    }
    cursor.endEditBlock();
    cursor.setPosition(selectFrom);
    cursor.setPosition(selectFrom + selectLength, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void MarkdownEditor::setHeadingLevel(int level)
{
    if (isReadOnly())
        return;
    level = qBound(0, level, 6);
    QTextCursor cursor = textCursor();
    QTextDocument *doc = document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    // A selection that ends at the very start of a line does not include that line.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();

    // Applying the level every selected line already has turns them back into paragraphs.
    bool allAtLevel = level > 0;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QRegularExpressionMatch h = headingPrefixPattern().match(b.text());
        if (!h.hasMatch() || h.capturedLength(1) != level)
            allAtLevel = false;
        if (b == last)
            break;
    }
    const QString prefix =
        allAtLevel || level == 0 ? QString() : QString(level, QLatin1Char('#')) + QLatin1Char(' ');

    const bool keepSelection = cursor.hasSelection();
    cursor.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString text = b.text();
        const QRegularExpressionMatch h = headingPrefixPattern().match(text);
        QTextCursor edit(b);
        const int oldLength = h.hasMatch() ? int(h.capturedLength(0)) : 0;
        if (!(text.isEmpty() && !prefix.isEmpty() && first != last)) {
            edit.setPosition(b.position() + oldLength, QTextCursor::KeepAnchor);
            edit.insertText(prefix);
        }
        if (b == last)
            break;
    }
    cursor.endEditBlock();
    if (!keepSelection) {
        // The cursor stays where it was in the words, and lands after a new marker.
        QTextCursor c = textCursor();
        const QString text = c.block().text();
        const QRegularExpressionMatch h = headingPrefixPattern().match(text);
        const int minColumn = h.hasMatch() ? int(h.capturedLength(0)) : 0;
        if (c.positionInBlock() < minColumn) {
            c.setPosition(c.block().position() + minColumn);
            setTextCursor(c);
        }
    }
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
