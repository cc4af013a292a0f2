// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real Markdown editor and highlighter with key events under Xvfb.
#include "core/post.h"
#include "gui/editor/markdown_editor.h"
#include "gui/editor/markdown_highlighter.h"

#include <QAction>
#include <QApplication>
#include <QTextBlock>
#include <QTextLayout>
#include <QWheelEvent>
#include <QtTest>

using namespace pw;
using namespace pw::gui;

namespace {

void selectText(MarkdownEditor &editor, const QString &needle)
{
    const int at = int(editor.toPlainText().indexOf(needle));
    QVERIFY2(at >= 0, qPrintable(needle));
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(at);
    cursor.setPosition(at + int(needle.size()), QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
}

void placeCursor(MarkdownEditor &editor, int position)
{
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(position);
    editor.setTextCursor(cursor);
}

void placeCursorAtEnd(MarkdownEditor &editor)
{
    QTextCursor cursor = editor.textCursor();
    cursor.movePosition(QTextCursor::End);
    editor.setTextCursor(cursor);
}

HighlightSpan span(int line, int column, int length, HighlightKind kind, int level = 0)
{
    HighlightSpan s;
    s.line = line;
    s.column = column;
    s.length = length;
    s.kind = kind;
    s.level = quint8(level);
    return s;
}

SnapshotPtr snapshotWith(QList<HighlightSpan> spans, quint64 revision = 1)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->revision = revision;
    snapshot->spans = std::move(spans);
    return snapshot;
}

// The format the layout applies at `column` of `line` (the highlighter's, not the block's).
QTextCharFormat formatAt(QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestMarkdownEditor : public QObject {
    Q_OBJECT

    MarkdownEditor *m_editor = nullptr;

    MarkdownEditor &editor() { return *m_editor; }
    QString text() const { return m_editor->toPlainText(); }
    QString selection() const { return m_editor->textCursor().selectedText(); }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_editor, key, modifiers);
    }

private slots:
    void init()
    {
        m_editor = new MarkdownEditor;
        m_editor->resize(900, 600);
        m_editor->show();
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        m_editor->setFocus();
    }

    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
    }

    void actionsCarryTheChosenShortcuts()
    {
        const QList<QAction *> actions = editor().formattingActions();
        QCOMPARE(actions.size(), 13); // 12 + Insert Image
        QCOMPARE(editor().action(MarkdownEditor::Action::Bold)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_B));
        QCOMPARE(editor().action(MarkdownEditor::Action::Link)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(editor().action(MarkdownEditor::Action::Heading3)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_3));
        // No two actions share a shortcut, and none of them is a standard key of the editor
        // other than those it replaces on purpose (Ctrl+K: delete to end of line on X11).
        QSet<QString> seen;
        for (QAction *a : actions) {
            const QString sequence = a->shortcut().toString();
            QVERIFY2(!seen.contains(sequence), qPrintable(sequence));
            seen.insert(sequence);
            for (auto standard :
                 {QKeySequence::Copy, QKeySequence::Paste, QKeySequence::Cut, QKeySequence::Undo,
                  QKeySequence::Redo, QKeySequence::SelectAll, QKeySequence::Find,
                  QKeySequence::Replace, QKeySequence::Save, QKeySequence::DeleteCompleteLine}) {
                QVERIFY2(!QKeySequence::keyBindings(standard).contains(a->shortcut()),
                         qPrintable(sequence));
            }
        }
    }

    void boldWrapsAndUnwrapsTheSelection()
    {
        editor().setPlainText(QStringLiteral("hello world"));
        selectText(editor(), QStringLiteral("world"));
        key(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("hello **world**"));
        QCOMPARE(selection(), QStringLiteral("world"));
        key(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("hello world"));
        QCOMPARE(selection(), QStringLiteral("world"));

        // The markers selected with the word count as well.
        editor().setPlainText(QStringLiteral("a **b** c"));
        selectText(editor(), QStringLiteral("**b**"));
        key(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("a b c"));
    }

    void boldWithoutSelectionTakesTheWordOrOpensAPair()
    {
        editor().setPlainText(QStringLiteral("hello world"));
        placeCursor(editor(), 2);
        key(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("**hello** world"));

        editor().setPlainText(QStringLiteral("x "));
        placeCursorAtEnd(editor());
        key(Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(m_editor, QStringLiteral("new"));
        QCOMPARE(text(), QStringLiteral("x **new**"));
    }

    void boldSkipsSurroundingSpaces()
    {
        editor().setPlainText(QStringLiteral("say hello there"));
        selectText(editor(), QStringLiteral(" hello "));
        key(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("say **hello** there"));
    }

    void italicDoesNotMistakeBoldForItself()
    {
        editor().setPlainText(QStringLiteral("a **b** c"));
        selectText(editor(), QStringLiteral("b"));
        key(Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("a ***b*** c"));
        key(Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("a **b** c"));

        editor().setPlainText(QStringLiteral("an _old_ style"));
        selectText(editor(), QStringLiteral("_old_"));
        key(Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("an old style"));
    }

    void inlineCodeAndStrikethrough()
    {
        editor().setPlainText(QStringLiteral("run make now"));
        selectText(editor(), QStringLiteral("make"));
        key(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text(), QStringLiteral("run `make` now"));
        key(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text(), QStringLiteral("run make now"));

        selectText(editor(), QStringLiteral("now"));
        key(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text(), QStringLiteral("run make ~~now~~"));
    }

    void linkWrapsSelectionAndSelectsUrl()
    {
        editor().setPlainText(QStringLiteral("read the docs today"));
        selectText(editor(), QStringLiteral("the docs"));
        key(Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("read [the docs](url) today"));
        QCOMPARE(selection(), QStringLiteral("url"));
        QTest::keyClicks(m_editor, QStringLiteral("https://example.org"));
        QCOMPARE(text(), QStringLiteral("read [the docs](https://example.org) today"));

        // A whole link selected is unlinked again.
        selectText(editor(), QStringLiteral("[the docs](https://example.org)"));
        key(Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("read the docs today"));

        // A selected address becomes the target, and the cursor waits for the text.
        editor().setPlainText(QStringLiteral("see https://example.org"));
        selectText(editor(), QStringLiteral("https://example.org"));
        key(Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(m_editor, QStringLiteral("Example"));
        QCOMPARE(text(), QStringLiteral("see [Example](https://example.org)"));
    }

    void headingShortcutsSetToggleAndReplace()
    {
        editor().setPlainText(QStringLiteral("Title\nbody"));
        placeCursor(editor(), 2);
        key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("## Title\nbody"));
        key(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("# Title\nbody"));
        key(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("Title\nbody"));
        key(Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("###### Title\nbody"));
        key(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("Title\nbody"));
        // Typing after the shortcut goes into the words, not into the marker.
        key(Qt::Key_3, Qt::ControlModifier);
        placeCursor(editor(), 0);
        key(Qt::Key_3, Qt::ControlModifier);
        key(Qt::Key_2, Qt::ControlModifier);
        QTest::keyClicks(m_editor, QStringLiteral("My "));
        QCOMPARE(text(), QStringLiteral("## My Title\nbody"));
    }

    void formattingIsOneUndoStep()
    {
        editor().setPlainText(QStringLiteral("hello world"));
        selectText(editor(), QStringLiteral("world"));
        key(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("hello **world**"));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("hello world"));

        placeCursor(editor(), 0);
        key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(text(), QStringLiteral("## hello world"));
        editor().undo();
        QCOMPARE(text(), QStringLiteral("hello world"));

        selectText(editor(), QStringLiteral("hello"));
        key(Qt::Key_K, Qt::ControlModifier);
        editor().undo();
        QCOMPARE(text(), QStringLiteral("hello world"));
    }

    void enterContinuesBulletLists_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("continued");
        QTest::newRow("dash") << "- one"
                              << "- one\n- ";
        QTest::newRow("star") << "* one"
                              << "* one\n* ";
        QTest::newRow("plus") << "+ one"
                              << "+ one\n+ ";
        QTest::newRow("numbered") << "1. one"
                                  << "1. one\n2. ";
        QTest::newRow("numbered 9") << "9) nine"
                                    << "9) nine\n10) ";
        QTest::newRow("task done") << "- [x] done"
                                   << "- [x] done\n- [ ] ";
        QTest::newRow("task open") << "- [ ] todo"
                                   << "- [ ] todo\n- [ ] ";
        QTest::newRow("nested") << "  - inner"
                                << "  - inner\n  - ";
        QTest::newRow("quote") << "> said"
                               << "> said\n> ";
        QTest::newRow("quoted list") << "> - item"
                                     << "> - item\n> - ";
        QTest::newRow("indented code") << "    code"
                                       << "    code\n    ";
        QTest::newRow("plain") << "words"
                               << "words\n";
    }

    void enterContinuesBulletLists()
    {
        QFETCH(QString, line);
        QFETCH(QString, continued);
        editor().setPlainText(line);
        placeCursorAtEnd(editor());
        key(Qt::Key_Return);
        QCOMPARE(text(), continued);
    }

    void numberedListsCountUpAsYouType()
    {
        editor().clear();
        QTest::keyClicks(m_editor, QStringLiteral("1. one"));
        key(Qt::Key_Return);
        QTest::keyClicks(m_editor, QStringLiteral("two"));
        key(Qt::Key_Return);
        QTest::keyClicks(m_editor, QStringLiteral("three"));
        QCOMPARE(text(), QStringLiteral("1. one\n2. two\n3. three"));
    }

    void enterOnAnEmptyItemEndsTheList()
    {
        editor().clear();
        QTest::keyClicks(m_editor, QStringLiteral("- one"));
        key(Qt::Key_Return);
        QCOMPARE(text(), QStringLiteral("- one\n- "));
        key(Qt::Key_Return);
        // A blank line ends the list, so what comes next is a paragraph, not part of the item.
        QCOMPARE(text(), QStringLiteral("- one\n\n"));
        QTest::keyClicks(m_editor, QStringLiteral("After."));
        QCOMPARE(text(), QStringLiteral("- one\n\nAfter."));

        editor().setPlainText(QStringLiteral("> quote\n> "));
        placeCursorAtEnd(editor());
        key(Qt::Key_Return);
        QCOMPARE(text(), QStringLiteral("> quote\n\n"));

        // Undo brings the marker back in one step.
        editor().undo();
        QCOMPARE(text(), QStringLiteral("> quote\n> "));
    }

    void closingFenceAfterIndentedCodeClosesTheBlock()
    {
        editor().setPlainText(QStringLiteral("```python\nif x:\n    y = 1"));
        placeCursorAtEnd(editor());
        key(Qt::Key_Return);
        // Enter keeps the code's indentation ...
        QCOMPARE(text(), QStringLiteral("```python\nif x:\n    y = 1\n    "));
        // ... and the closing fence goes where the opening one is: indented by four it would
        // be code, and the rest of the post with it.
        QTest::keyClicks(m_editor, QStringLiteral("```"));
        QCOMPARE(text(), QStringLiteral("```python\nif x:\n    y = 1\n```"));
        key(Qt::Key_Return);
        QTest::keyClicks(m_editor, QStringLiteral("After."));
        QCOMPARE(text(), QStringLiteral("```python\nif x:\n    y = 1\n```\nAfter."));

        // Undo takes the move back, for a writer who meant the fence as code.
        editor().setPlainText(QStringLiteral("```\n    a\n    "));
        placeCursorAtEnd(editor());
        QTest::keyClicks(m_editor, QStringLiteral("```"));
        QCOMPARE(text(), QStringLiteral("```\n    a\n```"));
        editor().undo();
        QCOMPARE(text(), QStringLiteral("```\n    a\n    ```"));
    }

    void ctrlWheelAsksForZoomInsteadOfZoomingItself()
    {
        QSignalSpy zoom(m_editor, &MarkdownEditor::zoomRequested);
        const qreal size = editor().font().pointSizeF();
        const QPointF at(20, 20);
        QWheelEvent wheel(at, editor().viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(editor().viewport(), &wheel);
        QCOMPARE(zoom.count(), 1);
        QCOMPARE(zoom.at(0).at(0).toInt(), 1);
        // The window zooms every editor through the preferences; this one stays as it is.
        QCOMPARE(editor().font().pointSizeF(), size);
    }

    void enterInTheMiddleOfAnItemSplitsIt()
    {
        editor().setPlainText(QStringLiteral("- one two"));
        placeCursor(editor(), 5);
        key(Qt::Key_Return);
        QCOMPARE(text(), QStringLiteral("- one\n- two"));
    }

    void tabNestsListItems()
    {
        editor().setPlainText(QStringLiteral("- one\n- two"));
        placeCursorAtEnd(editor());
        key(Qt::Key_Tab);
        QCOMPARE(text(), QStringLiteral("- one\n  - two"));
        QTest::keyClicks(m_editor, QStringLiteral("!"));
        QCOMPARE(text(), QStringLiteral("- one\n  - two!"));
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(text(), QStringLiteral("- one\n- two!"));
        editor().setPlainText(QStringLiteral("1. one"));
        key(Qt::Key_Tab);
        QCOMPARE(text(), QStringLiteral("   1. one"));
        // Outside lists Tab is a tab.
        editor().setPlainText(QStringLiteral("plain"));
        placeCursorAtEnd(editor());
        key(Qt::Key_Tab);
        QCOMPARE(text(), QStringLiteral("plain\t"));
    }

    void shiftEnterStartsALineWithoutContinuing()
    {
        editor().setPlainText(QStringLiteral("- one"));
        placeCursorAtEnd(editor());
        key(Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(text(), QStringLiteral("- one\n"));
        // A real block, not U+2028: one block per source line.
        QCOMPARE(editor().document()->blockCount(), 2);
    }

    void currentLineIsHighlighted()
    {
        editor().setPlainText(QStringLiteral("one\ntwo\nthree"));
        placeCursor(editor(), 5);
        const QList<QTextEdit::ExtraSelection> selections = editor().extraSelections();
        bool found = false;
        for (const QTextEdit::ExtraSelection &s : selections) {
            if (s.format.boolProperty(QTextFormat::FullWidthSelection)) {
                QCOMPARE(s.cursor.blockNumber(), 1);
                QVERIFY(s.format.background().color() != editor().palette().color(QPalette::Base));
                found = true;
            }
        }
        QVERIFY(found);

        // Another layer (search matches) does not push the current line out.
        QTextEdit::ExtraSelection match;
        match.cursor = QTextCursor(editor().document());
        match.cursor.setPosition(0);
        match.cursor.setPosition(3, QTextCursor::KeepAnchor);
        editor().setSelectionLayer(MarkdownEditor::SelectionLayer::SearchMatches, {match});
        placeCursor(editor(), 9);
        QCOMPARE(editor().extraSelections().size(), 2);
    }

    void maximumWidthCentresTheTextColumn()
    {
        editor().resize(1200, 500);
        editor().setPlainText(QStringLiteral("text"));
        QTRY_COMPARE(editor().viewport()->x(), 0);
        editor().setMaximumTextWidth(60);
        const int margin = editor().viewport()->x();
        QVERIFY(margin > 100);
        const int right = editor().width() - editor().viewport()->geometry().right() - 1;
        QVERIFY2(qAbs(right - margin) < 30,
                 qPrintable(QStringLiteral("%1 vs %2").arg(right).arg(margin)));
        // Narrow windows use their whole width.
        editor().resize(300, 500);
        QTRY_COMPARE(editor().viewport()->x(), 0);
        editor().resize(1200, 500);
        QTRY_VERIFY(editor().viewport()->x() > 100);
        editor().setMaximumTextWidth(0);
        QCOMPARE(editor().viewport()->x(), 0);
    }

    void highlighterAppliesSpanFormats()
    {
        editor().setPlainText(QStringLiteral("# Title\n\nSome **bold** and `code`, [a](http://x)"));
        MarkdownHighlighter highlighter(editor().document());
        editor().setHighlighter(&highlighter);
        highlighter.setSnapshot(snapshotWith({
            span(0, 0, 2, HighlightKind::HeadingMarker, 1),
            span(0, 2, 5, HighlightKind::Heading, 1),
            span(2, 5, 8, HighlightKind::Strong),
            span(2, 18, 6, HighlightKind::InlineCode),
            span(2, 26, 14, HighlightKind::Link),
            span(2, 30, 8, HighlightKind::LinkUrl),
        }));
        QTextDocument *doc = editor().document();

        const QTextCharFormat title = formatAt(doc, 0, 3);
        QCOMPARE(title.fontWeight(), int(QFont::Bold));
        QVERIFY(title.fontPointSize() > editor().font().pointSizeF());
        const QTextCharFormat marker = formatAt(doc, 0, 0);
        QCOMPARE(marker.fontPointSize(), title.fontPointSize()); // marker keeps heading size
        QVERIFY(marker.foreground().color() != title.foreground().color());

        QCOMPARE(formatAt(doc, 2, 5).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(doc, 2, 12).fontWeight(), int(QFont::Bold));
        QVERIFY(!formatAt(doc, 2, 13).hasProperty(QTextFormat::FontWeight)); // " and"
        QVERIFY(!formatAt(doc, 2, 0).hasProperty(QTextFormat::FontWeight));

        const QTextCharFormat code = formatAt(doc, 2, 19);
        QVERIFY(code.fontFixedPitch());
        QVERIFY(code.hasProperty(QTextFormat::BackgroundBrush));

        const QColor link = formatAt(doc, 2, 27).foreground().color();
        const QColor url = formatAt(doc, 2, 32).foreground().color();
        QVERIFY(formatAt(doc, 2, 27).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(link != url);
    }

    void highlighterColoursARealSnapshot()
    {
        // The same parse the preview uses, end to end.
        Post post;
        post.body = QStringLiteral("# Title\n\n**bold** and `code`\n\n> quoted");
        editor().setPlainText(post.body);
        MarkdownHighlighter highlighter(editor().document());
        highlighter.setSnapshot(analyzePost(post, AnalysisContext{}, 1));
        QTextDocument *doc = editor().document();

        const QTextCharFormat title = formatAt(doc, 0, 3);
        QCOMPARE(title.fontWeight(), int(QFont::Bold));
        QVERIFY(title.fontPointSize() > editor().font().pointSizeF());
        QVERIFY(formatAt(doc, 0, 0).hasProperty(QTextFormat::ForegroundBrush)); // "#" dimmed
        QCOMPARE(formatAt(doc, 2, 3).fontWeight(), int(QFont::Bold));           // bold
        QVERIFY(!formatAt(doc, 2, 10).hasProperty(QTextFormat::FontWeight));    // " and "
        QVERIFY(formatAt(doc, 2, 15).fontFixedPitch());                         // code
        QVERIFY(formatAt(doc, 2, 15).hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(!formatAt(doc, 2, 12).fontFixedPitch());
        QVERIFY(formatAt(doc, 4, 0).hasProperty(QTextFormat::ForegroundBrush)); // ">"
        QVERIFY(formatAt(doc, 4, 4).hasProperty(QTextFormat::ForegroundBrush)); // quoted text
    }

    void highlighterIsPaletteAware()
    {
        MarkdownHighlighter highlighter(editor().document());
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        highlighter.setAppearance(light, editor().font());
        const QColor lightLink = highlighter.formatFor(HighlightKind::Link).foreground().color();
        const QColor lightCode =
            highlighter.formatFor(HighlightKind::InlineCode).background().color();
        highlighter.setAppearance(dark, editor().font());
        const QColor darkLink = highlighter.formatFor(HighlightKind::Link).foreground().color();
        const QColor darkCode =
            highlighter.formatFor(HighlightKind::InlineCode).background().color();
        QVERIFY(darkLink.lightness() > lightLink.lightness());
        QVERIFY(lightCode.lightness() > 200);
        QVERIFY(darkCode.lightness() < 80);
    }

    void newSnapshotRehighlightsOnlyChangedLines()
    {
        editor().setPlainText(QStringLiteral("# One\n\npara **b**\n\n## Two\n\nlast"));
        MarkdownHighlighter highlighter(editor().document());
        const QList<HighlightSpan> before = {
            span(0, 0, 5, HighlightKind::Heading, 1),
            span(2, 5, 5, HighlightKind::Strong),
            span(4, 0, 6, HighlightKind::Heading, 2),
        };
        highlighter.setSnapshot(snapshotWith(before, 1));
        QCOMPARE(formatAt(editor().document(), 2, 6).fontWeight(), int(QFont::Bold));

        highlighter.resetHighlightCount();
        highlighter.setSnapshot(snapshotWith(before, 2));
        QCOMPARE(highlighter.highlightCount(), 0);

        QList<HighlightSpan> after = before;
        after[1] = span(2, 5, 5, HighlightKind::Emphasis);
        highlighter.setSnapshot(snapshotWith(after, 3));
        QCOMPARE(highlighter.highlightCount(), 1);
        QVERIFY(formatAt(editor().document(), 2, 6).fontItalic());
        QVERIFY(!formatAt(editor().document(), 2, 6).hasProperty(QTextFormat::FontWeight));

        // A line losing all its spans is re-coloured too.
        highlighter.resetHighlightCount();
        after.removeAt(1);
        highlighter.setSnapshot(snapshotWith(after, 4));
        QCOMPARE(highlighter.highlightCount(), 1);
        QVERIFY(editor().document()->findBlockByNumber(2).layout()->formats().isEmpty());
    }

    void typingKeepsTheLinesFormatsUntilTheNextSnapshot()
    {
        editor().setPlainText(QStringLiteral("intro\n## Head"));
        MarkdownHighlighter highlighter(editor().document());
        highlighter.setSnapshot(snapshotWith({span(1, 0, 7, HighlightKind::Heading, 2)}));
        // A new line above the heading: its spans travel with it.
        placeCursor(editor(), 0);
        key(Qt::Key_Return);
        QCOMPARE(formatAt(editor().document(), 2, 4).fontWeight(), int(QFont::Bold));
        QVERIFY(!formatAt(editor().document(), 0, 0).hasProperty(QTextFormat::FontWeight));
        // Typing at the end of the heading: stale spans are clipped, nothing breaks.
        placeCursorAtEnd(editor());
        QTest::keyClicks(m_editor, QStringLiteral("ing"));
        QCOMPARE(formatAt(editor().document(), 2, 4).fontWeight(), int(QFont::Bold));
        // Spans beyond the text are ignored.
        highlighter.setSnapshot(snapshotWith(
            {span(1, 3, 50, HighlightKind::Strong), span(9, 0, 5, HighlightKind::Emphasis)}));
        QCOMPARE(formatAt(editor().document(), 1, 4).fontWeight(), int(QFont::Bold));
        QVERIFY(formatAt(editor().document(), 1, 2).properties().isEmpty());
    }
};

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdown_editor.moc"
