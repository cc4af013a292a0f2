// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input in tests/data/fuzz-regressions/<harness>/ through the same calls the
// libFuzzer harness of that name makes (tests/fuzz/fuzz_targets.h), in the normal build. Each
// was a crash, a hang or a sanitizer report once; finishing without one is the assertion
// (the asan preset runs this too, where a sanitizer report fails the test).
#include "fuzz/fuzz_targets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>
#include <functional>
#include <map>

using Target = std::function<void(const QByteArray &)>;

namespace {

const std::map<QString, Target> &targets()
{
    static const std::map<QString, Target> map{
        {QStringLiteral("fuzz_generator_reader"), pw::fuzz::generatorReader},
        {QStringLiteral("fuzz_front_matter_reader"), pw::fuzz::frontMatterReader},
        {QStringLiteral("fuzz_wordpress_import"), pw::fuzz::wordpressImport},
        {QStringLiteral("fuzz_html_to_markdown"), pw::fuzz::htmlToMarkdownAndText},
        {QStringLiteral("fuzz_decoder"), pw::fuzz::decoder},
        {QStringLiteral("fuzz_analysis"), pw::fuzz::analysis},
        {QStringLiteral("fuzz_piecewise_parse"), pw::fuzz::piecewiseParse},
    };
    return map;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replays_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(PW_TEST_DATA_DIR "/fuzz-regressions"));
        QVERIFY(root.exists());
        // A folder named after no harness is a typo that would silently replay nothing.
        for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(targets().count(folder), qPrintable(folder));
        int rows = 0;
        for (const auto &[harness, target] : targets()) {
            const QDir dir(root.filePath(harness));
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(harness + QLatin1Char('/') + file))
                    << harness << dir.filePath(file);
                ++rows;
            }
        }
        if (rows == 0) // QtTest wants a row when a _data function exists
            QTest::newRow("none yet") << QString() << QString();
    }
    void replays()
    {
        QFETCH(QString, harness);
        QFETCH(QString, path);
        if (harness.isEmpty())
            QSKIP("no fuzz regression inputs yet");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        targets().at(harness)(file.readAll());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)

#include "tst_fuzz_regressions.moc"
