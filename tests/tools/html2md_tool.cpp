// Prints the Markdown body converted from a WordPress REST post JSON file (or a bare .html
// file), for the html2md-score tool. Not a test; no options.
#include "import/html_to_markdown.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: html2md_tool POST.json|PAGE.html\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    const QByteArray bytes = file.readAll();
    QString html;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        html = doc.object()
                   .value(QStringLiteral("content"))
                   .toObject()
                   .value(QStringLiteral("rendered"))
                   .toString();
    else
        html = QString::fromUtf8(bytes);
    const pw::HtmlToMarkdownResult result = pw::htmlToMarkdown(html);
    const QByteArray out = result.markdown.toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    for (const pw::HtmlRepairCount &r : result.repairs)
        std::fprintf(stderr, "%s\n", qPrintable(pw::describeRepair(r.repair, r.count)));
    return 0;
}
