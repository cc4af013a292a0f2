// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken files through the real reading path (readPostBytes: decoding, sniffing,
// the format readers) and the analysis the editor runs on every change. Each gives a clear
// error or a sane result, the process keeps going, and its peak memory stays bounded. The
// big inputs are generated here; only small ones live in tests/data.
#include "core/checks/category_whitelist.h"
#include "core/formats/post_reader.h"
#include "core/import/html_to_markdown.h"
#include "core/import/wordpress_import.h"
#include "core/io/file_loader.h"
#include "core/io/post_file.h"
#include "core/markdown/analysis.h"
#include "core/text/decoder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

#include "test_support.h"

#include <malloc.h>

using namespace pw;

namespace {

// Peak resident memory of this process since the last reset (VmHWM), in MiB.
qint64 peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

// Writing 5 to clear_refs resets VmHWM, so each case gets its own peak.
void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// The sanitizers' shadow memory and quarantine multiply the footprint; there the figures are
// printed but not bounded.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kBoundMemory = false;
#else
constexpr bool kBoundMemory = true;
#endif

SnapshotPtr analyze(const Post &post)
{
    static const auto whitelist =
        std::make_shared<const CategoryWhitelist>(CategoryWhitelist::defaults());
    return analyzePost(post, AnalysisContext{whitelist, nullptr}, 1);
}

// A byte string with embedded NULs, all of it.
template <qsizetype N> QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, N - 1);
}

