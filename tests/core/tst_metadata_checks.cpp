// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/metadata_checks.h"
#include "core/checks/title_width.h"
#include "test_support.h"

#include <QTest>

using namespace pw;

// Widths quoted below are the yoast-oracle's titleWidthPx (../shared/tools/yoast-oracle).
class TestMetadataChecks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void characterCount_data();
    void characterCount();
    void titleMissing_data();
    void titleMissing();
    void titleWidth_data();
    void titleWidth();
    void titleWidthNeedsAMeter();
    void titleLength_data();
    void titleLength();
    void descriptionMissing();
    void descriptionElsewhere_data();
    void descriptionElsewhere();
    void descriptionLength_data();
    void descriptionLength();
    void categoriesMissing();
    void categoryUnknown();
    void categoryUnknownWithoutSuggestion();
    void categoryCase();
    void categoriesWithEmptyWhitelist();
    void tagsMissing();
    void bodyEmpty();
    void bodyLength_data();
    void bodyLength();
    void seed000();
    void cleanPostHasNoFindings();

private:
    std::unique_ptr<TitleWidthMeter> m_meter;
    CategoryWhitelist m_whitelist;
};

static QList<Finding> withId(const QList<Finding> &findings, const QString &id)
{
    QList<Finding> result;
    for (const Finding &f : findings) {
        if (f.id == id)
            result.append(f);
    }
    return result;
}

static QStringList ids(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &f : findings)
        result.append(f.id);
    return result;
}

// A post that passes every check; tests break one field at a time.
static Post goodPost()
{
    Post post;
    post.title = QStringLiteral("Django vs Flask: Comparing Python Frameworks"); // 440 px, 45 chars
    // 129 characters.
    post.metaDescription = QStringLiteral(
        "Django and Flask are two popular Python frameworks. We compare speed, learning curve and "
        "ecosystem so you can pick the right one.");
    post.tags = {QStringLiteral("Python"), QStringLiteral("Django")};
    post.categories = {QStringLiteral("Programming and Coding")};
    post.body = QString(QStringLiteral("word ")).repeated(300);
    return post;
}

void TestMetadataChecks::initTestCase()
{
    m_meter = std::make_unique<TitleWidthMeter>();
    m_whitelist = CategoryWhitelist::defaults();
    QCOMPARE(m_whitelist.categories().size(), 60);
    QCOMPARE(goodPost().metaDescription.size(), 129);
}

void TestMetadataChecks::characterCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << "Flask" << 5;
    QTest::newRow("accents precomposed") << "Crème Brûlée" << 12;
    QTest::newRow("accent combining") << QStringLiteral("Cre\u0300me") << 5; // C r è m e
    QTest::newRow("emoji") << QStringLiteral("Hi 👋") << 4;
    QTest::newRow("emoji skin tone") << QStringLiteral("👍🏽") << 1;
    QTest::newRow("ZWJ family") << QStringLiteral("👨‍👩‍👧") << 1;
    QTest::newRow("flag") << QStringLiteral("🇩🇪 news") << 6;
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << 3;
}

void TestMetadataChecks::characterCount()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(pw::characterCount(text), expected);
}

void TestMetadataChecks::titleMissing_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << "   ";
}

void TestMetadataChecks::titleMissing()
{
    QFETCH(QString, title);
    Post post = goodPost();
    post.title = title;
    const QList<Finding> findings = checkTitle(post, m_meter.get());
    QCOMPARE(findings.size(), 1); // no "too short" on top of "missing"
    QCOMPARE(findings[0].id, QStringLiteral("title.missing"));
    QCOMPARE(findings[0].severity, Severity::Error);
    QCOMPARE(findings[0].field, Field::Title);
    QVERIFY(!findings[0].message.isEmpty());
}

