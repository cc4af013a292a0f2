// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/text_normalization.h"

#include <algorithm>

namespace pw {

QString normalizeLineEnds(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString trimBody(QStringView body)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == QLatin1Char('\n'))
            start = i + 1;
        else if (!body.at(i).isSpace())
            break;
    }
    qsizetype end = body.size();
    while (end > start && body.at(end - 1).isSpace())
        --end;
    return body.sliced(start, end - start).toString();
}

QList<QStringView> lineViews(QStringView text)
{
    QList<QStringView> lines;
    lines.reserve(text.count(QLatin1Char('\n')) + 1);
    qsizetype start = 0;
    for (qsizetype end; (end = text.indexOf(QLatin1Char('\n'), start)) >= 0; start = end + 1)
        lines.append(text.sliced(start, end - start));
    lines.append(text.sliced(start));
    return lines;
}

qsizetype offsetIn(const QString &text, QStringView part)
{
    return part.data() - text.constData();
}

QString applyTextEdits(QStringView text, QList<TextEdit> edits)
{
    std::stable_sort(edits.begin(), edits.end(),
                     [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
    QString out;
    qsizetype at = 0;
    for (const TextEdit &edit : edits) {
        out += text.sliced(at, std::max<qsizetype>(0, edit.start - at)); // never overlap
        out += edit.text;
        at = std::max(at, edit.end);
    }
    out += text.sliced(at);
    return out;
}

NormalizedText::NormalizedText(const QString &text)
    : m_text(normalizeLineEnds(text)), m_lines(lineViews(m_text))
{
}

} // namespace pw
