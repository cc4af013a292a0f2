// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/wordpress_import.h"
#include "test_support.h"

#include <QFile>
#include <QtTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QByteArray data(const char *name)
{
    return readFile(QStringLiteral(PW_TEST_DATA_DIR "/import/") + QLatin1StringView(name));
}

const pw::Finding *findingById(const QList<pw::Finding> &findings, const char *id)
{
    for (const pw::Finding &f : findings) {
        if (f.id == QLatin1StringView(id))
            return &f;
    }
    return nullptr;
}

QString extra(const pw::Post &post, const char *key)
{
    for (const pw::ExtraField &e : post.extras) {
        if (e.key == QLatin1StringView(key))
            return e.yaml;
    }
    return {};
}

} // namespace

class TstWordPressImport : public QObject {
    Q_OBJECT

private slots:
    void seed003();
    void seed004();
    void arrayWithEmbeddedTerms();
    void excerptTailAndClassList();
    void malformedJsonReportsLineAndColumn();
    void notAPost();
    void emptyContentIsAnError();
    void emptyArrayAndNonPostItems();
    void tooLarge();
    void mojibakeInsideJsonStrings();
    void mojibakeRepairsListedWhereTheyAre();
    void mappingIsReported();
    void plainText();
};

void TstWordPressImport::seed003()
{
    const pw::WordPressImport result = pw::importWordPressJson(pw::test::seedBytes("003"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.posts.size(), 1);
    const pw::ImportedPost &p = result.posts.front();
    QCOMPARE(p.wordpressId, 9735);
    QCOMPARE(p.post.title, QStringLiteral("Difference Between Django and Flask: A Face-Off!"));
    QCOMPARE(p.post.slug, QStringLiteral("difference-between-django-and-flask"));
    QCOMPARE(extra(p.post, "link"),
             QStringLiteral(
                 "\"https://www.hostitsmart.com/blog/difference-between-django-and-flask/\""));
    QCOMPARE(extra(p.post, "date"), QStringLiteral("\"2025-08-05T11:42:59\""));
    QCOMPARE(p.post.metaDescription,
             QStringLiteral("Discover the key differences between Django and Flask, two powerful "
                            "Python web frameworks. Learn which one suits your project best in "
                            "this in-depth comparison."));
    QVERIFY(findingById(p.findings, "import.meta_description.from_excerpt"));
    // class_list has category-web-development; the whitelist has no such entry.
    QCOMPARE(p.post.categories, QStringList{QStringLiteral("web development")});
    const pw::Finding *category = findingById(p.findings, "import.category.not_allowed");
    QVERIFY(category);
    QCOMPARE(category->field, pw::Field::Categories);
    QCOMPARE(category->suggestion, QStringLiteral("Web Development Frameworks"));
    QVERIFY(!findingById(p.findings, "import.categories.unresolved"));
    QVERIFY(p.post.tags.isEmpty());
    QVERIFY(p.post.body.startsWith(QStringLiteral("---\n\n## Highlights\n")));
    QVERIFY(!pw::hasErrors(p.findings));
}

void TstWordPressImport::seed004()
{
    const pw::WordPressImport result = pw::importWordPressJson(pw::test::seedBytes("004"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const pw::ImportedPost &p = result.posts.front();
    QCOMPARE(p.post.title, QStringLiteral("Unlock the Potential of Flask and Django!"));
    QVERIFY(p.post.metaDescription.startsWith(
        QStringLiteral("For large projects that demand security and scalability, Django offers "
                       "a full-stack web framework with a \u201Cbatteries included\u201D "
                       "philosophy. Let\u2019s say")));
    QVERIFY(p.post.metaDescription.endsWith(QStringLiteral("in this blog.")));
    QVERIFY(p.post.categories.isEmpty());
    QVERIFY(p.post.tags.isEmpty());
    const pw::Finding *categories = findingById(p.findings, "import.categories.unresolved");
    QVERIFY(categories);
    QVERIFY(categories->message.contains(QStringLiteral("602, 705")));
    const pw::Finding *tags = findingById(p.findings, "import.tags.unresolved");
    QVERIFY(tags);
    QVERIFY(tags->message.contains(QStringLiteral("862, 707, 1035")));
    QVERIFY(p.post.body.startsWith(QStringLiteral("**Introduction**\n\n")));
}

void TstWordPressImport::arrayWithEmbeddedTerms()
{
    const pw::WordPressImport result = pw::importWordPressJson(data("embedded_array.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.posts.size(), 2);
    const pw::ImportedPost &first = result.posts[0];
    QCOMPARE(first.post.title, QStringLiteral("Flask & Django: \u201CWhich?\u201D Guide"));
    QCOMPARE(first.post.slug, QStringLiteral("caf\u00E9-guide"));
    QCOMPARE(first.post.metaDescription, QStringLiteral("Compare Flask & Django."));
    QVERIFY(!findingById(first.findings, "import.meta_description.from_excerpt"));
    // Allowed as is; respelled to the allowed spelling; kept and reported with no suggestion.
    QCOMPARE(first.post.categories, QStringList({QStringLiteral("Web Development Frameworks"),
                                                 QStringLiteral("Programming and Coding"),
                                                 QStringLiteral("Recipes & Food")}));
    const pw::Finding *odd = findingById(first.findings, "import.category.not_allowed");
    QVERIFY(odd);
    QVERIFY(odd->message.contains(QStringLiteral("Recipes & Food")));
    QCOMPARE(first.post.tags, QStringList{QStringLiteral("Python & Web")});
    QVERIFY(!findingById(first.findings, "import.categories.unresolved"));
    QCOMPARE(first.post.body, QStringLiteral("Hello **world**."));
    const pw::Finding *script = findingById(first.findings, "import.html.script_removed");
    QVERIFY(script);
    QCOMPARE(script->severity, pw::Severity::Warning);

    const pw::ImportedPost &second = result.posts[1];
    QCOMPARE(second.post.metaDescription, QStringLiteral("Rank Math says this."));
    QVERIFY(second.post.extras.isEmpty());
}

void TstWordPressImport::excerptTailAndClassList()
{
    const pw::WordPressImport result = pw::importWordPressJson(data("excerpt_tail.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const pw::ImportedPost &p = result.posts.front();
    QCOMPARE(p.post.metaDescription, QStringLiteral("The excerpt text & more."));
    // class_list as an object (older WordPress), "cloud computing" respelled by the whitelist.
    QCOMPARE(p.post.categories,
             QStringList({QStringLiteral("Cloud Computing"), QStringLiteral("weird stuff")}));
    QCOMPARE(p.post.tags, QStringList{QStringLiteral("aws lambda")});
    // Three category ids, two names: one is left for the editor.
    const pw::Finding *unresolved = findingById(p.findings, "import.categories.unresolved");
    QVERIFY(unresolved);
    QVERIFY(!findingById(p.findings, "import.tags.unresolved"));

    // The "[…]" tail goes, an ellipsis inside the text stays.
    const pw::WordPressImport array = pw::importWordPressJson(
        QByteArray(R"({"slug":"s","title":{"rendered":"T"},"content":{"rendered":"<p>b</p>"},)"
                   R"("excerpt":{"rendered":"<p>Cut here &hellip; and there [&hellip;]</p>"}})"));
    QCOMPARE(array.posts.front().post.metaDescription, QStringLiteral("Cut here \u2026 and there"));
}

void TstWordPressImport::malformedJsonReportsLineAndColumn()
{
    const pw::WordPressImport result = pw::importWordPressJson(data("malformed.json"));
    QVERIFY(!result.ok());
    QVERIFY(result.posts.isEmpty());
    // The missing comma is noticed where "slug" starts: line 5.
    QVERIFY2(result.error.contains(QStringLiteral("line 5")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("column")), qPrintable(result.error));
}

void TstWordPressImport::notAPost()
{
    const pw::WordPressImport result = pw::importWordPressJson(data("not_a_post.json"));
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("not a WordPress post")));
    QVERIFY(!pw::importWordPressJson("42").ok());
}

void TstWordPressImport::emptyContentIsAnError()
{
    const pw::WordPressImport result = pw::importWordPressJson(data("empty_content.json"));
    QVERIFY(result.ok());
    const pw::ImportedPost &p = result.posts.front();
    const pw::Finding *empty = findingById(p.findings, "import.content.empty");
    QVERIFY(empty);
    QCOMPARE(empty->severity, pw::Severity::Error);
    QVERIFY(pw::hasErrors(p.findings));
    QVERIFY(findingById(p.findings, "import.meta_description.missing"));
}

void TstWordPressImport::emptyArrayAndNonPostItems()
{
    QVERIFY(!pw::importWordPressJson("[]").ok());
    const pw::WordPressImport mixed = pw::importWordPressJson(
        R"([{"slug":"a","title":{"rendered":"A"},"content":{"rendered":"<p>a</p>"}}, {"x":1}])");
    QVERIFY(!mixed.ok());
    QVERIFY(mixed.error.contains(QStringLiteral("Item 2")));
    QVERIFY(mixed.posts.isEmpty());
}

void TstWordPressImport::tooLarge()
{
    const QByteArray big(pw::kMaxWordPressJsonBytes + 1, ' ');
    const pw::WordPressImport result = pw::importWordPressJson(big);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("larger than the 20.00 MiB a WordPress export")),
             qPrintable(result.error));
}

void TstWordPressImport::plainText()
{
    QCOMPARE(pw::htmlToPlainText(QStringLiteral("<p>A &amp; <em>B</em>&nbsp;C</p>\n")),
             QStringLiteral("A & B C"));
    QCOMPARE(pw::htmlToPlainText(QStringLiteral("No markup")), QStringLiteral("No markup"));
}

void TstWordPressImport::mojibakeInsideJsonStrings()
{
    // "We’ll" stored as UTF-8 read as Windows-1252, escaped as \u sequences in the JSON: the
    // file itself is clean ASCII, so only the importer can see it.
    const pw::WordPressImport result = pw::importWordPressJson(QByteArray(
        R"({"slug":"s","title":{"rendered":"We\u00e2\u20ac\u2122ll see"},)"
        R"("content":{"rendered":"<p>It\u00e2\u20ac\u2122s caf\u00c3\u00a9 time</p>"},)"
        R"("excerpt":{"rendered":"<p>A \u00e2\u20ac\u0153quote\u00e2\u20ac\u009d</p>"}})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const pw::ImportedPost &p = result.posts.front();
    QCOMPARE(p.post.title, QStringLiteral("We\u2019ll see"));
    QCOMPARE(p.post.body, QStringLiteral("It\u2019s caf\u00e9 time"));
    QCOMPARE(p.post.metaDescription, QStringLiteral("A \u201Cquote\u201D"));
    QList<pw::Field> repairedFields;
    for (const pw::Finding &f : p.findings) {
        if (f.id == QLatin1StringView("import.mojibake.repaired")) {
            QCOMPARE(f.severity, pw::Severity::Info);
            repairedFields.append(f.field);
        }
    }
    QCOMPARE(repairedFields,
             QList<pw::Field>({pw::Field::Title, pw::Field::MetaDescription, pw::Field::Body}));

    // Clean text is left alone and not reported.
    const pw::WordPressImport clean = pw::importWordPressJson(
        QByteArray(R"({"slug":"s","title":{"rendered":"Caf\u00e9 \u20ac5"},)"
                   R"("content":{"rendered":"<p>na\u00efve</p>"}})"));
    QCOMPARE(clean.posts.front().post.title, QStringLiteral("Caf\u00e9 \u20ac5"));
    QVERIFY(!findingById(clean.posts.front().findings, "import.mojibake.repaired"));
}

// Besides the summary per field, each repair is listed with its place in the converted
// field ("encoding.repaired.at", as for a file); a repair in an excerpt tail that was cut off
// is not listed.
void TstWordPressImport::mojibakeRepairsListedWhereTheyAre()
{
    const pw::WordPressImport result = pw::importWordPressJson(QByteArray(
        R"({"slug":"s","title":{"rendered":"We\u00e2\u20ac\u2122ll see"},)"
        R"("content":{"rendered":"<h2>Intro</h2>\n<p>It\u00e2\u20ac\u2122s <em>caf\u00c3\u00a9</em> time</p>"},)"
        R"("excerpt":{"rendered":"<p>A \u00e2\u20ac\u0153quote\u00e2\u20ac\u009d [\u00e2\u20ac\u00a6]</p>"}})"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const pw::ImportedPost &p = result.posts.front();
    QCOMPARE(p.post.body, QStringLiteral("## Intro\n\nIt\u2019s *caf\u00e9* time"));
    QCOMPARE(p.post.metaDescription, QStringLiteral("A \u201Cquote\u201D"));
    QList<pw::Finding> repairs;
    for (const pw::Finding &f : p.findings) {
        if (f.id == QLatin1StringView("encoding.repaired.at"))
            repairs.append(f);
    }
    QCOMPARE(repairs.size(), 5);
    // "We’ll see": ’ at 2.
    QCOMPARE(repairs.at(0).field, pw::Field::Title);
    QCOMPARE(repairs.at(0).range, (pw::TextRange{2, 1}));
    // "A “quote”": “ at 2, ” at 8; the … of "[…]" went with the tail.
    QCOMPARE(repairs.at(1).field, pw::Field::MetaDescription);
    QCOMPARE(repairs.at(1).range, (pw::TextRange{2, 1}));
    QCOMPARE(repairs.at(2).field, pw::Field::MetaDescription);
    QCOMPARE(repairs.at(2).range, (pw::TextRange{8, 1}));
    // "## Intro\n\n" is 10 units: ’ of "It’s" at 12, é of "*café*" after "It’s *caf" at 19,
    // on the body's third line.
    QCOMPARE(repairs.at(3).field, pw::Field::Body);
    QCOMPARE(repairs.at(3).range, (pw::TextRange{12, 1}));
    QCOMPARE(repairs.at(4).field, pw::Field::Body);
    QCOMPARE(repairs.at(4).range, (pw::TextRange{19, 1}));
    // The messages quote the words as the converted field has them, without the markup.
    QVERIFY2(repairs.at(3).message.contains(QStringLiteral("“Itâ€™s” → “It’s” (line 3)")),
             qPrintable(repairs.at(3).message));
    QVERIFY2(repairs.at(4).message.contains(QStringLiteral("“cafÃ©” → “café” (line 3)")),
             qPrintable(repairs.at(4).message));
    QCOMPARE(repairs.at(0).severity, pw::Severity::Info);
}

void TstWordPressImport::mappingIsReported()
{
    const pw::WordPressImport yoast = pw::importWordPressJson(
        QByteArray(R"({"slug":"s","title":{"rendered":"T"},"content":{"rendered":"<p>b</p>"},)"
                   R"("yoast_head_json":{"description":"From Yoast"}})"));
    QVERIFY(findingById(yoast.posts.front().findings, "import.meta_description.from_yoast"));
    QVERIFY(!findingById(yoast.posts.front().findings, "import.terms.class_list"));

    // Seed 003 has class_list: the names are rebuilt from slugs, and the review says so.
    const pw::WordPressImport seed3 = pw::importWordPressJson(pw::test::seedBytes("003"));
    QVERIFY2(seed3.ok(), qPrintable(seed3.error));
    const pw::Finding *terms = findingById(seed3.posts.front().findings, "import.terms.class_list");
    QVERIFY(terms);
    QCOMPARE(terms->severity, pw::Severity::Info);

    // "cloud computing" from class_list is the allowed "Cloud Computing".
    const pw::WordPressImport respelled = pw::importWordPressJson(data("excerpt_tail.json"));
    const pw::Finding *match =
        findingById(respelled.posts.front().findings, "import.category.respelled");
    QVERIFY(match);
    QVERIFY(match->message.contains(QStringLiteral("“Cloud Computing”")));
}

QTEST_GUILESS_MAIN(TstWordPressImport)
#include "tst_wordpress_import.moc"
