// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_json_format.h"
#include "test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pw;

Q_DECLARE_METATYPE(pw::Post)

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString fixture(const QString &name)
{
    return readUtf8(QStringLiteral(PW_TEST_DATA_DIR "/formats/") + name);
}

Post samplePost()
{
    Post p;
    p.title = QStringLiteral("Ten Tips");
    p.metaDescription = QStringLiteral("A description.");
    p.slug = QStringLiteral("ten-tips");
    p.tags = {QStringLiteral("Flask"), QStringLiteral("Python")};
    p.categories = {QStringLiteral("Tutorials")};
    p.body = QStringLiteral("## Heading\n\nText.");
    return p;
}

} // namespace

class TestPostJsonFormat : public QObject {
    Q_OBJECT

private slots:
    void readsFixture();
    void canonicalForm();
    void extraOnlyWhenThereAreExtras();
    void slugIsTheEffectiveSlug();
    void malformed_data();
    void malformed();
    void extraValuesThatAreNotStrings();
    void extrasAreTypedInJson();
    void looksLikePostJson_data();
    void looksLikePostJson();
    void roundTrip_data();
    void roundTrip();
};

void TestPostJsonFormat::readsFixture()
{
    const PostJsonReadResult r = readPostJson(fixture(QStringLiteral("post.json")));
    QVERIFY2(r.post, qPrintable(r.error));
    const Post &p = *r.post;
    QCOMPARE(p.title, QStringLiteral("Flask Routing Basics"));
    QCOMPARE(p.metaDescription, QStringLiteral("Routes map URLs to functions."));
    QCOMPARE(p.slug, QStringLiteral("flask-routing"));
    QCOMPARE(p.tags, QStringList({"Flask", "Routing"}));
    QCOMPARE(p.categories, QStringList({"Tutorials", "Programming and Coding"}));
    QCOMPARE(p.topic, QStringLiteral("flask routes"));
    QCOMPARE(p.body, QStringLiteral("## Routes\n\nUse `@app.route`."));
    // File order, not alphabetical order.
    const QList<ExtraField> extras = {{"zeta", "last-alphabetically-first-in-file"},
                                      {"date", "2024-03-01"},
                                      {"author", "name: Ana\nrole: editor"}};
    // Postwright wrote extras as YAML text before they were typed: such a file still reads.
    QCOMPARE(p.extras, extras);
}

void TestPostJsonFormat::canonicalForm()
{
    QCOMPARE(QString::fromUtf8(writePostJson(samplePost())),
             QStringLiteral("{\n"
                            "    \"title\": \"Ten Tips\",\n"
                            "    \"meta_description\": \"A description.\",\n"
                            "    \"slug\": \"ten-tips\",\n"
                            "    \"tags\": [\"Flask\", \"Python\"],\n"
                            "    \"categories\": [\"Tutorials\"],\n"
                            "    \"topic\": \"\",\n"
                            "    \"body\": \"## Heading\\n\\nText.\"\n"
                            "}\n"));
}

void TestPostJsonFormat::extraOnlyWhenThereAreExtras()
{
    Post p = samplePost();
    p.tags.clear();
    p.extras = {{"zeta", "1"}, {"date", "2024-03-01"}};
    QCOMPARE(QString::fromUtf8(writePostJson(p)),
             QStringLiteral("{\n"
                            "    \"title\": \"Ten Tips\",\n"
                            "    \"meta_description\": \"A description.\",\n"
                            "    \"slug\": \"ten-tips\",\n"
                            "    \"tags\": [],\n"
                            "    \"categories\": [\"Tutorials\"],\n"
                            "    \"topic\": \"\",\n"
                            "    \"body\": \"## Heading\\n\\nText.\",\n"
                            "    \"extra\": {\n"
                            "        \"zeta\": 1,\n"
                            "        \"date\": \"2024-03-01\"\n"
                            "    }\n"
                            "}\n"));
}

void TestPostJsonFormat::slugIsTheEffectiveSlug()
{
    Post p = samplePost();
    p.slug.clear();
    p.title = QStringLiteral("Crème Brûlée: 10 Tips!");
    const QJsonObject o = QJsonDocument::fromJson(writePostJson(p)).object();
    QCOMPARE(o.value(QLatin1String("slug")).toString(), QStringLiteral("creme-brulee-10-tips"));
    const PostJsonReadResult r = readPostJson(QString::fromUtf8(writePostJson(p)));
    QVERIFY(r.post);
    QCOMPARE(r.post->slug, QStringLiteral("creme-brulee-10-tips"));
}

void TestPostJsonFormat::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // Line 3 is `    "tags": ["a", "b",],`: the stray `]` is its 23rd character, and Qt
    // reports the offset just past it.
    QTest::newRow("trailing comma")
        << fixture(QStringLiteral("malformed.json")) << "line 3, column 24";
    QTest::newRow("not a post") << fixture(QStringLiteral("not_post.json")) << "no post found";
    QTest::newRow("empty object") << "{}"
                                  << "no post found";
    QTest::newRow("wrong type") << fixture(QStringLiteral("wrong_type.json")) << "“title”";
    QTest::newRow("tags of numbers") << "{\"title\": \"t\", \"tags\": [1]}"
                                     << "“tags”";
    QTest::newRow("extra not an object") << "{\"title\": \"t\", \"extra\": 1}"
                                         << "“extra”";
    QTest::newRow("array") << "[{\"title\": \"t\"}]"
                           << "not an object";
    QTest::newRow("empty") << ""
                           << "line 1, column 1";
}

void TestPostJsonFormat::malformed()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const PostJsonReadResult r = readPostJson(text);
    QVERIFY(!r.post);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
}

