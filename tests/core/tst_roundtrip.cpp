// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/front_matter_format.h"
#include "core/formats/generator_format.h"
#include "core/formats/post_json_format.h"
#include "core/formats/post_reader.h"
#include "core/formats/post_writer.h"
#include "test_support.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Every field survives generator ⇄ JSON ⇄ Markdown, read back through format sniffing, for
// every seed (003 and 004 through the WordPress importer) and for
// the fixtures. JSON always writes the effective slug; the generator format has no place for
// front matter extras, so they are compared only on paths that avoid it.

using namespace pw;

Q_DECLARE_METATYPE(pw::Post)
Q_DECLARE_METATYPE(pw::PostFormat)

namespace {

// Reads through sniffing, as opening a file does; an empty post (which no source is) marks
// a failure to read or a wrongly sniffed format.
Post readBack(const QByteArray &bytes, PostFormat expectedFormat)
{
    const PostReadResult r = readPostText(QString::fromUtf8(bytes));
    if (!r.post || r.format != expectedFormat) {
        qWarning("sniffed %s: %s\n%s", qPrintable(formatName(r.format)), qPrintable(r.error),
                 bytes.left(400).constData());
        return Post{};
    }
    return *r.post;
}

bool hasMetadata(const Post &p)
{
    return !p.title.isEmpty() || !p.metaDescription.isEmpty() || !p.slug.isEmpty() ||
           !p.tags.isEmpty() || !p.categories.isEmpty() || !p.topic.isEmpty() ||
           !p.extras.isEmpty();
}

PostFormat markdownFormat(const Post &p)
{
    return hasMetadata(p) ? PostFormat::MarkdownFrontMatter : PostFormat::Markdown;
}

Post withEffectiveSlug(Post p)
{
    p.slug = effectiveSlug(p);
    return p;
}

// The post as JSON values: equal when every field and every extra's value is.
QJsonObject asJson(const Post &p)
{
    return QJsonDocument::fromJson(writePostJson(p)).object();
}

Post withoutExtras(Post p)
{
    p.extras.clear();
    return p;
}

} // namespace

class TestRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eachFormat_data();
    void eachFormat();
    void chains_data();
    void chains();
    void seed000KeepsEveryField();
};

// Every source holds a post, so a read error means the file is missing or unreadable.
static void addRow(const char *name, const QString &path)
{
    const PostReadResult r = readPostText(pw::test::fileText(path));
    if (!r.post)
        qFatal("%s: %s", name, qPrintable(r.error));
    QTest::newRow(name) << *r.post;
}

static void addSources()
{
    QTest::addColumn<Post>("post");
    const QStringList seeds = pw::test::seedPaths();
    if (seeds.isEmpty())
        qFatal("no seeds in %s", PW_SEEDS_DIR);
    for (const QString &path : seeds)
        addRow(qPrintable(QStringLiteral("seed ") + QFileInfo(path).fileName().left(3)), path);
    const std::pair<const char *, QString> fixtures[] = {
        {"gen_bold_keys", QStringLiteral(PW_TEST_DATA_DIR "/formats/gen_bold_keys.txt")},
        {"gen_slug_topic", QStringLiteral(PW_TEST_DATA_DIR "/formats/gen_slug_topic.txt")},
        {"gen_code_headers", QStringLiteral(PW_TEST_DATA_DIR "/formats/gen_code_headers.txt")},
        {"fm_full", QStringLiteral(PW_TEST_DATA_DIR "/formats/fm_full.md")},
        {"md_plain", QStringLiteral(PW_TEST_DATA_DIR "/formats/md_plain.md")},
        {"post.json", QStringLiteral(PW_TEST_DATA_DIR "/formats/post.json")},
    };
    for (const auto &[name, path] : fixtures)
        addRow(name, path);
}

void TestRoundTrip::initTestCase()
{
    for (const char *seed : {"003", "004"})
        QCOMPARE(readPostText(pw::test::seedText(seed)).format, PostFormat::WordPressJson);
}

void TestRoundTrip::eachFormat_data()
{
    addSources();
}

void TestRoundTrip::eachFormat()
{
    QFETCH(Post, post);
    QCOMPARE(readBack(writePost(post, PostFormat::Generator), PostFormat::Generator),
             withoutExtras(post));
    // JSON carries extras as typed values, so their YAML text may come back in another
    // spelling of the same value ('x' as x, a map's keys in JSON's order): compared as values.
    QCOMPARE(asJson(readBack(writePost(post, PostFormat::PostJson), PostFormat::PostJson)),
             asJson(withEffectiveSlug(post)));
    QCOMPARE(readBack(writePost(post, PostFormat::MarkdownFrontMatter), markdownFormat(post)),
             post);
}

void TestRoundTrip::chains_data()
{
    addSources();
}

void TestRoundTrip::chains()
{
    QFETCH(Post, post);
    // generator -> JSON -> Markdown -> generator
    Post p = readBack(writeGenerator(post).toUtf8(), PostFormat::Generator);
    p = readBack(writePostJson(p), PostFormat::PostJson);
    p = readBack(writeFrontMatterMarkdown(p).toUtf8(), markdownFormat(p));
    p = readBack(writeGenerator(p).toUtf8(), PostFormat::Generator);
    QCOMPARE(p, withEffectiveSlug(withoutExtras(post)));
    // Markdown -> JSON -> Markdown keeps extras too.
    Post q = readBack(writeFrontMatterMarkdown(post).toUtf8(), markdownFormat(post));
    q = readBack(writePostJson(q), PostFormat::PostJson);
    q = readBack(writeFrontMatterMarkdown(q).toUtf8(), markdownFormat(q));
    QCOMPARE(asJson(q), asJson(withEffectiveSlug(post)));
}

void TestRoundTrip::seed000KeepsEveryField()
{
    const PostReadResult r = readPostText(pw::test::seedText("000"));
    QVERIFY(r.post);
    const Post json = readBack(writePostJson(*r.post), PostFormat::PostJson);
    QCOMPARE(json.slug,
             QStringLiteral("django-vs-flask-which-framework-is-better-for-web-development"));
    const Post md =
        readBack(writeFrontMatterMarkdown(json).toUtf8(), PostFormat::MarkdownFrontMatter);
    QCOMPARE(md.title,
             QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?"));
    QCOMPARE(md.topic,
             QStringLiteral("Django vs Flask: Which Framework is Better for Web Development"));
    QCOMPARE(md.tags.size(), 6);
    QCOMPARE(md.categories.size(), 4);
    QCOMPARE(md.body, r.post->body);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
