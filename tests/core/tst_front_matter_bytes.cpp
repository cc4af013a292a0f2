// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_reader.h"
#include "core/formats/post_source.h"
#include "core/formats/post_writer.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

// Posts written the way each ecosystem documents its front matter (tests/data/sites): read
// and written unchanged they come back byte for byte; one edited field changes one line,
// in the file's own line ends; a new field adds one line.

using namespace pw;

namespace {

const QString sitesDir = QStringLiteral(PW_TEST_DATA_DIR "/sites");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Lines with their line ends, so a line whose CRLF became LF counts as changed.
QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            lines << bytes.mid(start, i + 1 - start);
            start = i + 1;
        }
    }
    if (start < bytes.size())
        lines << bytes.mid(start);
    return lines;
}

struct LineDiff {
    QList<QByteArray> removed;
    QList<QByteArray> added;
};

// What lies between the common first and last lines.
LineDiff diffLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = linesOf(before);
    const QList<QByteArray> b = linesOf(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    return {a.mid(prefix, a.size() - prefix - suffix), b.mid(prefix, b.size() - prefix - suffix)};
}

QString describe(const LineDiff &diff)
{
    QString text;
    for (const QByteArray &line : diff.removed)
        text += QStringLiteral("\n- ") + QString::fromUtf8(line);
    for (const QByteArray &line : diff.added)
        text += QStringLiteral("\n+ ") + QString::fromUtf8(line);
    return text;
}

bool usesCrlf(const QByteArray &bytes)
{
    return bytes.contains("\r\n");
}

// Every line break of a CRLF file is CRLF, of an LF file LF.
bool sameLineEnds(const QByteArray &original, const QByteArray &written)
{
    return usesCrlf(original) ? written.count("\n") == written.count("\r\n")
                              : !written.contains('\r');
}

Post readCorpusPost(const QByteArray &bytes)
{
    const PostReadResult read = readPostBytes(bytes);
    if (!read.post)
        qWarning("%s", qPrintable(read.error));
    return read.post.value_or(Post{});
}

} // namespace

void addCorpusRows();

class TestFrontMatterBytes : public QObject {
    Q_OBJECT

private slots:
    void unchangedPostGivesTheBytesBack_data() { addCorpusRows(); }
    void unchangedPostGivesTheBytesBack();
    void titleEditChangesOneLine_data() { addCorpusRows(); }
    void titleEditChangesOneLine();
    void descriptionEditChangesOneLine_data() { addCorpusRows(); }
    void descriptionEditChangesOneLine();
    void addedTagChangesOneLine_data() { addCorpusRows(); }
    void addedTagChangesOneLine();
    void newFieldAddsOneLineBeforeTheClosingRule_data() { addCorpusRows(); }
    void newFieldAddsOneLineBeforeTheClosingRule();
    void bodyEditKeepsFrontMatterAndLineEnds_data() { addCorpusRows(); }
    void bodyEditKeepsFrontMatterAndLineEnds();
    void editedAndSavedAgainComparesWithTheNewText_data() { addCorpusRows(); }
    void editedAndSavedAgainComparesWithTheNewText();
    void clearedFieldKeepsItsKey();
    void styleIsKept_data();
    void styleIsKept();
    void jekyllSingularKeysAreTheLists();
    void pluralKeyWinsOverSingular();
    void plainMarkdownGainsFrontMatterAboveItsBody();
    void emptyFrontMatterGainsAField();
    void postWithoutSourceIsWrittenAfresh();
};

void addCorpusRows()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(sitesDir,
                    {QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.mdx")},
                    QDir::Files, QDirIterator::Subdirectories);
    // The YAML sites of this corpus (other folders hold other dialects' tests).
    static const QRegularExpression yamlSites(
        QStringLiteral("^(jekyll|hugo|astro|nextjs|docusaurus|devto|gatsby|eleventy)/"));
    QStringList paths;
    while (it.hasNext()) {
        const QString path = it.next();
        if (yamlSites.match(path.mid(sitesDir.size() + 1)).hasMatch())
            paths << path;
    }
    paths.sort();
    QVERIFY(paths.size() >= 20);
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path.mid(sitesDir.size() + 1))) << path;
}

void TestFrontMatterBytes::unchangedPostGivesTheBytesBack()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    const PostReadResult read = readPostBytes(bytes);
    QVERIFY2(read.post, qPrintable(read.error));
    QVERIFY(read.post->source);
    const QByteArray written = writePost(*read.post, read.format);
    QCOMPARE(written, bytes);
}