void TestMetadataChecks::titleWidth_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("severity"); // -1: no width finding
    QTest::addColumn<QString>("px");
    QTest::addColumn<TextRange>("range");
    // 603 px, the cut falls in the final "?" (592 px without it).
    QTest::newRow("seed 000") << "Django vs Flask: Which Framework is Better for Web Development?"
                              << int(Severity::Warning) << "603 px" << TextRange{62, 1};
    // 32 W at 18.88 px: the 32nd ends at 604 px.
    QTest::newRow("32 W") << QString(32, QLatin1Char('W')) << int(Severity::Warning) << "604 px"
                          << TextRange{31, 1};
    QTest::newRow("608 px") << "MANAGED WORDPRESS HOSTING: WHAT YOU SHOULD KNOW"
                            << int(Severity::Warning) << "608 px" << TextRange{46, 1};
    QTest::newRow("31 W, 585 px") << QString(31, QLatin1Char('W')) << int(Severity::Info)
                                  << "585 px" << TextRange{0, 31};
    QTest::newRow("581 px") << "MANAGED WORDPRESS HOSTING: WHAT YOU MUST KNOW"
                            << int(Severity::Info) << "581 px" << TextRange{0, 45};
    QTest::newRow("571 px") << "WORDPRESS HOSTING vs VPS: WHICH ONE WINS IN 2024?" << -1 << ""
                            << TextRange{};
    QTest::newRow("440 px") << "Django vs. Flask: Comparing Python Frameworks" << -1 << ""
                            << TextRange{};
}

void TestMetadataChecks::titleWidth()
{
    QFETCH(QString, title);
    QFETCH(int, severity);
    QFETCH(QString, px);
    QFETCH(TextRange, range);
    Post post = goodPost();
    post.title = title;
    const QList<Finding> findings = withId(checkTitle(post, m_meter.get()), "title.width");
    if (severity < 0) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(int(findings[0].severity), severity);
    QCOMPARE(findings[0].field, Field::Title);
    QVERIFY2(findings[0].message.contains(px), qPrintable(findings[0].message));
    QCOMPARE(findings[0].range, range);
}

void TestMetadataChecks::titleWidthNeedsAMeter()
{
    Post post = goodPost();
    post.title = QString(32, QLatin1Char('W'));
    QVERIFY(withId(checkTitle(post, nullptr), "title.width").isEmpty());
    const TitleWidthMeter broken(QStringLiteral("/nonexistent.ttf"));
    QVERIFY(withId(checkTitle(post, &broken), "title.width").isEmpty());
    CheckContext context;
    context.whitelist = &m_whitelist;
    QVERIFY(withId(checkMetadata(post, context), "title.width").isEmpty());
}

void TestMetadataChecks::titleLength_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("id"); // empty: no length finding
    QTest::addColumn<QString>("count");
    QTest::addColumn<TextRange>("range");
    QTest::newRow("14 chars") << "What is Flask?"
                              << "title.short"
                              << "14" << TextRange{0, 14};
    QTest::newRow("15 chars") << "What is Django?"
                              << "title.short"
                              << "15" << TextRange{0, 15};
    QTest::newRow("16 chars") << "What is Django?!"
                              << ""
                              << "" << TextRange{};
    QTest::newRow("60 chars") << QString(60, QLatin1Char('i')) << ""
                              << "" << TextRange{};
    QTest::newRow("61 chars") << QString(61, QLatin1Char('i')) << "title.long"
                              << "61" << TextRange{60, 1};
    QTest::newRow("seed 000, 63 chars")
        << "Django vs Flask: Which Framework is Better for Web Development?"
        << "title.long"
        << "63" << TextRange{60, 3};
    // 15 user-perceived characters but 19 UTF-16 units (👍 is 2, the flag 4): short, range in
    // UTF-16.
    QTest::newRow("emoji, 15 chars") << QStringLiteral("Tips 👍 for 🇩🇪 ok") << "title.short"
                                     << "15" << TextRange{0, 19};
    // 59 'i' + 2 emoji = 61 characters; the cut is before the second emoji (UTF-16 offset 61).
    QTest::newRow("emoji, 61 chars")
        << QString(59, QLatin1Char('i')) + QStringLiteral("😀😀") << "title.long"
        << "61" << TextRange{61, 2};
}

