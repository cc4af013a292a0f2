// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_reader.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace pw;

Q_DECLARE_METATYPE(pw::PostFormat)

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/formats/") + name;
}
QString readUtf8(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

bool hasFinding(const QList<Finding> &findings, const QString &id)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding &f) { return f.id == id; });
}

} // namespace

class TestPostReader : public QObject {
    Q_OBJECT

private slots:
    void sniffFiles_data();
    void sniffFiles();
    void everyFixtureIsSniffed();
    void sniffText_data();
    void sniffText();
    void seeds_data();
    void seeds();
    void errors_data();
    void errors();
    void plainMarkdownOffersTitle();
    void bytesRepairMojibake();
    void bytesErrors();
    void wikiLinkStartIsMarkdown();
    void jsonErrorLineCountsLeadingBlankLines();
    void bytesOtherEncodings();
    void bytesMergeFindings();
    void allPostsOfAnArray();
};

void TestPostReader::sniffFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<PostFormat>("format");
    QTest::newRow("seed 000") << pw::test::seed("000") << PostFormat::Generator;
    QTest::newRow("seed 001") << pw::test::seed("001") << PostFormat::Markdown;
    QTest::newRow("seed 002") << pw::test::seed("002") << PostFormat::Markdown;
    QTest::newRow("seed 003") << pw::test::seed("003") << PostFormat::WordPressJson;
    QTest::newRow("seed 004") << pw::test::seed("004") << PostFormat::WordPressJson;
    const std::pair<const char *, PostFormat> fixtures[] = {
        {"gen_bold_keys.txt", PostFormat::Generator},
        {"gen_crlf_bom.txt", PostFormat::Generator},
        {"gen_loose_keys.txt", PostFormat::Generator},
        {"gen_no_marker.txt", PostFormat::Generator},
        {"gen_code_headers.txt", PostFormat::Generator},
        {"gen_only_template.txt", PostFormat::Generator},
        {"gen_slug_topic.txt", PostFormat::Generator},
        {"fm_full.md", PostFormat::MarkdownFrontMatter},
        {"fm_invalid.md", PostFormat::MarkdownFrontMatter},
        {"fm_invalid_utf8.md", PostFormat::MarkdownFrontMatter},
        {"fm_invalid_flow.md", PostFormat::MarkdownFrontMatter},
        {"fm_bad_type.md", PostFormat::MarkdownFrontMatter},
        {"fm_billion_laughs.md", PostFormat::MarkdownFrontMatter},
        {"fm_billion_laughs_extra.md", PostFormat::MarkdownFrontMatter},
        {"md_plain.md", PostFormat::Markdown},
        {"md_link_start.md", PostFormat::Markdown},
        {"post.json", PostFormat::PostJson},
        {"malformed.json", PostFormat::PostJson},
        {"not_post.json", PostFormat::PostJson},
        {"wrong_type.json", PostFormat::PostJson},
        {"wp_array.json", PostFormat::WordPressJson},
    };
    for (const auto &[file, format] : fixtures)
        QTest::newRow(file) << fixturePath(QLatin1String(file)) << format;
}

void TestPostReader::sniffFiles()
{
    QFETCH(QString, path);
    QTEST(sniffFormat(readUtf8(path)), "format");
}

// A new fixture must get a row above.
void TestPostReader::everyFixtureIsSniffed()
{
    const QStringList files =
        QDir(QStringLiteral(PW_TEST_DATA_DIR "/formats")).entryList(QDir::Files);
    QCOMPARE(files.size(), 21);
}

void TestPostReader::sniffText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PostFormat>("format");
    QTest::newRow("JSON array of numbers") << "[1, 2]" << PostFormat::PostJson;
    QTest::newRow("broken JSON object") << "{\"title\": " << PostFormat::PostJson;
    QTest::newRow("broken JSON array") << "[ {\"a\": 1" << PostFormat::PostJson;
    QTest::newRow("single WordPress object")
        << "{\"content\": {\"rendered\": \"<p>x</p>\"}}" << PostFormat::WordPressJson;
    QTest::newRow("JSON with BOM and space")
        << "\uFEFF  \n{\"title\": \"t\"}" << PostFormat::PostJson;
    QTest::newRow("Markdown link first") << "[a](b) text" << PostFormat::Markdown;
    QTest::newRow("Markdown task list first") << "[x] done" << PostFormat::Markdown;
    QTest::newRow("front matter with generator-like keys") << "---\ntitle: x\ntags: y\n---\n"
                                                           << PostFormat::MarkdownFrontMatter;
    QTest::newRow("rule without closing rule") << "---\n\nText\n" << PostFormat::Markdown;
    QTest::newRow("generator") << "TITLE: x\nCATEGORIES: y\n\nbody\n" << PostFormat::Generator;
    QTest::newRow("empty") << "" << PostFormat::Markdown;
}