void TestFrontMatterBytes::titleEditChangesOneLine()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    Post post = readCorpusPost(bytes);
    const bool hadTitle = !post.title.isEmpty();
    post.title = QStringLiteral("A new title: with a colon");
    const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
    const LineDiff diff = diffLines(bytes, written);
    QVERIFY2(diff.removed.size() == (hadTitle ? 1 : 0) && diff.added.size() == 1,
             qPrintable(describe(diff)));
    QVERIFY(sameLineEnds(bytes, written));
    QCOMPARE(readCorpusPost(written).title, post.title);
    QCOMPARE(written.startsWith("\xEF\xBB\xBF"), bytes.startsWith("\xEF\xBB\xBF"));
}

void TestFrontMatterBytes::descriptionEditChangesOneLine()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    Post post = readCorpusPost(bytes);
    // A description under an alias (Hugo's summary, Gatsby's spoiler, ...) is edited there.
    static const QRegularExpression key(
        QStringLiteral("\n(description|summary|excerpt|spoiler|subtitle):"));
    const QRegularExpressionMatch keyMatch = key.match(QString::fromUtf8(bytes));
    // A block scalar (`excerpt: |` and its indented lines) changes within its lines: at most
    // its key line and one line of the new value.
    const QList<QByteArray> lines = linesOf(bytes);
    qsizetype keyLines = 0;
    if (keyMatch.hasMatch()) {
        const qsizetype at = linesOf(bytes.left(keyMatch.capturedStart() + 1)).size();
        keyLines = 1;
        while (at + keyLines < lines.size() && lines.at(at + keyLines).startsWith(' '))
            ++keyLines;
    }
    post.metaDescription = QStringLiteral("Rewritten, shorter, and it's quoted where needed.");
    const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
    const LineDiff diff = diffLines(bytes, written);
    QVERIFY2(diff.removed.size() >= (keyLines > 0 ? 1 : 0) && diff.removed.size() <= keyLines &&
                 diff.added.size() >= 1 && diff.added.size() <= (keyLines > 1 ? 2 : 1),
             qPrintable(describe(diff)));
    QVERIFY(sameLineEnds(bytes, written));
    QCOMPARE(readCorpusPost(written).metaDescription, post.metaDescription);
}

void TestFrontMatterBytes::addedTagChangesOneLine()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    Post post = readCorpusPost(bytes);
    if (!bytes.contains("\ntags:"))
        QSKIP("no tags key");
    post.tags << QStringLiteral("new tag");
    const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
    const LineDiff diff = diffLines(bytes, written);
    // A flow list or a comma-separated string changes its line; a block list gains one.
    QVERIFY2(diff.added.size() == 1 && diff.removed.size() <= 1, qPrintable(describe(diff)));
    QVERIFY(sameLineEnds(bytes, written));
    QCOMPARE(readCorpusPost(written).tags, post.tags);
}

void TestFrontMatterBytes::newFieldAddsOneLineBeforeTheClosingRule()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    Post post = readCorpusPost(bytes);
    if (!post.slug.isEmpty())
        QSKIP("has a slug");
    post.slug = QStringLiteral("a-chosen-slug");
    const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
    const LineDiff diff = diffLines(bytes, written);
    QVERIFY2(diff.removed.isEmpty() && diff.added.size() == 1, qPrintable(describe(diff)));
    QVERIFY(diff.added.first().startsWith("slug: a-chosen-slug"));
    // The next line is the closing rule.
    const QList<QByteArray> lines = linesOf(written);
    const qsizetype at = lines.indexOf(diff.added.first());
    QVERIFY(lines.value(at + 1).trimmed() == "---");
    QVERIFY(sameLineEnds(bytes, written));
}

void TestFrontMatterBytes::bodyEditKeepsFrontMatterAndLineEnds()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    Post post = readCorpusPost(bytes);
    // The editor hands the body back with LF line ends.
    post.body = post.body + QStringLiteral("\n\nOne more paragraph.");
    const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
    const LineDiff diff = diffLines(bytes, written);
    QVERIFY2(diff.removed.size() <= 1 && diff.added.size() >= 2 && diff.added.size() <= 3,
             qPrintable(describe(diff)));
    QVERIFY(sameLineEnds(bytes, written));
    QCOMPARE(bytes.endsWith('\n'), written.endsWith('\n'));
}

void TestFrontMatterBytes::editedAndSavedAgainComparesWithTheNewText()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    Post post = readCorpusPost(bytes);
    post.title = QStringLiteral("Second title");
    const QByteArray first = writePost(post, PostFormat::MarkdownFrontMatter);
    Post again = readCorpusPost(first);
    QCOMPARE(writePost(again, PostFormat::MarkdownFrontMatter), first);
}