void TestMetadataChecks::titleLength()
{
    QFETCH(QString, title);
    QFETCH(QString, id);
    QFETCH(QString, count);
    QFETCH(TextRange, range);
    Post post = goodPost();
    post.title = title;
    const QList<Finding> all = checkTitle(post, nullptr);
    if (id.isEmpty()) {
        QVERIFY2(all.isEmpty(), qPrintable(ids(all).join(u',')));
        return;
    }
    QCOMPARE(ids(all), QStringList{id});
    QCOMPARE(all[0].severity, Severity::Warning);
    QVERIFY2(all[0].message.contains(count), qPrintable(all[0].message));
    QCOMPARE(all[0].range, range);
}

// Where a post has a description in another form its site uses, a missing `description` is
// a note, not an error (issue 14).
void TestMetadataChecks::descriptionElsewhere_data()
{
    QTest::addColumn<QString>("extraKey");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("named");
    QTest::newRow("hugo summary") << "summary" << "Text." << "`summary`";
    QTest::newRow("excerpt") << "excerpt" << "Text." << "`excerpt`";
    QTest::newRow("gatsby spoiler") << "spoiler" << "Text." << "`spoiler`";
    QTest::newRow("subtitle") << "subtitle" << "Text." << "`subtitle`";
    QTest::newRow("docusaurus truncate")
        << "" << "The excerpt.\n\n<!--truncate-->\n\nThe rest." << "`<!--truncate-->`";
    QTest::newRow("more marker") << "" << "Lead.\n\n<!--more-->\n\nMore." << "`<!--more-->`";
    QTest::newRow("mdx truncate") << "" << "The excerpt.\n\n{/* truncate */}\n\nThe rest."
                                  << "`{/* truncate */}`";
}

void TestMetadataChecks::descriptionElsewhere()
{
    QFETCH(QString, extraKey);
    QFETCH(QString, body);
    QFETCH(QString, named);
    Post post = goodPost();
    post.metaDescription.clear();
    post.body = body;
    if (!extraKey.isEmpty())
        post.extras.append({extraKey, QStringLiteral("'A short summary of the post.'")});
    const QList<Finding> findings = checkMetaDescription(post);
    QCOMPARE(ids(findings), QStringList{"description.elsewhere"});
    QCOMPARE(findings[0].severity, Severity::Info);
    QVERIFY2(findings[0].message.contains(named), qPrintable(findings[0].message));

    // An empty summary is no description.
    if (!extraKey.isEmpty()) {
        post.extras.last().yaml = QStringLiteral("''");
        QCOMPARE(ids(checkMetaDescription(post)), QStringList{"description.missing"});
    }
}

void TestMetadataChecks::descriptionMissing()
{
    Post post = goodPost();
    post.metaDescription = QStringLiteral(" \n");
    const QList<Finding> findings = checkMetaDescription(post);
    QCOMPARE(ids(findings), QStringList{"description.missing"});
    QCOMPARE(findings[0].severity, Severity::Error);
    QCOMPARE(findings[0].field, Field::MetaDescription);
}

void TestMetadataChecks::descriptionLength_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("count");
    QTest::addColumn<TextRange>("range");
    QTest::newRow("1") << "x"
                       << "description.short"
                       << "1" << TextRange{0, 1};
    QTest::newRow("120") << QString(120, QLatin1Char('x')) << "description.short"
                         << "120" << TextRange{0, 120};
    QTest::newRow("121") << QString(121, QLatin1Char('x')) << ""
                         << "" << TextRange{};
    QTest::newRow("156") << QString(156, QLatin1Char('x')) << ""
                         << "" << TextRange{};
    QTest::newRow("157") << QString(157, QLatin1Char('x')) << "description.long"
                         << "157" << TextRange{156, 1};
    // 150 ASCII + 6 emoji: 156 characters, 162 UTF-16 units. Fine.
    QTest::newRow("156 with emoji")
        << QString(150, QLatin1Char('x')) + QStringLiteral("😀😀😀😀😀😀") << ""
        << "" << TextRange{};
}

