// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation ships complete: lupdate runs over today's sources into a copy of
// translations/postwright_de.ts, so a new tr() string nobody translated shows up here as
// "unfinished" instead of as English in the German UI. Each translation must also keep the
// placeholders of its source (a lost %1 drops a file name from a message) and give both
// German plural forms.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "ts_file.h"

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text))
        found.append(m.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestGermanTranslation : public QObject {
    Q_OBJECT
private slots:
    void everySourceStringIsTranslated()
    {
        const QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate (qt6-l10n-tools) is not installed");
        const QDir project(QStringLiteral(PW_TEST_DATA_DIR "/../.."));
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("postwright_de.ts"));
        QVERIFY(QFile::copy(project.filePath(QStringLiteral("translations/postwright_de.ts")), ts));
        QProcess process;
        process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                project.filePath(QStringLiteral("app")), QStringLiteral("-ts"), ts});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);

        const QList<pw::test::TsMessage> messages = pw::test::readTsFile(ts);
        QVERIFY2(messages.size() > 400, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const pw::test::TsMessage &m : messages) {
            const QString where = m.context + QLatin1String(": ") + m.source;
            if (!m.finished) {
                problems << QStringLiteral("untranslated: ") + where;
                continue;
            }
            const bool plural = m.source.contains(QLatin1String("%n"));
            if (plural && m.translations.size() != 2)
                problems << QStringLiteral("needs two plural forms: ") + where;
            for (const QString &translation : m.translations) {
                if (translation.isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (placeholders(translation) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + where +
                                    QLatin1String(" → ") + translation;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestGermanTranslation)

#include "tst_german_translation.moc"
