// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Messages must reach translators under the context the code looks them up in, and those
// with a count as plurals (numerus forms): lupdate only sees a direct
// QCoreApplication::translate(context, "...", nullptr, n) or Class::tr() call, not a helper
// function that takes the text as a parameter. Runs the real lupdate over the sources that
// had such helpers and reads what it extracted.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "ts_file.h"

class TestPluralStrings : public QObject {
    Q_OBJECT
private slots:
    void countedMessagesArePlurals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QStringList>("plurals");
        QTest::newRow("decoder")
            << "app/core/text/decoder.cpp"
            << "pw::Decoder"
            << QStringList{"%n invalid byte sequence(s) replaced by U+FFFD; the first is at "
                           "byte %1 (line %2).",
                           "Repaired %n character sequence(s) of UTF-8 that had been read as %1."};
        QTest::newRow("WordPress import")
            << "app/core/import/wordpress_import.cpp"
            << "pw::WordPressImport"
            << QStringList{"WordPress category id(s) %1 could not be turned into names (the "
                           "export has no embedded terms); assign the categories by hand.",
                           "WordPress tag id(s) %1 could not be turned into names (the export "
                           "has no embedded terms); add the tags by hand.",
                           "%n mis-decoded character sequence(s) repaired (UTF-8 that had been "
                           "read as %1)."};
    }
    void countedMessagesArePlurals()
    {
        QFETCH(QString, file);
        QFETCH(QString, context);
        QFETCH(QStringList, plurals);
        const QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate (qt6-l10n-tools) is not installed");
        const QString source =
            QDir(QStringLiteral(PW_TEST_DATA_DIR "/../..")).absoluteFilePath(file);
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("out.ts"));
        QProcess process;
        process.start(lupdate, {QStringLiteral("-silent"), source, QStringLiteral("-ts"), ts});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QList<pw::test::TsMessage> messages = pw::test::readTsFile(ts);
        QVERIFY(!messages.isEmpty());
        for (const QString &plural : plurals) {
            const auto found =
                std::find_if(messages.begin(), messages.end(),
                             [&](const pw::test::TsMessage &m) { return m.source == plural; });
            QVERIFY2(found != messages.end(),
                     qPrintable(QStringLiteral("not extracted: ") + plural));
            QCOMPARE(found->context, context);
            QVERIFY2(found->numerus, qPrintable(QStringLiteral("not a plural: ") + plural));
        }
        // Every message that counts something is a plural, and every message is filed under
        // the context the code looks it up in (a tr() helper function filed them under "pw").
        for (const pw::test::TsMessage &m : messages) {
            if (m.source.contains(QLatin1String("%n")))
                QVERIFY2(m.numerus, qPrintable(m.source));
            QVERIFY2(m.context == context, qPrintable(m.context + QLatin1String(": ") + m.source));
        }
    }
};

QTEST_GUILESS_MAIN(TestPluralStrings)

#include "tst_plural_strings.moc"
