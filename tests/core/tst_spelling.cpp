// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/analysis.h"
#include "core/spelling/dictionary_finder.h"
#include "core/spelling/personal_dictionary.h"
#include "core/spelling/post_language.h"
#include "core/spelling/spell_checker.h"
#include "core/spelling/spelling_findings.h"
#include "core/spelling/word_tokenizer.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;

namespace {

QList<TextRange> proseOf(const QString &body)
{
    Post post;
    post.body = body;
    return analyzePost(post, {}, 1)->proseRanges;
}

QStringList wordsOf(const QList<Misspelling> &misspellings)
{
    QStringList words;
    for (const Misspelling &m : misspellings)
        words.append(m.word);
    return words;
}

} // namespace

class TestSpelling : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SpellChecker> make(const QString &language, const QStringList &personal = {},
                                       bool skipAllCaps = true)
    {
        SpellCheckerOptions options;
        options.language = language;
        options.personalWords = personal;
        options.tokenizer.skipAllCaps = skipAllCaps;
        QString error;
        auto checker = SpellChecker::create(options, &error);
        if (!checker)
            qWarning("%s", qPrintable(error));
        return checker;
    }

    QStringList flaggedInBody(const QString &body,
                              const QString &language = QStringLiteral("en_US"))
    {
        auto checker = make(language);
        if (!checker)
            return {QStringLiteral("<no dictionary>")};
        return wordsOf(checker->check(body, proseOf(body)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto all = installedDictionaries(defaultDictionaryFolders());
        QStringList languages;
        for (const auto &files : all)
            languages.append(files.language);
        if (!languages.contains(QStringLiteral("en_US")) ||
            !languages.contains(QStringLiteral("de_DE")))
            QFAIL("en_US and de_DE dictionaries are needed (packaging/install-deps.sh)");
    }

    void suggestionsForTypos_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seperated") << "seperated"
                                   << "separated";
        QTest::newRow("descriptiom") << "descriptiom"
                                     << "description";
    }
    void suggestionsForTypos()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        const QString body = QStringLiteral("The parts are %1 here.").arg(word);
        auto checker = make(QStringLiteral("en_US"));
        QVERIFY(checker);
        const auto found = checker->check(body, proseOf(body), true);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].word, word);
        QCOMPARE(found[0].range.start, 14);
        QCOMPARE(found[0].range.length, word.size());
        QVERIFY2(found[0].suggestions.contains(expected),
                 qPrintable(found[0].suggestions.join(',')));
        QVERIFY(found[0].suggestions.size() <= 5);
        // Without suggestions the check is cheap and leaves them out.
        QVERIFY(checker->check(body, proseOf(body))[0].suggestions.isEmpty());
    }

    void notProseIsNotChecked_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("flagged");
        const QStringList none;
        QTest::newRow("inline code") << "Run `seperated --descriptiom` now." << none;
        QTest::newRow("fenced code") << "Text here.\n\n```\nseperated descriptiom\n```\n" << none;
        QTest::newRow("indented code") << "Text here.\n\n    seperated descriptiom\n" << none;
        QTest::newRow("bare url") << "See https://example.com/seperated/descriptiom today." << none;
        QTest::newRow("www url") << "See www.seperated.com/descriptiom today." << none;
        QTest::newRow("angle autolink") << "See <https://seperated.example/descriptiom>." << none;
        QTest::newRow("email") << "Mail seperated@descriptiom.org today." << none;
        QTest::newRow("link target")
            << "A [good link](https://x.org/seperated \"descriptiom\") here." << none;
        QTest::newRow("reference definition")
            << "A [good link][seperated] here.\n\n[seperated]: https://x.org/descriptiom\n"
            << none;
        QTest::newRow("image source") << "An ![image](img/seperated-descriptiom.png) here." << none;
        QTest::newRow("html attribute")
            << "A <span title=\"seperated\" class=\"descriptiom\">fine</span> word." << none;
        QTest::newRow("html block")
            << "<div class=\"seperated\">\n<p data-x=\"descriptiom\"></p>\n</div>\n"
            << none;
        QTest::newRow("entity") << "Caf&eacute; and AT&amp;T are fine." << none;
        QTest::newRow("prose still checked")
            << "The `code` is seperated from the [descriptiom](https://x.org)."
            << QStringList{"seperated", "descriptiom"};
        QTest::newRow("image alt text is read")
            << "An ![seperated chart](a.png)." << QStringList{"seperated"};
    }
    void notProseIsNotChecked()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, flagged);
        QCOMPARE(flaggedInBody(body), flagged);
    }

    void words_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("flagged");
        const QStringList none;
        QTest::newRow("ascii apostrophe") << "We'll see, it's fine and you're right." << none;
        QTest::newRow("typographic apostrophe") << "We’ll see, it’s fine and you’re right." << none;
        QTest::newRow("apostrophe typo") << "We’lll see." << QStringList{"We’lll"};
        QTest::newRow("possessive") << "The writer's desk and the writer’s pen." << none;
        QTest::newRow("plural possessive") << "The writers’ desks." << none;
        QTest::newRow("hyphenated") << "A state-of-the-art, well-known tool." << none;
        QTest::newRow("hyphen part wrong") << "A well-knwon tool." << QStringList{"knwon"};
        QTest::newRow("digits") << "Use mp3 files, 2nd place, 1080p and 42 things, x86-64." << none;
        QTest::newRow("all caps") << "The SEO and HTMLX checks, SEO-friendly APIs too." << none;
        QTest::newRow("camel case names") << "Both WordPress and iPhone users." << none;
        QTest::newRow("snake and dotted") << "Edit my_confg or example.com or e.g. this." << none;
        QTest::newRow("heading and list") << "# A seperated heading\n\n- a descriptiom item\n"
                                          << QStringList{"seperated", "descriptiom"};
    }
    void words()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, flagged);
        QCOMPARE(flaggedInBody(body), flagged);
    }

    void allCapsIsAnOption()
    {
        auto checker = make(QStringLiteral("en_US"), {}, false);
        QVERIFY(checker);
        QCOMPARE(wordsOf(checker->checkText(QStringLiteral("The HTMLX check."))),
                 QStringList{"HTMLX"});
    }

    void tokenizerRanges()
    {
        const QString text = QStringLiteral("Hello we’ll well-known x");
        const auto tokens = tokenizeWords(text, {{0, text.size()}});
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens[1].word, QStringLiteral("we'll"));
        QCOMPARE(tokens[1].start, 6);
        QCOMPARE(tokens[1].length, 5);
        QCOMPARE(tokens[2].word, QStringLiteral("well-known"));
        QCOMPARE(tokens[2].parts, (QList<WordPart>{{12, 4}, {17, 5}}));
    }

    void personalDictionarySurvivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/personal.txt"));
        {
            PersonalDictionary personal(path);
            QVERIFY(personal.load());
            QVERIFY(personal.words().isEmpty());
            QString error;
            QVERIFY2(personal.add(QStringLiteral("Postwright"), &error), qPrintable(error));
            QVERIFY(personal.add(QStringLiteral("frobnicaté")));
            QVERIFY(personal.add(QStringLiteral("Postwright"))); // once only
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("Postwright\nfrobnicaté\n"));

        // A "restart": a new dictionary object and a new checker read the file.
        PersonalDictionary reloaded(path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.words(), (QStringList{"Postwright", "frobnicaté"}));
        auto before = make(QStringLiteral("en_US"));
        const QString text = QStringLiteral("Postwright can frobnicaté.");
        QCOMPARE(wordsOf(before->checkText(text)), (QStringList{"Postwright", "frobnicaté"}));
        auto after = make(QStringLiteral("en_US"), reloaded.words());
        QCOMPARE(wordsOf(after->checkText(text)), QStringList{});
        QCOMPARE(wordsOf(after->checkText(QStringLiteral("Frobnicaté, Postwright’s editor."))),
                 QStringList{});
        // Like a proper noun, a word added with a capital keeps it.
        QCOMPARE(wordsOf(after->checkText(QStringLiteral("postwright"))),
                 QStringList{"postwright"});
    }

    void personalDictionaryKeepsOtherWriters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("personal.txt"));
        PersonalDictionary gui(path);
        QVERIFY(gui.load());
        PersonalDictionary cli(path);
        QVERIFY(cli.load());
        QVERIFY(cli.add(QStringLiteral("Alpha")));
        QVERIFY(gui.add(QStringLiteral("Beta")));
        PersonalDictionary check(path);
        QVERIFY(check.load());
        QCOMPARE(check.words(), (QStringList{"Alpha", "Beta"}));
    }

    void ignoreList()
    {
        auto checker = make(QStringLiteral("en_US"));
        const QString text = QStringLiteral("Frobz and frobz.");
        QCOMPARE(wordsOf(checker->checkText(text, false, {QStringLiteral("Frobz")})),
                 QStringList{"frobz"});
        checker->addWord(QStringLiteral("frobz"));
        QCOMPARE(wordsOf(checker->checkText(text)), QStringList{});
    }

    void languageSwitch()
    {
        const QString body = QStringLiteral("Die Straße ist schön.");
        auto german = make(QStringLiteral("de_DE"));
        QVERIFY(german);
        QCOMPARE(german->language(), QStringLiteral("de_DE"));
        QCOMPARE(wordsOf(german->check(body, proseOf(body))), QStringList{});
        auto english = make(QStringLiteral("en_US"));
        QCOMPARE(wordsOf(english->check(body, proseOf(body))),
                 (QStringList{"Straße", "ist", "schön"})); // "die" is English too
        // Language names as people and front matter write them.
        QCOMPARE(make(QStringLiteral("de-DE"))->language(), QStringLiteral("de_DE"));
        QCOMPARE(make(QStringLiteral("de"))->language(), QStringLiteral("de_DE"));
        QCOMPARE(make(QStringLiteral("en"))->language(), QStringLiteral("en_US"));
    }

    void missingDictionary()
    {
        SpellCheckerOptions options;
        options.language = QStringLiteral("xx_YY");
        QString error;
        QVERIFY(!SpellChecker::create(options, &error));
        QVERIFY2(error.contains(QStringLiteral("hunspell-xx")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("xx_YY")));

        options.language = QStringLiteral("fr_FR");
        QTemporaryDir empty;
        options.dictionaryFolders = {empty.path()};
        QVERIFY(!SpellChecker::create(options, &error));
        QVERIFY2(error.contains(QStringLiteral("hunspell-fr")), qPrintable(error));
        options.language = QStringLiteral("de_AT");
        QVERIFY(!SpellChecker::create(options, &error));
        QVERIFY2(error.contains(QStringLiteral("hunspell-de-at")), qPrintable(error));

        // A dictionary whose files are unreadable garbage: an error, not a crash.
        QVERIFY(QDir(empty.path()).mkpath(QStringLiteral(".")));
        QFile aff(empty.filePath(QStringLiteral("zz_ZZ.aff")));
        QVERIFY(aff.open(QIODevice::WriteOnly));
        aff.write("SET NO-SUCH-CHARSET\n");
        aff.close();
        QFile dic(empty.filePath(QStringLiteral("zz_ZZ.dic")));
        QVERIFY(dic.open(QIODevice::WriteOnly));
        dic.write("1\nword\n");
        dic.close();
        options.language = QStringLiteral("zz_ZZ");
        QVERIFY(!SpellChecker::create(options, &error));
        QVERIFY2(error.contains(QStringLiteral("NO-SUCH-CHARSET")), qPrintable(error));
    }

    void legacyEncodedDictionary()
    {
        // An ISO-8859-1 dictionary, as older myspell ones are.
        QTemporaryDir dir;
        QFile aff(dir.filePath(QStringLiteral("xx_XX.aff")));
        QVERIFY(aff.open(QIODevice::WriteOnly));
        aff.write("SET ISO8859-1\nTRY aeéiou\n");
        aff.close();
        QFile dic(dir.filePath(QStringLiteral("xx_XX.dic")));
        QVERIFY(dic.open(QIODevice::WriteOnly));
        dic.write("2\ncaf\xe9\nmot\n");
        dic.close();
        SpellCheckerOptions options;
        options.language = QStringLiteral("xx_XX");
        options.dictionaryFolders = {dir.path()};
        QString error;
        auto checker = SpellChecker::create(options, &error);
        QVERIFY2(checker, qPrintable(error));
        QVERIFY(checker->isCorrect(QStringLiteral("café")));
        QVERIFY(!checker->isCorrect(QStringLiteral("cafe")));
        QCOMPARE(checker->suggestions(QStringLiteral("cafe")).value(0), QStringLiteral("café"));
        QVERIFY(!checker->isCorrect(QStringLiteral("日本"))); // not in its charset: unknown
    }

    void postLanguageInFrontMatter()
    {
        Post post;
        post.extras = {{"date", "2024-01-01"}, {"lang", "\"de-DE\""}};
        QCOMPARE(postLanguage(post), QStringLiteral("de_DE"));
        setPostLanguage(post, QStringLiteral("en_US"));
        QCOMPARE(post.extras, (QList<ExtraField>{{"date", "2024-01-01"}, {"lang", "en_US"}}));
        setPostLanguage(post, {});
        QCOMPARE(post.extras, (QList<ExtraField>{{"date", "2024-01-01"}}));
        QCOMPARE(postLanguage(post), QString());
        setPostLanguage(post, QStringLiteral("de_DE"));
        QCOMPARE(postLanguage(post), QStringLiteral("de_DE"));
    }

    void findingsForEveryField()
    {
        Post post;
        post.title = QStringLiteral("A seperated title");
        post.metaDescription = QStringLiteral("The descriptiom of it.");
        post.tags = {QStringLiteral("python"), QStringLiteral("seperated tag")};
        post.body = QStringLiteral("Body with `seperated` code and a descriptiom.");
        auto checker = make(QStringLiteral("en_US"));
        const auto findings = spellingFindings(post, proseOf(post.body), *checker);
        QCOMPARE(findings.size(), 4);
        QCOMPARE(findings[0].field, Field::Title);
        QCOMPARE(findings[0].range, (TextRange{2, 9}));
        QCOMPARE(findings[1].field, Field::MetaDescription);
        QCOMPARE(findings[1].range, (TextRange{4, 11}));
        QCOMPARE(findings[2].field, Field::Tags);
        QCOMPARE(findings[2].range, (TextRange{8, 9})); // "python, seperated tag"
        QCOMPARE(findings[3].field, Field::Body);
        QCOMPARE(findings[3].range, (TextRange{33, 11}));
        for (const Finding &f : findings) {
            QCOMPARE(f.id, QStringLiteral("spelling.misspelled"));
            QCOMPARE(f.severity, Severity::Info);
            QVERIFY(!f.suggestions.isEmpty());
            QCOMPARE(f.suggestion, f.suggestions.first());
        }
        QVERIFY(findings[3].suggestions.contains(QStringLiteral("description")));
        // `check --suggest`'s default is with suggestions; without, none are computed.
        QVERIFY(spellingFindings(post, proseOf(post.body), *checker, {}, false)[3]
                    .suggestions.isEmpty());
    }

    // hunspell takes tens of milliseconds per suggestion list: each word's is computed once,
    // and again only after addWord() (the new word may be the better suggestion).
    void suggestionsAreComputedOncePerWord()
    {
        auto checker = make(QStringLiteral("en_US"));
        QVERIFY(checker);
        const QStringList first = checker->suggestions(QStringLiteral("seperated"));
        QVERIFY(first.contains(QStringLiteral("separated")));
        QCOMPARE(checker->suggestions(QStringLiteral("seperated")), first);
        QCOMPARE(checker->suggestionsComputed(), 1);
        // One list for both apostrophes (one dictionary form), each given back in its own.
        const QStringList curly = checker->suggestions(QStringLiteral("they\u2019lll"));
        const QStringList straight = checker->suggestions(QStringLiteral("they'lll"));
        QCOMPARE(checker->suggestionsComputed(), 2);
        QVERIFY(straight.contains(QStringLiteral("they'll")));
        QVERIFY(curly.contains(QStringLiteral("they\u2019ll")));
        QCOMPARE(curly.size(), straight.size());
        QCOMPARE(checker->suggestions(QStringLiteral("seperated"), 2), first.mid(0, 2));
        QCOMPARE(checker->suggestionsComputed(), 3); // another maximum, another list
        checker->addWord(QStringLiteral("seperatedly"));
        QCOMPARE(checker->suggestions(QStringLiteral("seperated")).size(), first.size());
        QCOMPARE(checker->suggestionsComputed(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