void TestFrontMatterBytes::clearedFieldKeepsItsKey()
{
    const QByteArray bytes = "---\r\ntitle: 'Kept'\r\ndescription: \"Gone soon\" # why\r\n"
                             "tags: [a, b]\r\n---\r\n\r\nBody\r\n";
    Post post = readCorpusPost(bytes);
    post.metaDescription.clear();
    post.tags.clear();
    QCOMPARE(writePost(post, PostFormat::MarkdownFrontMatter),
             QByteArray("---\r\ntitle: 'Kept'\r\ndescription: \"\" # why\r\n"
                        "tags: []\r\n---\r\n\r\nBody\r\n"));
}

void TestFrontMatterBytes::styleIsKept_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("single quotes")
        << QByteArray("title: 'It''s'") << QStringLiteral("Bob's") << QByteArray("title: 'Bob''s'");
    QTest::newRow("double quotes") << QByteArray("title:  \"A\"") << QStringLiteral("Say \"hi\"")
                                   << QByteArray("title:  \"Say \\\"hi\\\"\"");
    QTest::newRow("plain stays plain")
        << QByteArray("title: A") << QStringLiteral("B") << QByteArray("title: B");
    QTest::newRow("plain that must be quoted")
        << QByteArray("title: A") << QStringLiteral("Yes") << QByteArray("title: \"Yes\"");
    QTest::newRow("comment kept") << QByteArray("title: A   # the title") << QStringLiteral("B")
                                  << QByteArray("title: B   # the title");
    QTest::newRow("folded block") << QByteArray("title: >-\n  Old\n  text") << QStringLiteral("New")
                                  << QByteArray("title: >-\n  New");
    QTest::newRow("empty key filled")
        << QByteArray("title:") << QStringLiteral("B") << QByteArray("title: B");
}

void TestFrontMatterBytes::styleIsKept()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, title);
    QFETCH(QByteArray, after);
    Post post = readCorpusPost("---\n" + before + "\nx: 1\n---\nBody\n");
    post.title = title;
    QCOMPARE(writePost(post, PostFormat::MarkdownFrontMatter),
             QByteArray("---\n" + after + "\nx: 1\n---\nBody\n"));
}

void TestFrontMatterBytes::jekyllSingularKeysAreTheLists()
{
    Post post = readCorpusPost("---\ncategory: compost\ntag: soil\n---\n\nBody\n");
    QCOMPARE(post.categories, QStringList{QStringLiteral("compost")});
    QCOMPARE(post.tags, QStringList{QStringLiteral("soil")});
    QVERIFY(post.extras.isEmpty());
    post.categories = {QStringLiteral("garden")};
    QCOMPARE(writePost(post, PostFormat::MarkdownFrontMatter),
             QByteArray("---\ncategory: garden\ntag: soil\n---\n\nBody\n"));
}

void TestFrontMatterBytes::pluralKeyWinsOverSingular()
{
    const Post post = readCorpusPost("---\ncategories: [a]\ncategory: b\n---\n\nBody\n");
    QCOMPARE(post.categories, QStringList{QStringLiteral("a")});
    QCOMPARE(post.extras, (QList<ExtraField>{{QStringLiteral("category"), QStringLiteral("b")}}));
}

void TestFrontMatterBytes::plainMarkdownGainsFrontMatterAboveItsBody()
{
    Post post = readCorpusPost("# Heading\r\n\r\nText  \r\n");
    post.title = QStringLiteral("Heading");
    QCOMPARE(writePost(post, PostFormat::MarkdownFrontMatter),
             QByteArray("---\r\ntitle: Heading\r\n---\r\n\r\n# Heading\r\n\r\nText  \r\n"));
}

void TestFrontMatterBytes::emptyFrontMatterGainsAField()
{
    Post post = readCorpusPost("---\n---\nText");
    post.metaDescription = QStringLiteral("About it");
    QCOMPARE(writePost(post, PostFormat::MarkdownFrontMatter),
             QByteArray("---\ndescription: About it\n---\nText"));
}

void TestFrontMatterBytes::postWithoutSourceIsWrittenAfresh()
{
    Post post = readCorpusPost("---\ntitle: Old\n---\n\nBody");
    post.source.reset();
    QCOMPARE(writePost(post, PostFormat::MarkdownFrontMatter),
             QByteArray("---\ntitle: Old\n---\n\nBody\n"));
}

QTEST_GUILESS_MAIN(TestFrontMatterBytes)
#include "tst_front_matter_bytes.moc"
