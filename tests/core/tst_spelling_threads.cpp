// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Suggestions computed on several hunspell handles at once (`check --suggest` on every core)
// must be the ones a single handle gives one word after another, and each word's must be
// computed once even when threads ask for it together.
#include "core/spelling/spell_checker.h"

#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace pw;

namespace {

// Typos of several kinds (swapped, doubled, dropped letters), capitalised ones, a possessive,
// both apostrophes, and a typo of a personal word: each comes from a different path through
// hunspell and through the checker.
const QStringList kWords = {
    QStringLiteral("seperated"),   QStringLiteral("recieved"),      QStringLiteral("occured"),
    QStringLiteral("definately"),  QStringLiteral("Teh"),           QStringLiteral("wierd"),
    QStringLiteral("acommodate"),  QStringLiteral("pyton"),         QStringLiteral("enviroment"),
    QStringLiteral("Zorblaxx"),    QStringLiteral("langauge"),      QStringLiteral("publsh"),
    QStringLiteral("performnace"), QStringLiteral("they\u2019lll"), QStringLiteral("they'lll"),
    QStringLiteral("Gooogle's"),   QStringLiteral("manangement"),   QStringLiteral("relevent"),
    QStringLiteral("begining"),    QStringLiteral("Kavorethmil"),   QStringLiteral("tommorow"),
    QStringLiteral("neccessary"),  QStringLiteral("untill"),        QStringLiteral("existance")};

} // namespace

class TestSpellingThreads : public QObject {
    Q_OBJECT

private:
    static std::shared_ptr<SpellChecker> make()
    {
        SpellCheckerOptions options;
        options.language = QStringLiteral("en_US");
        options.personalWords = {QStringLiteral("Zorblax")};
        QString error;
        auto checker = SpellChecker::create(options, &error);
        if (!checker)
            qWarning("%s", qPrintable(error));
        return checker;
    }

    static QStringList distinctForms()
    {
        QSet<QString> forms;
        for (const QString &word : kWords)
            forms.insert(QString(word).replace(QChar(0x2019), QLatin1Char('\'')));
        return QStringList(forms.begin(), forms.end());
    }

private slots:
    void threadsGiveWhatOneHandleGivesInOrder()
    {
        const auto sequential = make();
        const auto parallel = make();
        QVERIFY(sequential && parallel);
        QHash<QString, QStringList> expected;
        for (const QString &word : kWords)
            expected.insert(word, sequential->suggestions(word));
        // The personal word reached the checker's handle; the pool's handles must know it too.
        QVERIFY(expected.value(QStringLiteral("Zorblaxx")).contains(QStringLiteral("Zorblax")));
        QVERIFY(expected.value(QStringLiteral("seperated")).contains(QStringLiteral("separated")));

        parallel->setSuggestionThreads(2);
        // More threads than handles, each going through the words from another place, so the
        // same word is asked for by several threads at once and some wait for a handle.
        constexpr int threads = 4;
        std::vector<QHash<QString, QStringList>> got(threads);
        {
            std::vector<std::jthread> workers;
            for (int t = 0; t < threads; ++t) {
                workers.emplace_back([&, t] {
                    for (qsizetype i = 0; i < kWords.size(); ++i) {
                        const QString &word = kWords[(i + t * 5) % kWords.size()];
                        got[t].insert(word, parallel->suggestions(word));
                    }
                });
            }
        }
        for (int t = 0; t < threads; ++t) {
            for (const QString &word : kWords)
                QCOMPARE(got[t].value(word), expected.value(word));
        }
        // Once per word: "they’lll" and "they'lll" are one dictionary form.
        QCOMPARE(parallel->suggestionsComputed(), qint64(distinctForms().size()));
        QCOMPARE(sequential->suggestionsComputed(), qint64(distinctForms().size()));
    }

    // A word added later reaches the handles that were loaded before: the new word can now be
    // suggested, by whichever handle computes the list.
    void addedWordReachesEveryHandle()
    {
        const auto checker = make();
        QVERIFY(checker);
        checker->setSuggestionThreads(2);
        const QString typo = QStringLiteral("Quorvexx");
        QVERIFY(!checker->suggestions(typo).contains(QStringLiteral("Quorvex")));
        checker->addWord(QStringLiteral("Quorvex"));
        std::vector<QStringList> got(2);
        {
            std::jthread a([&] { got[0] = checker->suggestions(typo); });
            std::jthread b([&] { got[1] = checker->suggestions(QStringLiteral("seperated")); });
        }
        QVERIFY2(got[0].contains(QStringLiteral("Quorvex")), qPrintable(got[0].join(',')));
        QVERIFY(got[1].contains(QStringLiteral("separated")));
    }
};

QTEST_GUILESS_MAIN(TestSpellingThreads)
#include "tst_spelling_threads.moc"