void TestPostReader::sniffText()
{
    QFETCH(QString, text);
    QTEST(sniffFormat(text), "format");
}

// Each row's tag is its seed's prefix: seeds() reads the seed by it.
void TestPostReader::seeds_data()
{
    QTest::addColumn<PostFormat>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("suggestion");
    QTest::addColumn<QString>("error");
    QTest::newRow("000") << PostFormat::Generator
                         << "Django vs Flask: Which Framework is Better for Web Development?"
                         << ""
                         << "";
    QTest::newRow("001") << PostFormat::Markdown << ""
                         << "Django vs. Flask: Comparing Python Frameworks"
                         << "";
    QTest::newRow("002") << PostFormat::Markdown << ""
                         << "What is Flask?"
                         << "";
    QTest::newRow("003") << PostFormat::WordPressJson
                         << "Difference Between Django and Flask: A Face-Off!"
                         << ""
                         << "";
    QTest::newRow("004") << PostFormat::WordPressJson << "Unlock the Potential of Flask and Django!"
                         << ""
                         << "";
}

void TestPostReader::seeds()
{
    QFETCH(QString, error);
    const QString text = pw::test::seedText(QTest::currentDataTag());
    QVERIFY(!text.isEmpty());
    const PostReadResult r = readPostText(text);
    QTEST(r.format, "format");
    QCOMPARE(r.error, error);
    QCOMPARE(r.post.has_value(), error.isEmpty());
    if (r.post)
        QTEST(r.post->title, "title");
    QTEST(r.titleSuggestion, "suggestion");
    // Imports report what needs attention (unresolved categories, removed markup).
    if (r.format != PostFormat::WordPressJson)
        QVERIFY(r.findings.isEmpty());
}

void TestPostReader::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PostFormat>("format");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << "" << PostFormat::Markdown << "The file is empty.";
    QTest::newRow("white space") << " \n\t\n" << PostFormat::Markdown << "The file is empty.";
    QTest::newRow("BOM only") << "\uFEFF" << PostFormat::Markdown << "The file is empty.";
    QTest::newRow("only the template") << readUtf8(fixturePath("gen_only_template.txt"))
                                       << PostFormat::Generator << "no post found";
    QTest::newRow("malformed JSON")
        << readUtf8(fixturePath("malformed.json")) << PostFormat::PostJson << "line 3, column 24";
    QTest::newRow("invalid YAML") << readUtf8(fixturePath("fm_invalid.md"))
                                  << PostFormat::MarkdownFrontMatter << "line 3, column 7";
}

void TestPostReader::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const PostReadResult r = readPostText(text);
    QVERIFY(!r.post);
    QTEST(r.format, "format");
    QVERIFY2(r.error.contains(error), qPrintable(r.error));
}

void TestPostReader::plainMarkdownOffersTitle()
{
    const PostReadResult r = readPostText(readUtf8(fixturePath("md_plain.md")));
    QVERIFY(r.post);
    QCOMPARE(r.format, PostFormat::Markdown);
    QCOMPARE(r.titleSuggestion, QStringLiteral("Setext Heading with code"));
    QVERIFY(r.post->title.isEmpty());
}

void TestPostReader::bytesRepairMojibake()
{
    const PostReadResult r = readPostBytes(pw::test::seedBytes("000"));
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.format, PostFormat::Generator);
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QVERIFY(r.post->body.contains(QStringLiteral("In this post, we’ll compare Django and Flask")));
    QVERIFY(!r.post->body.contains(QStringLiteral("â€")));
    QCOMPARE(r.post->tags.size(), 6);
    QCOMPARE(r.post->categories.size(), 4);
    // The decoder reports the repair; the reader passes it on.
    QVERIFY(!r.findings.isEmpty());
    QVERIFY(std::all_of(r.findings.begin(), r.findings.end(),
                        [](const Finding &f) { return f.severity != Severity::Error; }));
}

// "[[" starts a wiki link as often as a JSON array of arrays: only what could be JSON after
// the opening brackets is sniffed as JSON.
void TestPostReader::wikiLinkStartIsMarkdown()
{
    const PostReadResult r = readPostText(QStringLiteral("[[Home Page]] links back.\n\nMore.\n"));
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.format, PostFormat::Markdown);
    QCOMPARE(r.post->body, QStringLiteral("[[Home Page]] links back.\n\nMore."));
    QCOMPARE(sniffFormat(QStringLiteral("[[\"a\", 1], [2]]")), PostFormat::PostJson);
    QCOMPARE(sniffFormat(QStringLiteral("[ [ {\"x\": 1} ] ]")), PostFormat::PostJson);
    QCOMPARE(sniffFormat(QStringLiteral("[[[]]]")), PostFormat::PostJson);
    QCOMPARE(sniffFormat(QStringLiteral("[[wiki]] and [[more]]")), PostFormat::Markdown);
}

