// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The find bar's search without the bar: patterns, matches, stepping, replacement.
// Every expected position below was counted by hand in UTF-16 units, as QTextCursor counts.
#include "gui/editor/text_search.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using namespace pw::gui;

namespace {

SearchOptions plain()
{
    return {};
}

SearchOptions regex()
{
    SearchOptions options;
    options.regularExpression = true;
    return options;
}

SearchOptions with(bool caseSensitive, bool wholeWords, bool regularExpression = false)
{
    SearchOptions options;
    options.caseSensitive = caseSensitive;
    options.wholeWords = wholeWords;
    options.regularExpression = regularExpression;
    return options;
}

// "start+length" for each match, so that a failure shows which matches differ.
QString spans(const QList<TextMatch> &matches)
{
    QStringList out;
    for (const TextMatch &m : matches)
        out << QStringLiteral("%1+%2").arg(m.start).arg(m.length);
    return out.join(QLatin1Char(' '));
}

QString textAt(QTextDocument &document, const TextMatch &match)
{
    QTextCursor cursor(&document);
    cursor.setPosition(match.start);
    cursor.setPosition(match.end(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

QString expanded(const QString &pattern, const QString &subject, const QString &replacement)
{
    const TextSearch search(pattern, regex());
    const QRegularExpressionMatch match = search.matchAt(subject, 0);
    if (!match.hasMatch())
        return QStringLiteral("<no match>");
    return search.replacementFor(match, replacement);
}

} // namespace

class TestTextSearch : public QObject {
    Q_OBJECT

private slots:
    void plainSearchTakesRegexCharactersLiterally()
    {
        const QString text = QStringLiteral("a.b axb (c)");
        QCOMPARE(spans(TextSearch(QStringLiteral("a.b"), plain()).findAll(text)),
                 QStringLiteral("0+3"));
        QCOMPARE(spans(TextSearch(QStringLiteral("(c)"), plain()).findAll(text)),
                 QStringLiteral("8+3"));
        QCOMPARE(spans(TextSearch(QStringLiteral("a.b"), regex()).findAll(text)),
                 QStringLiteral("0+3 4+3"));
    }

    void invalidRegularExpressionSaysWhy()
    {
        const TextSearch search(QStringLiteral("(unbalanced"), regex());
        QVERIFY(!search.isEmpty());
        QVERIFY(!search.isValid());
        QCOMPARE(search.errorString(), QStringLiteral("missing closing parenthesis"));
        QVERIFY(search.findAll(QStringLiteral("(unbalanced")).isEmpty());

        QTextDocument document;
        document.setPlainText(QStringLiteral("(unbalanced"));
        QCOMPARE(search.replaceAll(&document, QStringLiteral("x")), 0);
        QCOMPARE(document.toPlainText(), QStringLiteral("(unbalanced"));
        QVERIFY(!document.isUndoAvailable());

        // The same characters typed as plain text are a fine search.
        const TextSearch literal(QStringLiteral("(unbalanced"), plain());
        QVERIFY(literal.isValid());
        QVERIFY(literal.errorString().isEmpty());
        QCOMPARE(spans(literal.findAll(QStringLiteral("an (unbalanced one"))),
                 QStringLiteral("3+11"));
    }

    void emptySearchFindsNothingAndIsNoError()
    {
        const TextSearch search(QString(), regex());
        QVERIFY(search.isEmpty());
        QVERIFY(search.isValid());
        QVERIFY(search.errorString().isEmpty());
        QVERIFY(search.findAll(QStringLiteral("anything")).isEmpty());
    }

    void caseAndWholeWordOptions()
    {
        // W0 word5 s10word11 word16(s) word22 .
        const QString text = QStringLiteral("Word word sword words word.");
        const QString word = QStringLiteral("word");
        QCOMPARE(spans(TextSearch(word, with(false, false)).findAll(text)),
                 QStringLiteral("0+4 5+4 11+4 16+4 22+4"));
        QCOMPARE(spans(TextSearch(word, with(true, false)).findAll(text)),
                 QStringLiteral("5+4 11+4 16+4 22+4"));
        QCOMPARE(spans(TextSearch(word, with(true, true)).findAll(text)),
                 QStringLiteral("5+4 22+4"));
        QCOMPARE(spans(TextSearch(word, with(false, true)).findAll(text)),
                 QStringLiteral("0+4 5+4 22+4"));
    }

    void wholeWordsKnowLettersBeyondAscii()
    {
        // "ï" is a letter, so the "na" of "naïve" is no whole word.
        QCOMPARE(spans(TextSearch(QStringLiteral("na"), with(false, true))
                           .findAll(QStringLiteral("naïve na"))),
                 QStringLiteral("6+2"));
        QCOMPARE(spans(TextSearch(QStringLiteral("été"), with(false, false))
                           .findAll(QStringLiteral("ÉTÉ été"))),
                 QStringLiteral("0+3 4+3"));
        QCOMPARE(spans(TextSearch(QStringLiteral("été"), with(true, false))
                           .findAll(QStringLiteral("ÉTÉ été"))),
                 QStringLiteral("4+3"));
    }

    void wholeWordsWrapAnAlternationAsAWhole()
    {
        // Without the group each look-around would bind to one side of the "|":
        // "(?<!\w)cat|dog(?!\w)" finds the start of "catalog" and the end of "hotdog".
        QCOMPARE(spans(TextSearch(QStringLiteral("cat|dog"), with(false, true, true))
                           .findAll(QStringLiteral("cat dog catalog hotdog"))),
                 QStringLiteral("0+3 4+3"));
    }

    void emptyMatchesAreLeftOut()
    {
        QVERIFY(
            TextSearch(QStringLiteral("x*"), regex()).findAll(QStringLiteral("ab\ncd")).isEmpty());
        QVERIFY(
            TextSearch(QStringLiteral("^"), regex()).findAll(QStringLiteral("ab\ncd")).isEmpty());
        QCOMPARE(spans(TextSearch(QStringLiteral("b*"), regex()).findAll(QStringLiteral("abba"))),
                 QStringLiteral("1+2"));
    }

    void anchorsWorkPerLine()
    {
        QCOMPARE(spans(TextSearch(QStringLiteral("^#+ "), regex())
                           .findAll(QStringLiteral("# One\n## Two\ntext # not"))),
                 QStringLiteral("0+2 6+3"));
    }

    void documentPositionsAreCursorPositions()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("first line\nsecond line"));
        const QList<TextMatch> lines =
            TextSearch(QStringLiteral("line"), plain()).findAll(&document);
        QCOMPARE(spans(lines), QStringLiteral("6+4 18+4"));
        QCOMPARE(textAt(document, lines.at(1)), QStringLiteral("line"));
    }

    void noBreakSpacesAreSearchedAsTheyAre()
    {
        // 10, NBSP at 2, km; spaces at 5, 9 and 12.
        QTextDocument document;
        document.setPlainText(QStringLiteral("10\u00a0km and 10 km"));
        QCOMPARE(spans(TextSearch(QStringLiteral("10\u00a0km"), plain()).findAll(&document)),
                 QStringLiteral("0+5"));
        QCOMPARE(spans(TextSearch(QStringLiteral(" "), plain()).findAll(&document)),
                 QStringLiteral("5+1 9+1 12+1"));
    }

    void textBeyondTheBasicPlaneCountsTwoUnits()
    {
        // Each emoji is a surrogate pair: 0-1 and 9-10.
        QTextDocument document;
        document.setPlainText(QStringLiteral("😀 smile 😀 smile"));
        const QList<TextMatch> matches =
            TextSearch(QStringLiteral("smile"), plain()).findAll(&document);
        QCOMPARE(spans(matches), QStringLiteral("3+5 12+5"));
        QCOMPARE(textAt(document, matches.at(1)), QStringLiteral("smile"));

        QCOMPARE(TextSearch(QStringLiteral("smile"), plain())
                     .replaceAll(&document, QStringLiteral("grin")),
                 2);
        QCOMPARE(document.toPlainText(), QStringLiteral("😀 grin 😀 grin"));
    }

    void lineSeparatorsSearchAsLineBreaks()
    {
        QTextDocument document;
        QTextCursor(&document).insertText(QStringLiteral("one\u2028two"));
        QCOMPARE(document.blockCount(), 1);
        QCOMPARE(TextSearch::searchedText(&document), QStringLiteral("one\ntwo"));
        QCOMPARE(spans(TextSearch(QStringLiteral("^two$"), regex()).findAll(&document)),
                 QStringLiteral("4+3"));
    }

    void matchAtLooksAroundTheWholeText()
    {
        const QString text = QStringLiteral("bobcat cat");
        const TextSearch search(QStringLiteral("cat"), with(false, true));
        QVERIFY(!search.matchAt(text, 3).hasMatch()); // "b" before it: not a whole word
        QCOMPARE(search.matchAt(text, 7).capturedStart(), 7);
        QVERIFY(!search.matchAt(text, 6).hasMatch()); // anchored: no match further on
    }

    void steppingThroughMatchesWrapsAround()
    {
        // "alpha beta alpha"
        const QList<TextMatch> matches = {{0, 5}, {11, 5}};

        QCOMPARE(matchAtSelection(matches, 0, 5), 0);
        QCOMPARE(matchAtSelection(matches, 11, 16), 1);
        QCOMPARE(matchAtSelection(matches, 0, 4), -1);
        QCOMPARE(matchAtSelection(matches, 11, 11), -1);

        QCOMPARE(firstMatchFrom(matches, 0), 0);
        QCOMPARE(firstMatchFrom(matches, 3), 1);
        QCOMPARE(firstMatchFrom(matches, 11), 1);
        QCOMPARE(firstMatchFrom(matches, 12), 0);

        QCOMPARE(nextMatch(matches, 0, 5), 1);
        QCOMPARE(nextMatch(matches, 11, 16), 0);
        QCOMPARE(nextMatch(matches, 0, 0), 0); // a match right at the cursor is the next one
        QCOMPARE(nextMatch(matches, 6, 6), 1);
        QCOMPARE(nextMatch(matches, 16, 16), 0);
        QCOMPARE(nextMatch(matches, 2, 8), 1); // a selection that is no match: from its end

        QCOMPARE(previousMatch(matches, 11), 0);
        QCOMPARE(previousMatch(matches, 5), 0);
        QCOMPARE(previousMatch(matches, 16), 1);
        QCOMPARE(previousMatch(matches, 0), 1);

        const QList<TextMatch> none;
        QCOMPARE(firstMatchFrom(none, 0), -1);
        QCOMPARE(nextMatch(none, 0, 0), -1);
        QCOMPARE(previousMatch(none, 0), -1);
    }

    void backReferencesAndEscapesInTheReplacement()
    {
        const QString date = QStringLiteral(R"((\d{4})-(\d\d)-(\d\d))");
        const QString subject = QStringLiteral("2024-05-17");
        QCOMPARE(expanded(date, subject, QStringLiteral(R"(\3/\2/\1)")),
                 QStringLiteral("17/05/2024"));
        QCOMPARE(expanded(date, subject, QStringLiteral(R"([\0])")),
                 QStringLiteral("[2024-05-17]"));
        QCOMPARE(expanded(date, subject, QStringLiteral(R"(\1\n\2\t\3)")),
                 QStringLiteral("2024\n05\t17"));
        QCOMPARE(expanded(date, subject, QStringLiteral(R"(a\\1)")), QStringLiteral(R"(a\1)"));
        QCOMPARE(expanded(date, subject, QStringLiteral(R"(\$\x)")), QStringLiteral("$x"));
        QCOMPARE(expanded(date, subject, QStringLiteral(R"(\7.)")), QStringLiteral("."));
        QCOMPARE(expanded(date, subject, QStringLiteral(R"(end\)")), QStringLiteral(R"(end\)"));

        // A plain search puts the replacement in as typed.
        const TextSearch literal(QStringLiteral("2024"), plain());
        const QRegularExpressionMatch match = literal.matchAt(subject, 0);
        QVERIFY(match.hasMatch());
        QCOMPARE(literal.replacementFor(match, QStringLiteral(R"(\1\n)")),
                 QStringLiteral(R"(\1\n)"));
    }

    void replaceAllIsOneUndoStep()
    {
        const QString original = QStringLiteral("- cat\n- Cat\n- dog\n- cat food");
        QTextDocument document;
        document.setPlainText(original);
        QVERIFY(!document.isUndoAvailable());
        QCOMPARE(TextSearch(QStringLiteral("cat"), plain())
                     .replaceAll(&document, QStringLiteral("bird")),
                 3);
        QCOMPARE(document.toPlainText(), QStringLiteral("- bird\n- bird\n- dog\n- bird food"));
        // One undo takes back all three, and there is nothing left to undo.
        document.undo();
        QCOMPARE(document.toPlainText(), original);
        QVERIFY(!document.isUndoAvailable());
    }

    void replaceAllWithCapturesAcrossLines()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("# One\n## Two\ntext # not"));
        QCOMPARE(TextSearch(QStringLiteral("^(#+) (.*)$"), regex())
                     .replaceAll(&document, QStringLiteral(R"(\1 \2!)")),
                 2);
        QCOMPARE(document.toPlainText(), QStringLiteral("# One!\n## Two!\ntext # not"));
    }

    void replaceAllCanSplitLines()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("a, b, c"));
        QCOMPARE(TextSearch(QStringLiteral(", "), regex())
                     .replaceAll(&document, QStringLiteral(R"(\n)")),
                 2);
        QCOMPARE(document.toPlainText(), QStringLiteral("a\nb\nc"));
        QCOMPARE(document.blockCount(), 3);
    }

    void replaceAllRespectsWholeWords()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("cat catalog Cat"));
        QCOMPARE(TextSearch(QStringLiteral("cat"), with(false, true))
                     .replaceAll(&document, QStringLiteral("dog")),
                 2);
        QCOMPARE(document.toPlainText(), QStringLiteral("dog catalog dog"));
    }

    void replaceAllWithoutMatchesChangesNothing()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("nothing to see"));
        QCOMPARE(
            TextSearch(QStringLiteral("zebra"), plain()).replaceAll(&document, QStringLiteral("x")),
            0);
        QVERIFY(!document.isUndoAvailable());
    }
};

QTEST_MAIN(TestTextSearch)
#include "tst_text_search.moc"
