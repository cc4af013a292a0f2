// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/text_search.h"

#include "gui/editor/raw_text.h"

#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace pw::gui {

namespace {

QRegularExpression buildExpression(const QString &needle, SearchOptions options)
{
    QString source = options.regularExpression ? needle : QRegularExpression::escape(needle);
    if (options.wholeWords)
        source = QStringLiteral("(?<!\\w)(?:") + source + QStringLiteral(")(?!\\w)");
    QRegularExpression::PatternOptions patternOptions =
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        patternOptions |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(source, patternOptions);
}

QString expandBackReferences(const QRegularExpressionMatch &match, const QString &replacement)
{
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c != QLatin1Char('\\') || i + 1 == replacement.size()) {
            out += c;
            continue;
        }
        const QChar next = replacement.at(++i);
        if (next.isDigit()) {
            out += match.captured(next.digitValue());
        } else if (next == QLatin1Char('n')) {
            out += QLatin1Char('\n');
        } else if (next == QLatin1Char('t')) {
            out += QLatin1Char('\t');
        } else {
            out += next;
        }
    }
    return out;
}

// The first match whose start is not before `position`.
QList<TextMatch>::const_iterator firstStartingAt(const QList<TextMatch> &matches, int position)
{
    return std::lower_bound(matches.cbegin(), matches.cend(), position,
                            [](const TextMatch &m, int pos) { return m.start < pos; });
}

} // namespace

TextSearch::TextSearch(const QString &needle, SearchOptions options)
    : m_needle(needle), m_options(options), m_expression(buildExpression(needle, options))
{
}

QString TextSearch::errorString() const
{
    return isValid() ? QString() : m_expression.errorString();
}

QString TextSearch::searchedText(const QTextDocument *document)
{
    return rawText(document, LineSeparators::AsNewlines);
}

QList<TextMatch> TextSearch::findAll(const QString &text) const
{
    QList<TextMatch> matches;
    if (isEmpty() || !isValid())
        return matches;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            matches.append({int(match.capturedStart()), int(match.capturedLength())});
    }
    return matches;
}

QList<TextMatch> TextSearch::findAll(const QTextDocument *document) const
{
    if (isEmpty() || !isValid())
        return {};
    return findAll(searchedText(document));
}

QRegularExpressionMatch TextSearch::matchAt(const QString &text, int start) const
{
    return m_expression.match(text, start, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption);
}

QString TextSearch::replacementFor(const QRegularExpressionMatch &match,
                                   const QString &replacement) const
{
    return m_options.regularExpression ? expandBackReferences(match, replacement) : replacement;
}

int TextSearch::replaceAll(QTextDocument *document, const QString &replacement) const
{
    if (isEmpty() || !isValid())
        return 0;
    struct Edit {
        int start;
        int length;
        QString replacement;
    };
    QList<Edit> edits;
    QRegularExpressionMatchIterator it = m_expression.globalMatch(searchedText(document));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            edits.append({int(match.capturedStart()), int(match.capturedLength()),
                          replacementFor(match, replacement)});
    }
    if (edits.isEmpty())
        return 0;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // Back to front, so that earlier offsets stay valid.
    for (auto e = edits.crbegin(); e != edits.crend(); ++e) {
        cursor.setPosition(e->start);
        cursor.setPosition(e->start + e->length, QTextCursor::KeepAnchor);
        cursor.insertText(e->replacement);
    }
    cursor.endEditBlock();
    return int(edits.size());
}

int matchAtSelection(const QList<TextMatch> &matches, int selectionStart, int selectionEnd)
{
    if (selectionStart == selectionEnd)
        return -1;
    const auto it = firstStartingAt(matches, selectionStart);
    if (it != matches.cend() && it->start == selectionStart && it->end() == selectionEnd)
        return int(it - matches.cbegin());
    return -1;
}

int firstMatchFrom(const QList<TextMatch> &matches, int position)
{
    if (matches.isEmpty())
        return -1;
    const auto it = firstStartingAt(matches, position);
    return it == matches.cend() ? 0 : int(it - matches.cbegin());
}

int nextMatch(const QList<TextMatch> &matches, int selectionStart, int selectionEnd)
{
    if (matches.isEmpty())
        return -1;
    const int current = matchAtSelection(matches, selectionStart, selectionEnd);
    if (current >= 0)
        return (current + 1) % int(matches.size());
    return firstMatchFrom(matches, selectionEnd);
}

int previousMatch(const QList<TextMatch> &matches, int selectionStart)
{
    if (matches.isEmpty())
        return -1;
    const auto it = firstStartingAt(matches, selectionStart);
    return it == matches.cbegin() ? int(matches.size()) - 1 : int(it - matches.cbegin()) - 1;
}

} // namespace pw::gui