// The JSON is parsed once, for sniffing and reading: the text as it is, so a parse error's
// line is the file's line even after blank lines.
void TestPostReader::jsonErrorLineCountsLeadingBlankLines()
{
    const PostReadResult r = readPostText(QStringLiteral("\n\n{\"title\": \"T\",\n \"body\": }"));
    QVERIFY(!r.post);
    QCOMPARE(r.format, PostFormat::PostJson);
    QVERIFY2(r.error.contains(QStringLiteral("line 4,")), qPrintable(r.error));
}

void TestPostReader::bytesErrors()
{
    PostReadResult r = readPostBytes(QByteArray());
    QVERIFY(!r.post);
    QCOMPARE(r.error, QStringLiteral("The file is empty."));

    // The literal holds NULs, so its length (20 bytes) is given; 24 read past its end.
    r = readPostBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    QVERIFY(!r.post);
    QVERIFY2(r.error.contains(QStringLiteral("binary data")), qPrintable(r.error));

    r = readPostBytes(QByteArray("\n \n"));
    QVERIFY(!r.post);
    QCOMPARE(r.error, QStringLiteral("The file is empty."));

    r = readPostBytes(pw::test::seedBytes("003"));
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.format, PostFormat::WordPressJson);
    QCOMPARE(r.post->slug, QStringLiteral("difference-between-django-and-flask"));
}

void TestPostReader::bytesOtherEncodings()
{
    const QString text = QStringLiteral("TITLE: Crème\nTAGS: a\n\nbody\n-EndOFText-\n");
    QByteArray utf16("\xff\xfe");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    PostReadResult r = readPostBytes(utf16);
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(r.post->title, QStringLiteral("Crème"));

    r = readPostBytes(readBytes(fixturePath("gen_crlf_bom.txt")));
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.post->title, QStringLiteral("Caching in Django"));
    QCOMPARE(
        r.post->body,
        QStringLiteral("Django ships with a cache framework.\n\nIt supports Memcached and Redis."));
}

void TestPostReader::bytesMergeFindings()
{
    // Latin-1 bytes (reported by the decoder) and no end marker (reported by the reader).
    const QByteArray bytes("TITLE: Caf\xe9\nTAGS: a\n\nbody\n");
    const PostReadResult r = readPostBytes(bytes);
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.post->title, QStringLiteral("Café"));
    QVERIFY(hasFinding(r.findings, QStringLiteral("generator.no_end_marker")));
    QVERIFY(r.findings.size() >= 2);
}

// A WordPress array opens as one result per post; a post without content is an error of its
// own and does not stop the others. Other formats give their one post.
void TestPostReader::allPostsOfAnArray()
{
    const QByteArray array =
        R"([{"slug":"first","title":{"rendered":"First"},"content":{"rendered":"<p>One</p>"}},)"
        R"( {"slug":"empty","title":{"rendered":"Empty"},"content":{"rendered":""}},)"
        R"( {"slug":"third","title":{"rendered":"Third &amp; last"},)"
        R"("content":{"rendered":"<h2>Two</h2>"}}])";
    const QList<PostReadResult> all = readAllPostBytes(array);
    QCOMPARE(all.size(), 3);
    QVERIFY(all[0].post);
    QCOMPARE(all[0].post->title, QStringLiteral("First"));
    QCOMPARE(all[0].post->body, QStringLiteral("One"));
    QCOMPARE(all[0].format, PostFormat::WordPressJson);
    QVERIFY(!all[1].post);
    QCOMPARE(all[1].error, QStringLiteral("The post has no content to import."));
    QVERIFY(all[2].post);
    QCOMPARE(all[2].post->title, QStringLiteral("Third & last"));
    QCOMPARE(all[2].post->body, QStringLiteral("## Two"));
    // Only the single-post reader says that more posts were left out.
    for (const PostReadResult &r : all) {
        for (const Finding &f : r.findings)
            QVERIFY(f.id != QLatin1String("wordpress.more_posts"));
    }
    const PostReadResult first = readPostBytes(array);
    QCOMPARE(first.post->title, QStringLiteral("First"));
    QVERIFY(std::any_of(first.findings.begin(), first.findings.end(), [](const Finding &f) {
        return f.id == QLatin1String("wordpress.more_posts");
    }));

    const QList<PostReadResult> markdown = readAllPostBytes("# Hello\n\nText.\n");
    QCOMPARE(markdown.size(), 1);
    QCOMPARE(markdown[0].format, PostFormat::Markdown);
    const QList<PostReadResult> broken = readAllPostBytes("[{\"slug\": }]");
    QCOMPARE(broken.size(), 1);
    QVERIFY(!broken[0].post);
    QVERIFY(!broken[0].error.isEmpty());
    const QList<PostReadResult> empty = readAllPostBytes({});
    QCOMPARE(empty.size(), 1);
    QCOMPARE(empty[0].error, QStringLiteral("The file is empty."));
}

QTEST_GUILESS_MAIN(TestPostReader)
#include "tst_post_reader.moc"
