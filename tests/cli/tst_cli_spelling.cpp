// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliSpelling : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The personal dictionary lives in the data folder: keep the user's out of the test.
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PW_BINARY), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString writePost(const QString &name, const QByteArray &content)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    static QList<QJsonObject> spellingFindings(const QString &json)
    {
        QList<QJsonObject> found;
        const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        for (const QJsonValue &file : root.value(QStringLiteral("files")).toArray()) {
            for (const QJsonValue &finding :
                 file.toObject().value(QStringLiteral("findings")).toArray()) {
                if (finding.toObject()
                        .value(QStringLiteral("id"))
                        .toString()
                        .startsWith(QStringLiteral("spelling.")))
                    found.append(finding.toObject());
            }
        }
        return found;
    }

    // Title, description and body each with one misspelling; code and a link target too.
    const QByteArray m_post = "---\n"
                              "title: A seperated title\n"
                              "description: The descriptiom.\n"
                              "tags: [python]\n"
                              "---\n"
                              "Body text with `seperated` code, a [link](https://x.org/descriptiom)"
                              " and one seperated word.\n";

private slots:
    void jsonFindings()
    {
        const QString path = writePost(QStringLiteral("post.md"), m_post);
        // Suggestions only with --suggest: they cost far more than the check.
        const Run result = run({QStringLiteral("check"), QStringLiteral("--json"),
                                QStringLiteral("--suggest"), path});
        const QList<QJsonObject> found = spellingFindings(result.out);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].value("field").toString(), QStringLiteral("title"));
        QCOMPARE(found[0].value("severity").toString(), QStringLiteral("info"));
        QCOMPARE(found[0].value("id").toString(), QStringLiteral("spelling.misspelled"));
        QCOMPARE(found[0].value("range").toObject().value("start").toInt(), 2);
        QCOMPARE(found[0].value("range").toObject().value("length").toInt(), 9);
        QCOMPARE(found[1].value("field").toString(), QStringLiteral("meta_description"));
        QVERIFY(found[1].value("suggestions").toArray().contains(QStringLiteral("description")));
        QCOMPARE(found[2].value("field").toString(), QStringLiteral("body"));
        // "Body text with `seperated` code, a [link](https://x.org/descriptiom) and one " is
        // 77 characters; the code span and link target before it are not flagged.
        QCOMPARE(found[2].value("range").toObject().value("start").toInt(), 77);
        const QJsonArray suggestions = found[2].value("suggestions").toArray();
        QVERIFY(suggestions.contains(QStringLiteral("separated")));
        QVERIFY(suggestions.size() <= 5);
        QCOMPARE(found[2].value("suggestion").toString(), suggestions.first().toString());
    }

    void textOutputAndNoSpelling()
    {
        const QString path = writePost(QStringLiteral("post2.md"), m_post);
        const Run text = run({QStringLiteral("check"), QStringLiteral("--suggest"), path});
        QVERIFY2(text.out.contains(QStringLiteral(
                     "info: body: Possible misspelling: “seperated” (suggestion: separated) "
                     "[spelling.misspelled]")),
                 qPrintable(text.out));
        const Run off = run({QStringLiteral("check"), QStringLiteral("--no-spelling"), path});
        QVERIFY(!off.out.contains(QStringLiteral("spelling.")));
    }

    void languageOptionAndFrontMatter()
    {
        const QString german = writePost(
            QStringLiteral("de.md"), "---\ntitle: Die Straße\nlang: de-DE\n---\nSie ist schön.\n");
        QCOMPARE(
            spellingFindings(run({QStringLiteral("check"), QStringLiteral("--json"), german}).out)
                .size(),
            0);
        const QList<QJsonObject> english =
            spellingFindings(run({QStringLiteral("check"), QStringLiteral("--json"),
                                  QStringLiteral("--lang"), QStringLiteral("en_US"), german})
                                 .out);
        // Straße (title), then Sie, ist, schön; "Die" is an English word too.
        QCOMPARE(english.size(), 4);
        QCOMPARE(english[0].value("message").toString(),
                 QStringLiteral("Possible misspelling: “Straße”"));

        const Run missing = run({QStringLiteral("check"), QStringLiteral("--json"),
                                 QStringLiteral("--lang"), QStringLiteral("xx_YY"), german});
        // Not a file error (2): the post has metadata errors (1), the dictionary is a note.
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.isEmpty());
        const QList<QJsonObject> notes = spellingFindings(missing.out);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0].value("id").toString(), QStringLiteral("spelling.no_dictionary"));
        QVERIFY(notes[0].value("message").toString().contains(QStringLiteral("hunspell-xx")));
    }

    void personalDictionaryIsHonoured()
    {
        const QString path = writePost(QStringLiteral("p.md"), "Postwright frobnicates well.\n");
        QCOMPARE(
            spellingFindings(run({QStringLiteral("check"), QStringLiteral("--json"), path}).out)
                .size(),
            2);
        // The GUI's file: AppDataLocation is XDG_DATA_HOME/<organisation>/<application>.
        const QString folder = m_home.filePath(QStringLiteral("data/Postwright/postwright"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/personal-dictionary.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Postwright\nfrobnicates\n");
        file.close();
        QCOMPARE(
            spellingFindings(run({QStringLiteral("check"), QStringLiteral("--json"), path}).out)
                .size(),
            0);
    }

    void siteWordListIsHonoured()
    {
        // A team's words in .postwright/words.txt of the site (an ancestor folder).
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("site/.postwright"))));
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("site/posts"))));
        const QString path = writePost(QStringLiteral("site/posts/p.md"),
                                       "Zorblax quuxifies the seperated frobs.\n");
        const auto words = [&] {
            return spellingFindings(
                       run({QStringLiteral("check"), QStringLiteral("--json"), path}).out)
                .size();
        };
        QCOMPARE(words(), 4);
        writePost(QStringLiteral("site/.postwright/words.txt"),
                  "# our names\nZorblax\nquuxifies\nfrobs\n");
        QCOMPARE(words(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliSpelling)
#include "tst_cli_spelling.moc"