using pw::test::billionLaughs;
using pw::test::repeated;

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_boundMiB = 1024;
        malloc_trim(0); // hand the previous case's freed heap back, or it counts here
        resetPeakRss();
    }
    // A resource bound, not a timing: the peak of each case, whatever it did.
    void cleanup()
    {
        const qint64 peak = peakRssMiB();
        qInfo("peak RSS: %lld MiB", peak);
        QVERIFY(peak > 0);
        if (!kBoundMemory)
            return;
        QVERIFY2(peak < m_boundMiB, qPrintable(QString::number(peak)));
    }

    void emptyFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("zero bytes") << QByteArray();
        QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("UTF-16LE BOM only") << QByteArray("\xFF\xFE");
    }
    void emptyFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY(!read.post);
        // Zero bytes are caught before decoding, a lone BOM by the decoder: one wording.
        QCOMPARE(read.error, QStringLiteral("The file is empty."));
    }

    void binaryFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("PNG header") << raw("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        quint32 state = 12345; // a fixed LCG: the same bytes every run
        for (char &c : noise) {
            state = state * 1664525u + 1013904223u;
            c = char(state >> 24);
        }
        QTest::newRow("64 KiB of noise") << noise;
        QTest::newRow("ELF header") << raw("\x7f"
                                           "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0");
    }
    void binaryFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY(!read.post);
        QCOMPARE(read.error,
                 QStringLiteral("The file holds binary data (such as an image), not text."));
    }

    static QByteArray fiftyMegabytes(int *paragraphs)
    {
        const QByteArray paragraph =
            "Writing **plain** words about gardens, with a [link](https://example.com) now.\n\n";
        *paragraphs = 50 * 1024 * 1024 / int(paragraph.size());
        return "# A very long post\n\n" + repeated(paragraph, *paragraphs);
    }

    // The file's bytes (50 MB), its text (100 MB of UTF-16) and the body: no line-by-line
    // copies and no parse of the whole body to find its first heading.
    void fiftyMegabyteFileReads()
    {
        m_boundMiB = 500;
        int paragraphs = 0;
        const QByteArray bytes = fiftyMegabytes(&paragraphs);
        QVERIFY(bytes.size() > 50 * 1000 * 1000);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        QCOMPARE(read.format, PostFormat::Markdown);
        // All of it, less the final blank line every reader trims.
        QCOMPARE(read.post->body.size(), bytes.size() - 2);
        QVERIFY(read.post->body.endsWith(QStringLiteral("(https://example.com) now.")));
    }

    // 650,000 paragraphs: each becomes a preview block (HTML string, hash) and a run of
    // highlight spans. cmark's tree of the whole post alone would be 1.3 GB, so the body is
    // parsed in pieces; the SEO checks, which would hold every sentence and word, skip a post
    // this long and say so.
    void fiftyMegabyteFileAnalysis()
    {
        m_boundMiB = 1200;
        int paragraphs = 0;
        const PostReadResult read = readPostBytes(fiftyMegabytes(&paragraphs));
        QVERIFY2(read.post, qPrintable(read.error));
        const SnapshotPtr snapshot = analyze(*read.post);
        QCOMPARE(snapshot->blocks.size(), paragraphs + 1); // the heading and every paragraph
        QCOMPARE(snapshot->outline.size(), 1);
        // "Writing plain words about gardens with a link now": 9 words per paragraph, and 4
        // in the heading.
        QCOMPARE(snapshot->stats.words, 9 * paragraphs + 4);
        QVERIFY(snapshot->seo.checks.isEmpty());
        QVERIFY2(snapshot->seo.languageNote.contains(QStringLiteral("skipped")),
                 qPrintable(snapshot->seo.languageNote));
    }

    // Above the limit of a post file (64 MiB, io/file_loader.h) the file is refused before it
    // is read, with its path and both sizes; the file here is sparse, so it costs no disk.
    void oversizedFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(maxPostFileBytes + 1));
        file.close();
        const PostReadResult read = readPostFile(file.fileName());
        QVERIFY(!read.post);
        QCOMPARE(read.error,
                 file.fileName() + QStringLiteral(": the file is 64.00 MiB, larger than the "
                                                  "64.00 MiB a post may have"));
    }

    void tenMegabyteSingleLine()
    {
        const QByteArray bytes = repeated("word ", 2 * 1024 * 1024); // 10 MiB, no newline
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        const SnapshotPtr snapshot = analyze(*read.post);
        QCOMPARE(snapshot->blocks.size(), 1);
        QCOMPARE(snapshot->stats.words, 2 * 1024 * 1024);
    }

    void invalidUtf8IsReplacedAndReported()
    {
        const QByteArray bytes = "TITLE: Caf\xC3\xA9 notes\nMETA_DESCRIPTION: About caf\xC3\xA9s\n"
                                 "TAGS: coffee\nCATEGORIES: Food\n\nGood \xC3\xA9 bad \xFF\xFE "
                                 "cut \xE2\x82 end.\n\n-EndOFText-\n";
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        QCOMPARE(read.format, PostFormat::Generator);
        QCOMPARE(read.post->title, QStringLiteral("Café notes"));
        QVERIFY2(read.post->body.startsWith(QStringLiteral("Good é bad \uFFFD")),
                 qPrintable(read.post->body));
        QVERIFY(read.post->body.contains(QStringLiteral(" end.")));
        const bool reported =
            std::any_of(read.findings.begin(), read.findings.end(), [](const Finding &f) {
                return f.field == Field::File && f.severity == Severity::Warning &&
                       f.message.contains(QStringLiteral("U+FFFD"));
            });
        QVERIFY(reported);
    }

    void utf16WithoutBom_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("UTF-16LE") << false;
        QTest::newRow("UTF-16BE") << true;
    }
    void utf16WithoutBom()
    {
        QFETCH(bool, bigEndian);
        const QString text =
            QStringLiteral("TITLE: Grüße aus Köln\nMETA_DESCRIPTION: Ein Bericht\nTAGS: Reise\n"
                           "CATEGORIES: Travel\n\nDer Dom ist groß.\n\n-EndOFText-\n");
        QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"));
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        QCOMPARE(read.post->title, QStringLiteral("Grüße aus Köln"));
        QCOMPARE(read.post->body, QStringLiteral("Der Dom ist groß."));
    }

    void deeplyNestedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        const int depth = 100000;
        QTest::newRow("arrays") << repeated("[", depth) + repeated("]", depth);
        QTest::newRow("objects") << repeated("{\"a\":", depth) + "1" + repeated("}", depth);
        QTest::newRow("post with deep field")
            << "{\"title\": \"T\", \"body\": \"b\", \"extra\": " + repeated("[", depth) +
                   repeated("]", depth) + "}";
    }
    void deeplyNestedJson()
    {
        QFETCH(QByteArray, json);
        const PostReadResult read = readPostBytes(json);
        QVERIFY(!read.post);
        QVERIFY(!read.error.isEmpty());
        QVERIFY2(read.error.contains(QStringLiteral("line")), qPrintable(read.error));
        const WordPressImport imported = importWordPressJson(json);
        QVERIFY(!imported.ok());
        QVERIFY(imported.posts.isEmpty());
    }

    void deeplyNestedHtml_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::newRow("div") << "<div>"
                             << "</div>";
        QTest::newRow("blockquote") << "<blockquote>"
                                    << "</blockquote>";
        QTest::newRow("ul li") << "<ul><li>"
                               << "</li></ul>";
        QTest::newRow("em strong") << "<em><strong>"
                                   << "</strong></em>";
        QTest::newRow("table cell") << "<table><tr><td>"
                                    << "</td></tr></table>";
    }
    void deeplyNestedHtml()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        const int depth = 10000;
        const QString html = open.repeated(depth) + QStringLiteral("deep words") +
                             close.repeated(depth) + QStringLiteral("<p>After.</p>");
        const HtmlToMarkdownResult result = htmlToMarkdown(html);
        QVERIFY(result.markdown.contains(QStringLiteral("deep words")));
        QVERIFY(result.markdown.contains(QStringLiteral("After.")));
        // And as an imported WordPress post, and the analysis of what it became.
        const QByteArray json = QJsonDocument(QJsonObject{
                                                  {"title", QJsonObject{{"rendered", "Deep"}}},
                                                  {"content", QJsonObject{{"rendered", html}}},
                                              })
                                    .toJson();
        const WordPressImport imported = importWordPressJson(json);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.posts.size(), 1);
        // Kept as prose, or as raw HTML (deep tables), which is not counted as words.
        const SnapshotPtr snapshot = analyze(imported.posts.first().post);
        QVERIFY(!snapshot->blocks.isEmpty());
    }

    void deeplyNestedMarkdown_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const int depth = 10000;
        QTest::newRow("block quotes") << repeated(">", depth) + " deep words\n";
        QTest::newRow("raw HTML divs")
            << repeated("<div>", depth) + "\n\ndeep words\n\n" + repeated("</div>", depth) + "\n";
        QTest::newRow("emphasis") << repeated("*a ", depth) + "deep words" + repeated(" a*", depth);
        // Starting with "[[": Markdown, since no JSON value follows the brackets.
        QTest::newRow("links") << repeated("[", depth) + "deep words" + repeated("](x)", depth);
        QTest::newRow("list items") << [] {
            QByteArray out;
            for (int i = 0; i < 2000; ++i) // 2000 levels of 2-space indent is 4 MB of spaces
                out += QByteArray(i * 2, ' ') + "- deep words\n";
            return out;
        }();
    }
    void deeplyNestedMarkdown()
    {
        QFETCH(QByteArray, bytes);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        const SnapshotPtr snapshot = analyze(*read.post);
        QVERIFY(!snapshot->blocks.isEmpty());
        QVERIFY(snapshot->stats.words >= 2);
    }

    void hundredThousandListItems()
    {
        const QByteArray bytes = repeated("- apple\n", 100000);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        const SnapshotPtr snapshot = analyze(*read.post);
        QCOMPARE(snapshot->blocks.size(), 1); // one list
        QCOMPARE(snapshot->blocks.first().html.count(QStringLiteral("<li")), 100000);
        QCOMPARE(snapshot->stats.words, 100000);
    }

    void tableWithTenThousandColumns()
    {
        const int columns = 10000;
        const QByteArray bytes = "|" + repeated(" head |", columns) + "\n|" +
                                 repeated("---|", columns) + "\n|" + repeated(" cell |", columns) +
                                 "\n\nAfter the table.\n";
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        const SnapshotPtr snapshot = analyze(*read.post);
        QCOMPARE(snapshot->blocks.size(), 2);
        const QString &table = snapshot->blocks.first().html;
        QVERIFY(table.startsWith(QStringLiteral("<table")));
        QCOMPARE(table.count(QStringLiteral("</th>")), columns);
        QCOMPARE(table.count(QStringLiteral("</td>")), columns);
    }

    void frontMatterThatIsNotYaml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed flow")
            << QByteArray("---\ntitle: A post\ntags: [one, two\n---\nBody.\n") << "line";
        QTest::newRow("tab indentation")
            << QByteArray("---\ntitle: A post\n\tdescription: x\n---\nBody.\n") << "line";
        QTest::newRow("binary-ish") << QByteArray("---\n: : : {{{ ]]] ---\n---\nBody.\n") << "line";
    }
    void frontMatterThatIsNotYaml()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY(!read.post);
        QVERIFY2(read.error.contains(where), qPrintable(read.error));
    }

    // TOML between the dashes parses as a YAML string, not a map of keys.
    void frontMatterThatIsToml()
    {
        const PostReadResult read =
            readPostBytes("---\ntitle = \"A TOML post\"\ndraft = false\n---\nBody.\n");
        if (read.post) {
            QVERIFY(read.post->title != QStringLiteral("A TOML post"));
            QVERIFY(read.post->body.contains(QStringLiteral("Body.")));
        } else {
            QVERIFY(!read.error.isEmpty());
        }
    }

    void billionLaughsDoNotExpand()
    {
        const PostReadResult read = readPostBytes(billionLaughs());
        if (read.post) {
            QCOMPARE(read.post->title, QStringLiteral("Laughs"));
            QCOMPARE(read.post->body, QStringLiteral("Body after the laughs."));
            for (const ExtraField &extra : read.post->extras)
                QVERIFY(extra.yaml.size() < 10000);
            const SnapshotPtr snapshot = analyze(*read.post);
            QCOMPARE(snapshot->stats.words, 4);
        } else {
            QVERIFY2(read.error.contains(QStringLiteral("alias")) ||
                         read.error.contains(QStringLiteral("line")),
                     qPrintable(read.error));
        }
    }

private:
    qint64 m_boundMiB = 1024;
};

QTEST_GUILESS_MAIN(TestBadInput)

#include "tst_bad_input.moc"
