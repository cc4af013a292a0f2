// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the Markdown body converted from a WordPress REST post JSON file (or a bare .html
// file), for the html2md-score tool; what needs attention goes to stderr. Not a test.
#include "core/import/wordpress_import.h"

#include <QFile>

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
    QString markdown;
    if (file.fileName().endsWith(QLatin1StringView(".html"))) {
        const pw::HtmlToMarkdownResult result = pw::htmlToMarkdown(QString::fromUtf8(bytes));
        markdown = result.markdown;
        for (const pw::HtmlRepairCount &r : result.repairs)
            std::fprintf(stderr, "%s\n", qPrintable(pw::describeRepair(r.repair, r.count)));
    } else {
        const pw::WordPressImport imported =
            pw::importWordPressJson(bytes, pw::CategoryWhitelist::defaults());
        if (!imported.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error));
            return 1;
        }
        for (const pw::ImportedPost &p : imported.posts) {
            markdown += p.post.body;
            for (const pw::Finding &f : p.findings)
                std::fprintf(stderr, "%s %s: %s\n", qPrintable(pw::severityName(f.severity)),
                             qPrintable(f.id), qPrintable(f.message));
        }
    }
    const QByteArray out = markdown.toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