void TestPostJsonFormat::extraValuesThatAreNotStrings()
{
    const PostJsonReadResult r = readPostJson(QStringLiteral(
        R"({"title": "t", "extra": {"n": 5, "o": {"a": 1}, "l": [1, 2], "b": true, "z": null}})"));
    QVERIFY2(r.post, qPrintable(r.error));
    const QList<ExtraField> expected = {
        {"n", "5"}, {"o", "{\"a\":1}"}, {"l", "[1,2]"}, {"b", "true"}, {"z", ""}};
    QCOMPARE(r.post->extras, expected);
}

// Keys Postwright does not know carry JSON types, not YAML text: a consumer needs no YAML
// parser. Quoted YAML stays a string, whatever it reads like.
void TestPostJsonFormat::extrasAreTypedInJson()
{
    Post p;
    p.title = QStringLiteral("t");
    p.extras = {{"draft", "false"},
                {"date", "'2016-03-08'"},
                {"published", "2016-03-08T10:00:00Z"},
                {"weight", "3"},
                {"ratio", "1.5"},
                {"big", "12345678901234567890"},
                {"quoted", "'false'"},
                {"aliases", "[/old/, /older/]"},
                {"author", "{name: Jane, url: 'https://j.example'}"},
                {"nothing", ""},
                {"text", "|\n  two\n  lines"}};
    const QByteArray json = writePostJson(p);
    const qsizetype at = json.indexOf("\"extra\"");
    QVERIFY(at > 0);
    QCOMPARE(QString::fromUtf8(json.mid(at)),
             QStringLiteral("\"extra\": {\n"
                            "        \"draft\": false,\n"
                            "        \"date\": \"2016-03-08\",\n"
                            "        \"published\": \"2016-03-08T10:00:00Z\",\n"
                            "        \"weight\": 3,\n"
                            "        \"ratio\": 1.5,\n"
                            "        \"big\": \"12345678901234567890\",\n"
                            "        \"quoted\": \"false\",\n"
                            "        \"aliases\": [\"/old/\", \"/older/\"],\n"
                            "        \"author\": {\"name\": \"Jane\", \"url\": \"https://j.example\"},\n"
                            "        \"nothing\": null,\n"
                            "        \"text\": \"two\\nlines\"\n"
                            "    }\n"
                            "}\n"));

    // Read back: the string "false" must not become the boolean, nor "3" a string.
    const PostJsonReadResult r = readPostJson(QString::fromUtf8(json));
    QVERIFY2(r.post, qPrintable(r.error));
    const auto yamlOf = [&](const char *key) {
        for (const ExtraField &extra : r.post->extras)
            if (extra.key == QLatin1String(key))
                return extra.yaml;
        return QStringLiteral("<missing>");
    };
    QCOMPARE(yamlOf("draft"), QStringLiteral("false"));
    QCOMPARE(yamlOf("quoted"), QStringLiteral("\"false\""));
    QCOMPARE(yamlOf("weight"), QStringLiteral("3"));
    QCOMPARE(yamlOf("date"), QStringLiteral("2016-03-08"));
    // Too long for a JSON number without loss, so a string in JSON; plain YAML again here.
    QCOMPARE(yamlOf("big"), QStringLiteral("12345678901234567890"));
    QCOMPARE(yamlOf("text"), QStringLiteral("\"two\\nlines\""));
}

void TestPostJsonFormat::looksLikePostJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    const QString seed003 = pw::test::seedText("003");
    QVERIFY(!seed003.isEmpty()); // an empty text passes its "false" row
    QTest::newRow("fixture") << fixture(QStringLiteral("post.json")) << true;
    QTest::newRow("body only") << "{\"body\": \"x\"}" << true;
    QTest::newRow("other object") << fixture(QStringLiteral("not_post.json")) << false;
    QTest::newRow("wordpress array") << fixture(QStringLiteral("wp_array.json")) << false;
    QTest::newRow("seed 003") << seed003 << false;
    QTest::newRow("markdown") << "# Title" << false;
}

void TestPostJsonFormat::looksLikePostJson()
{
    QFETCH(QString, text);
    QTEST(pw::looksLikePostJson(text), "expected");
}

void TestPostJsonFormat::roundTrip_data()
{
    QTest::addColumn<Post>("post");
    QTest::newRow("sample") << samplePost();
    Post odd = samplePost();
    odd.title = QStringLiteral("\"Quotes\" \\ back\tslash 🙂");
    odd.body = QStringLiteral("\n\nLeading blank lines, control \x01, \"quotes\"\n\n");
    odd.tags = {QStringLiteral("Hello, World")}; // JSON lists hold commas
    odd.topic = QStringLiteral("topic");
    odd.extras = {{"zeta", "1"}, {"alpha", "- a\n- b"}, {"\"odd\" key", "x"}};
    QTest::newRow("odd text and extras") << odd;
    Post noSlug;
    noSlug.body = QStringLiteral("only a body");
    QTest::newRow("no title, no slug") << noSlug;
}

void TestPostJsonFormat::roundTrip()
{
    QFETCH(Post, post);
    const PostJsonReadResult r = readPostJson(QString::fromUtf8(writePostJson(post)));
    QVERIFY2(r.post, qPrintable(r.error));
    Post expected = post;
    expected.slug = effectiveSlug(post);
    // A YAML list travels as a JSON list and comes back as JSON's flow form of it.
    for (ExtraField &extra : expected.extras) {
        if (extra.yaml == QLatin1String("- a\n- b"))
            extra.yaml = QStringLiteral("[\"a\",\"b\"]");
    }
    QCOMPARE(*r.post, expected);
}

QTEST_GUILESS_MAIN(TestPostJsonFormat)
#include "tst_post_json_format.moc"
