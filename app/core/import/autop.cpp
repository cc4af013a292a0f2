// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/autop.h"

#include <QRegularExpression>

namespace pw {

namespace {

// wpautop's $allblocks, less the inline-ish ones it treats alike here.
const QRegularExpression &blockStart()
{
    static const QRegularExpression re(
        QStringLiteral("^<(?:/?)(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|"
                       "dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|"
                       "hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|"
                       "figcaption|details|menu|summary|iframe|script|video|audio|object)\\b|^<!--"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool hasOwnParagraphs(const QString &content)
{
    return content.contains(QLatin1String("<!-- wp:")) ||
           content.contains(QLatin1String("<p>"), Qt::CaseInsensitive) ||
           content.contains(QLatin1String("<p "), Qt::CaseInsensitive);
}

} // namespace

QString wordpressAutop(const QString &content)
{
    QString text = content;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (text.trimmed().isEmpty() || hasOwnParagraphs(text))
        return content;
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    // <pre> blocks keep their blank lines: cut them out first.
    QStringList chunks;
    QString pending;
    const auto flushProse = [&](const QString &prose) {
        for (const QString &chunk : prose.split(blankLines, Qt::SkipEmptyParts)) {
            const QString trimmed = chunk.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (blockStart().match(trimmed).hasMatch()) {
                chunks << trimmed;
                continue;
            }
            QString paragraph = trimmed;
            paragraph.replace(QLatin1Char('\n'), QLatin1String("<br />\n"));
            chunks << QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
        }
    };
    qsizetype at = 0;
    static const QRegularExpression pre(QStringLiteral("<pre[\\s>].*?</pre>"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
    auto it = pre.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        flushProse(text.mid(at, m.capturedStart() - at));
        chunks << m.captured();
        at = m.capturedEnd();
    }
    flushProse(text.mid(at));
    return chunks.join(QStringLiteral("\n\n"));
}

} // namespace pw
