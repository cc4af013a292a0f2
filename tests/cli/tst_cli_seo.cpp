// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postwright check --seo [--keyphrase] [--json]` on seed 000, run as a process.
#include "cli/cli_run.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

using Run = pw::test::CliRun;

Run run(const QStringList &arguments)
{
    return pw::test::runPostwright(arguments);
}

} // namespace

class TestCliSeo : public QObject {
    Q_OBJECT
private slots:
    void jsonHasEveryCheckWithRanges()
    {
        const Run result = run({QStringLiteral("check"), QStringLiteral("--seo"),
                                QStringLiteral("--json"), QStringLiteral("--keyphrase"),
                                QStringLiteral("Django vs Flask"), pw::test::seed("000")});
        QCOMPARE(result.exitCode, 0); // warnings only
        const QJsonObject seo = QJsonDocument::fromJson(result.out)
                                    .object()[QStringLiteral("files")]
                                    .toArray()
                                    .first()
                                    .toObject()[QStringLiteral("seo")]
                                    .toObject();
        QCOMPARE(seo[QStringLiteral("keyphrase")].toString(), QStringLiteral("Django vs Flask"));
        QCOMPARE(seo[QStringLiteral("score")].toInt(), 60); // the Yoast oracle says 60 too
        QCOMPARE(seo[QStringLiteral("readabilityScore")].toInt(), 90);
        QHash<QString, QJsonObject> checks;
        for (const QJsonValue &value : seo[QStringLiteral("checks")].toArray())
            checks.insert(value[QStringLiteral("id")].toString(), value.toObject());
        // 16 SEO checks (9 keyphrase, 7 structure incl. title width) and 7 readability checks.
        QCOMPARE(checks.size(), 23);
        for (const QJsonObject &check : std::as_const(checks)) {
            QVERIFY(check.contains(QStringLiteral("rating")) &&
                    check.contains(QStringLiteral("score")));
            QVERIFY(!check[QStringLiteral("message")].toString().isEmpty());
            QVERIFY(check[QStringLiteral("ranges")].isArray());
        }
        QCOMPARE(checks[QStringLiteral("keyphraseInSEOTitle")][QStringLiteral("rating")].toString(),
                 QStringLiteral("good"));
        QCOMPARE(checks[QStringLiteral("titleWidth")][QStringLiteral("rating")].toString(),
                 QStringLiteral("bad"));
        // The seven H2/H3 headings, none with the keyphrase: the body starts on seed line 24, so
        // "## Django" (seed line 26) is body line 3 and "## Which Framework is Better?" (62) is 39.
        const QJsonArray ranges =
            checks[QStringLiteral("subheadingsKeyword")][QStringLiteral("ranges")].toArray();
        QCOMPARE(ranges.size(), 7);
        QCOMPARE(ranges.first()[QStringLiteral("line")].toInt(), 3);
        QCOMPARE(ranges.last()[QStringLiteral("line")].toInt(), 39);
    }

    void textListsScoresThenChecksWorstFirst()
    {
        const Run result =
            run({QStringLiteral("check"), QStringLiteral("--seo"), pw::test::seed("000")});
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
        const qsizetype scores =
            lines.indexOf(QRegularExpression(QStringLiteral(".*: seo \\d+/100 .*")));
        QVERIFY(scores >= 0);
        // No keyphrase in seed 000: the first check says to set one.
        QVERIFY(lines.at(scores + 1).contains(QStringLiteral(": bad: keyphraseLength: ")));
        QVERIFY(lines.last().contains(QStringLiteral(": good: ")));
    }
};

QTEST_GUILESS_MAIN(TestCliSeo)
#include "tst_cli_seo.moc"