void TestMetadataChecks::descriptionLength()
{
    QFETCH(QString, description);
    QFETCH(QString, id);
    QFETCH(QString, count);
    QFETCH(TextRange, range);
    Post post = goodPost();
    post.metaDescription = description;
    const QList<Finding> findings = checkMetaDescription(post);
    if (id.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(ids(findings).join(u',')));
        return;
    }
    QCOMPARE(ids(findings), QStringList{id});
    QCOMPARE(findings[0].severity, Severity::Warning);
    QVERIFY2(findings[0].message.contains(count), qPrintable(findings[0].message));
    QCOMPARE(findings[0].range, range);
}

void TestMetadataChecks::categoriesMissing()
{
    Post post = goodPost();
    post.categories.clear();
    const QList<Finding> findings = checkCategories(post, m_whitelist);
    QCOMPARE(ids(findings), QStringList{"categories.missing"});
    QCOMPARE(findings[0].severity, Severity::Error);
    QCOMPARE(findings[0].field, Field::Categories);
}

void TestMetadataChecks::categoryUnknown()
{
    Post post = goodPost();
    post.categories = {QStringLiteral("Tutorials"), QStringLiteral("Web Development"),
                       QStringLiteral("Tutorial")};
    const QList<Finding> findings = checkCategories(post, m_whitelist);
    QCOMPARE(ids(findings), (QStringList{"category.unknown", "category.unknown"}));
    QCOMPARE(findings[0].severity, Severity::Error);
    QCOMPARE(findings[0].field, Field::Categories);
    QVERIFY(findings[0].message.contains(QLatin1String("Web Development")));
    QCOMPARE(findings[0].suggestion, QStringLiteral("Web Development Frameworks"));
    // Offsets into "Tutorials, Web Development, Tutorial".
    QCOMPARE(findings[0].range, (TextRange{11, 15}));
    QCOMPARE(findings[1].suggestion, QStringLiteral("Tutorials"));
    QCOMPARE(findings[1].range, (TextRange{28, 8}));
}

void TestMetadataChecks::categoryUnknownWithoutSuggestion()
{
    Post post = goodPost();
    post.categories = {QStringLiteral("Python")};
    const QList<Finding> findings = checkCategories(post, m_whitelist);
    QCOMPARE(ids(findings), QStringList{"category.unknown"});
    QVERIFY(findings[0].message.contains(QLatin1String("Python")));
    QVERIFY(findings[0].suggestion.isEmpty());
}

void TestMetadataChecks::categoryCase()
{
    Post post = goodPost();
    post.categories = {QStringLiteral("cloud computing"), QStringLiteral("Cyber security")};
    const QList<Finding> findings = checkCategories(post, m_whitelist);
    QCOMPARE(ids(findings), (QStringList{"category.case", "category.case"}));
    QCOMPARE(findings[0].severity, Severity::Info);
    QCOMPARE(findings[0].suggestion, QStringLiteral("Cloud Computing"));
    QCOMPARE(findings[0].range, (TextRange{0, 15}));
    QCOMPARE(findings[1].suggestion, QStringLiteral("Cybersecurity"));
    QCOMPARE(findings[1].range, (TextRange{17, 14}));
}

void TestMetadataChecks::categoriesWithEmptyWhitelist()
{
    Post post = goodPost();
    post.categories = {QStringLiteral("Anything")};
    QVERIFY(checkCategories(post, CategoryWhitelist()).isEmpty());
    post.categories.clear();
    QCOMPARE(ids(checkCategories(post, CategoryWhitelist())), QStringList{"categories.missing"});
}

void TestMetadataChecks::tagsMissing()
{
    Post post = goodPost();
    QVERIFY(checkTags(post).isEmpty());
    post.tags.clear();
    const QList<Finding> findings = checkTags(post);
    QCOMPARE(ids(findings), QStringList{"tags.missing"});
    QCOMPARE(findings[0].severity, Severity::Warning);
    QCOMPARE(findings[0].field, Field::Tags);
}

