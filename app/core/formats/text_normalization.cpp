#include "formats/text_normalization.h"

namespace pw {

QString normalizeLineEnds(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString trimBody(const QString &body)
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
    return body.mid(start, end - start);
}

} // namespace pw
