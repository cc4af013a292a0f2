// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the Markdown (or with --html, the HTML) that Postwright makes of post content as
// WordPress stores it (an export's content:encoded, saved to a file), for scoring with
// html2md-score against the page WordPress renders. Attachments for [gallery] come from a JSON
// file with an "attachments" array of {id, url, title, caption, alt}, such as
// tests/data/wxr/expected.json. The report goes to stderr. Not a test.
// With --differential IN.json OUT.json it reads a JSON array of strings and writes, for each,
// [wpautop(), do_shortcode() with a printing callback, shortcode_unautop()] as ours computes
// them, for tests/tools/wp_content_differential.py to compare with PHP.
#include "core/import/autop.h"
#include "core/import/html_to_markdown.h"
#include "core/import/shortcodes.h"
#include "core/import/wordpress_content.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {

// The form tests/tools/shortcode_reference.php's callback prints.
QString shown(const pw::ShortcodeMatch &sc)
{
    const pw::ShortcodeAttributes atts = pw::parseShortcodeAttributes(sc.attributeText);
    QStringList keys = atts.named.keys();
    std::sort(keys.begin(), keys.end());
    QStringList pairs;
    for (const QString &key : keys)
        pairs << key + u'=' + atts.named.value(key);
    return QStringLiteral("⟦") + sc.name + u'|' + pairs.join(u',') + u'|' +
           atts.positional.join(u',') + u'|' + sc.content + QStringLiteral("⟧");
}

int differential(const QString &in, const QString &out)
{
    QFile input(in);
    QFile output(out);
    if (!input.open(QIODevice::ReadOnly) || !output.open(QIODevice::WriteOnly))
        return 1;
    const QStringList names{QStringLiteral("gallery"), QStringLiteral("caption"),
                            QStringLiteral("audio"), QStringLiteral("embed")};
    QJsonArray results;
    for (const QJsonValue &v : QJsonDocument::fromJson(input.readAll()).array()) {
        const QString text = v.toString();
        results.append(QJsonArray{pw::wpautop(text), pw::doShortcodes(text, names, shown),
                                  pw::shortcodeUnautop(text, names)});
    }
    output.write(QJsonDocument(results).toJson(QJsonDocument::Compact));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.size() == 3 && args[0] == QLatin1StringView("--differential"))
        return differential(args[1], args[2]);
    const bool html = args.removeAll(QStringLiteral("--html")) > 0;
    if (args.isEmpty() || args.size() > 2) {
        std::fprintf(stderr, "usage: wp_content_tool [--html] CONTENT.txt [ATTACHMENTS.json]\n");
        return 2;
    }
    QFile file(args[0]);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args[0]));
        return 1;
    }
    QHash<qint64, pw::WordPressAttachment> attachments;
    if (args.size() == 2) {
        QFile json(args[1]);
        if (!json.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(args[1]));
            return 1;
        }
        const QJsonArray list = QJsonDocument::fromJson(json.readAll())
                                    .object()
                                    .value(QStringLiteral("attachments"))
                                    .toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            pw::WordPressAttachment a;
            a.id = o.value(QStringLiteral("id")).toInteger();
            a.url = o.value(QStringLiteral("url")).toString();
            a.title = o.value(QStringLiteral("title")).toString();
            a.caption = o.value(QStringLiteral("caption")).toString();
            a.alt = o.value(QStringLiteral("alt")).toString();
            attachments.insert(a.id, a);
        }
    }
    const pw::AttachmentLookup lookup = [&](qint64 id) -> const pw::WordPressAttachment * {
        const auto it = attachments.constFind(id);
        return it == attachments.cend() ? nullptr : &it.value();
    };
    pw::WordPressContentReport report;
    const QString content =
        pw::wordpressContentToHtml(QString::fromUtf8(file.readAll()), lookup, report);
    QString out = content;
    if (!html) {
        pw::HtmlToMarkdownOptions options;
        options.keepShortcodes = true;
        const pw::HtmlToMarkdownResult result = pw::htmlToMarkdown(content, options);
        out = result.markdown;
        for (const pw::HtmlRepairCount &r : result.repairs)
            std::fprintf(stderr, "%s\n", qPrintable(pw::describeRepair(r.repair, r.count)));
    }
    if (!report.unknownShortcodes.isEmpty())
        std::fprintf(stderr, "shortcodes kept: %s\n",
                     qPrintable(report.unknownShortcodes.join(u' ')));
    for (qint64 id : report.missingAttachments)
        std::fprintf(stderr, "missing attachment: %lld\n", static_cast<long long>(id));
    if (report.hasMore)
        std::fprintf(stderr, "has <!--more-->\n");
    if (report.pageBreaks > 0)
        std::fprintf(stderr, "%d <!--nextpage-->\n", report.pageBreaks);
    const QByteArray bytes = out.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return 0;
}