void TestMetadataChecks::bodyEmpty()
{
    Post post = goodPost();
    for (const QString &body : {QString(), QStringLiteral("  \n\n\t")}) {
        post.body = body;
        const QList<Finding> findings = checkBody(post);
        QCOMPARE(ids(findings), QStringList{"body.empty"});
        QCOMPARE(findings[0].severity, Severity::Error);
        QCOMPARE(findings[0].field, Field::Body);
    }
}

void TestMetadataChecks::bodyLength_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("count"); // empty: long enough
    QTest::newRow("one word") << "Hello"
                              << "1";
    QTest::newRow("299 words") << QString(QStringLiteral("word ")).repeated(299) << "299";
    QTest::newRow("300 words") << QString(QStringLiteral("word ")).repeated(300) << "";
    // Markdown syntax and URLs are not words: 2 words.
    QTest::newRow("link") << "## [Read more](https://example.com/a-long-url-with-many-parts)"
                          << "2";
}

void TestMetadataChecks::bodyLength()
{
    QFETCH(QString, body);
    QFETCH(QString, count);
    Post post = goodPost();
    post.body = body;
    const QList<Finding> findings = checkBody(post);
    if (count.isEmpty()) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(ids(findings), QStringList{"body.short"});
    QCOMPARE(findings[0].severity, Severity::Warning);
    QVERIFY2(findings[0].message.contains(count), qPrintable(findings[0].message));
}

// "a, b, c" as the seed writes lists (pw::splitList is tested in tst_post).
static QStringList listField(const QString &text)
{
    QStringList items = text.split(u',');
    for (QString &item : items)
        item = item.trimmed();
    return items;
}

// Seed 000's generated post, read from its "TITLE:" line after the prompt's "TOPIC:".
static Post readSeed000()
{
    const QString text = pw::test::seedText("000");
    const QStringList lines = text.mid(text.indexOf(QLatin1String("\nTOPIC:"))).split(u'\n');
    Post post;
    QStringList body;
    bool inBody = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("-EndOFText-")))
            break;
        if (inBody)
            body.append(line);
        else if (line.startsWith(QLatin1String("TITLE: ")))
            post.title = line.mid(7).trimmed();
        else if (line.startsWith(QLatin1String("META_DESCRIPTION: ")))
            post.metaDescription = line.mid(18).trimmed();
        else if (line.startsWith(QLatin1String("TAGS: ")))
            post.tags = listField(line.mid(6));
        else if (line.startsWith(QLatin1String("CATEGORIES: "))) {
            post.categories = listField(line.mid(12));
            inBody = true;
        }
    }
    post.body = body.join(u'\n');
    return post;
}

void TestMetadataChecks::seed000()
{
    const Post post = readSeed000();
    QCOMPARE(post.title,
             QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?"));
    QCOMPARE(post.categories.size(), 4);
    QCOMPARE(post.tags.size(), 6);

    CheckContext context;
    context.whitelist = &m_whitelist;
    context.titleMeter = m_meter.get();
    const QList<Finding> findings = checkMetadata(post, context);
    // 603 px and 63 characters; a 180-character description; the four categories are allowed;
    // the body is long (Yoast counts 564 words).
    QCOMPARE(ids(findings), (QStringList{"title.width", "title.long", "description.long"}));
    QCOMPARE(findings[0].message,
             QStringLiteral("The title is 603 px wide; Google cuts titles at about 600 px."));
    QVERIFY2(findings[2].message.contains(QLatin1String("180")), qPrintable(findings[2].message));
    QCOMPARE(findings[2].range, (TextRange{156, 24}));
    QVERIFY(!hasErrors(findings));
}

void TestMetadataChecks::cleanPostHasNoFindings()
{
    CheckContext context;
    context.whitelist = &m_whitelist;
    context.titleMeter = m_meter.get();
    const QList<Finding> findings = checkMetadata(goodPost(), context);
    QVERIFY2(findings.isEmpty(), qPrintable(ids(findings).join(u',')));

    Post empty;
    QCOMPARE(ids(checkMetadata(empty, context)),
             (QStringList{"title.missing", "description.missing", "tags.missing",
                          "categories.missing", "body.empty"}));
}

QTEST_GUILESS_MAIN(TestMetadataChecks)
#include "tst_metadata_checks.moc"
