// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/autop.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>

// The steps below follow wpautop() in WordPress 6.1's wp-includes/formatting.php one for one,
// with PHP's patterns kept as they are (PCRE on both sides). PHP matches bytes, we match UTF-16
// code units; without the /u flag neither treats a non-ASCII character as \s or \w, so the
// patterns mean the same. Backreferences are written \1 (Qt) where PHP writes $1.

namespace pw {

namespace {

using Re = QRegularExpression;

// wpautop's $allblocks.
#define PW_ALLBLOCKS                                                                               \
    "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|"     \
    "map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|"    \
    "hgroup|header|footer|nav|figure|figcaption|details|menu|summary)"

// get_html_split_regex(): a tag, or a comment / CDATA section read to its real end.
const Re &htmlSplitRegex()
{
    static const Re re(QStringLiteral(
        R"((<(?(?=!--|!\[CDATA\[)(?(?=!-)!(?:-(?!->)[^\-]*+)*+(?:-->)?|!\[CDATA\[[^\]]*+(?:](?!]>)[^\]]*+)*+(?:]]>)?)|[^>]*>?)))"));
    return re;
}

void replaceRe(QString &text, const char *pattern, const QString &after,
               Re::PatternOptions options = Re::NoPatternOption)
{
    // Each call site passes a literal; the cache keeps one compiled pattern per literal.
    static thread_local QList<QPair<const char *, Re>> cache;
    for (const auto &[key, re] : cache) {
        if (key == pattern && re.patternOptions() == options) {
            text.replace(re, after);
            return;
        }
    }
    cache.append({pattern, Re(QString::fromLatin1(pattern), options)});
    text.replace(cache.last().second, after);
}

// PHP's trim() default set.
bool isPhpTrimChar(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\0' || c == u'\x0B';
}

bool isBlankForPhp(const QString &text)
{
    for (QChar c : text) {
        if (!isPhpTrimChar(c))
            return false;
    }
    return true;
}

QString trimNewlines(QStringView text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && text[from] == u'\n')
        ++from;
    while (to > from && text[to - 1] == u'\n')
        --to;
    return text.mid(from, to - from).toString();
}

// str_replace() of each placeholder in turn, as wpautop does, is quadratic in the number of
// <pre> blocks; one pass gives the same text unless the content itself spells a placeholder.
QString restorePreTags(const QString &text, const QList<QPair<QString, QString>> &preTags,
                       bool contentHasPlaceholders)
{
    if (contentHasPlaceholders) {
        QString out = text;
        for (const auto &[name, original] : preTags)
            out.replace(name, original);
        return out;
    }
    static const Re placeholder(QStringLiteral("<pre wp-pre-tag-(\\d+)></pre>"));
    QString out;
    out.reserve(text.size() * 2);
    qsizetype at = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype index = m.captured(1).toLongLong();
        if (index >= preTags.size())
            continue;
        out += QStringView(text).mid(at, m.capturedStart() - at);
        out += preTags[index].second;
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace

namespace autop {

QString replaceInHtmlTags(const QString &text, QStringView from, QStringView to)
{
    if (!text.contains(from))
        return text;
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype at = 0;
    auto it = htmlSplitRegex().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        QString element = m.captured();
        element.replace(from.toString(), to.toString());
        out += element;
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace autop

bool hasBlocks(const QString &content)
{
    return content.contains(QLatin1StringView("<!-- wp:"));
}

QString wordpressAutop(const QString &content)
{
    return hasBlocks(content) ? content : wpautop(content);
}

QString wpautop(const QString &input, bool br)
{
    if (isBlankForPhp(input))
        return {};

    // Just to make things a little easier, pad the end.
    QString text = input + u'\n';

    // <pre> is never touched: placeholders now, the originals back at the end.
    QList<QPair<QString, QString>> preTags;
    if (text.contains(QLatin1StringView("<pre"))) {
        QStringList parts = text.split(QStringLiteral("</pre>"));
        const QString last = parts.takeLast();
        text.clear();
        int i = 0;
        for (const QString &part : parts) {
            const qsizetype start = part.indexOf(QLatin1StringView("<pre"));
            if (start < 0) { // malformed HTML
                text += part;
                continue;
            }
            const QString name = QStringLiteral("<pre wp-pre-tag-%1></pre>").arg(i);
            preTags.append({name, part.mid(start) + QStringLiteral("</pre>")});
            text += part.left(start) + name;
            ++i;
        }
        text += last;
    }
    // Change multiple <br>'s into two line breaks, which will turn into paragraphs.
    replaceRe(text, R"(<br\s*/?>\s*<br\s*/?>)", QStringLiteral("\n\n"));

    // A double line break above block-level opening tags, below closing ones and after <hr>.
    replaceRe(text, "(<" PW_ALLBLOCKS R"([\s/>]))", QStringLiteral("\n\n\\1"));
    replaceRe(text, "(</" PW_ALLBLOCKS ">)", QStringLiteral("\\1\n\n"));
    replaceRe(text, R"((<hr\s*?/?>))", QStringLiteral("\\1\n\n"));

    text.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    text.replace(u'\r', u'\n');

    // Newlines inside tags and comments become placeholders.
    text = autop::replaceInHtmlTags(text, u"\n", u" <!-- wpnl --> ");

    if (text.contains(QLatin1StringView("<option"))) {
        replaceRe(text, R"(\s*<option)", QStringLiteral("<option"));
        replaceRe(text, R"(</option>\s*)", QStringLiteral("</option>"));
    }
    if (text.contains(QLatin1StringView("</object>"))) {
        replaceRe(text, R"((<object[^>]*>)\s*)", QStringLiteral("\\1"));
        replaceRe(text, R"(\s*</object>)", QStringLiteral("</object>"));
        replaceRe(text, R"(\s*(</?(?:param|embed)[^>]*>)\s*)", QStringLiteral("\\1"));
    }
    if (text.contains(QLatin1StringView("<source")) || text.contains(QLatin1StringView("<track"))) {
        replaceRe(text, R"(([<\[](?:audio|video)[^>\]]*[>\]])\s*)", QStringLiteral("\\1"));
        replaceRe(text, R"(\s*([<\[]/(?:audio|video)[>\]]))", QStringLiteral("\\1"));
        replaceRe(text, R"(\s*(<(?:source|track)[^>]*>)\s*)", QStringLiteral("\\1"));
    }
    if (text.contains(QLatin1StringView("<figcaption"))) {
        replaceRe(text, R"(\s*(<figcaption[^>]*>))", QStringLiteral("\\1"));
        replaceRe(text, R"(</figcaption>\s*)", QStringLiteral("</figcaption>"));
    }

    // Remove more than two contiguous line breaks.
    replaceRe(text, "\n\n+", QStringLiteral("\n\n"));

    // Every chunk between double line breaks is wrapped in a <p>.
    static const Re paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    const QStringList paragraphs = text.split(paragraphBreak, Qt::SkipEmptyParts);
    text.clear();
    for (const QString &paragraph : paragraphs)
        text += QStringLiteral("<p>") + trimNewlines(paragraph) + QStringLiteral("</p>\n");

    // Under certain strange conditions it could create a P of entirely whitespace.
    replaceRe(text, R"(<p>\s*</p>)", QString());
    // Add a closing <p> inside <div>, <address>, or <form> tag if missing.
    replaceRe(text, R"(<p>([^<]+)</(div|address|form)>)", QStringLiteral("<p>\\1</p></\\2>"));
    // An opening or closing block tag wrapped in a <p> is unwrapped.
    replaceRe(text, R"(<p>\s*(</?)" PW_ALLBLOCKS R"([^>]*>)\s*</p>)", QStringLiteral("\\1"));
    // In some cases <li> may get wrapped in <p>.
    replaceRe(text, R"(<p>(<li.+?)</p>)", QStringLiteral("\\1"));
    // A <blockquote> wrapped in a <p> gets the <p> inside it.
    replaceRe(text, R"(<p><blockquote([^>]*)>)", QStringLiteral("<blockquote\\1><p>"),
              Re::CaseInsensitiveOption);
    text.replace(QLatin1StringView("</blockquote></p>"), QLatin1StringView("</p></blockquote>"));
    // A <p> right before, or a </p> right after, a block tag goes.
    replaceRe(text, R"(<p>\s*(</?)" PW_ALLBLOCKS R"([^>]*>))", QStringLiteral("\\1"));
    replaceRe(text, R"((</?)" PW_ALLBLOCKS R"([^>]*>)\s*</p>)", QStringLiteral("\\1"));

    if (br) {
        // Newlines in <script>, <style> and <svg> are kept as they are.
        static const Re keep(QStringLiteral(R"(<(script|style|svg).*?<\/\1>)"),
                             Re::DotMatchesEverythingOption);
        if (keep.match(text).hasMatch()) {
            QString kept;
            qsizetype at = 0;
            auto it = keep.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                kept += QStringView(text).mid(at, m.capturedStart() - at);
                kept += m.captured().replace(u'\n', QLatin1StringView("<WPPreserveNewline />"));
                at = m.capturedEnd();
            }
            kept += QStringView(text).mid(at);
            text = kept;
        }
        text.replace(QLatin1StringView("<br>"), QLatin1StringView("<br />"));
        text.replace(QLatin1StringView("<br/>"), QLatin1StringView("<br />"));
        // Any newline not preceded by a <br /> becomes one.
        replaceRe(text, R"((?<!<br />)\s*\n)", QStringLiteral("<br />\n"));
        text.replace(QLatin1StringView("<WPPreserveNewline />"), QLatin1StringView("\n"));
    }

    // A <br /> after an opening or closing block tag goes, and before some of them.
    replaceRe(text, R"((</?)" PW_ALLBLOCKS R"([^>]*>)\s*<br />)", QStringLiteral("\\1"));
    replaceRe(text, R"(<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>))",
              QStringLiteral("\\1"));
    replaceRe(text, "\n</p>$", QStringLiteral("</p>"));

    if (!preTags.isEmpty())
        text = restorePreTags(text, preTags, input.contains(QLatin1StringView("wp-pre-tag-")));

    if (text.contains(QLatin1StringView("<!-- wpnl -->"))) {
        text.replace(QLatin1StringView(" <!-- wpnl --> "), QLatin1StringView("\n"));
        text.replace(QLatin1StringView("<!-- wpnl -->"), QLatin1StringView("\n"));
    }
    return text;
}

} // namespace pw
