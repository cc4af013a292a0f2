// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on Hugo and Zola posts with TOML front matter (tests/data/sites).
#include "cli/cli_run.h"

#include <QFile>
#include <QTest>

using namespace pw::test;

namespace {

QString sitePath(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/sites/") + name;
}

} // namespace

class TestCliToml : public QObject {
    Q_OBJECT

private slots:
    // The title, description and taxonomies in the `+++` block are read: no error for a
    // well-formed Hugo post.
    void checkReadsTheFrontMatter()
    {
        const CliRun run =
            runPostwright({QStringLiteral("check"), QStringLiteral("--no-spelling"),
                           sitePath(QStringLiteral("hugo-toml/content/posts/hugo-modules.md"))});
        QVERIFY2(!run.out.contains("title.missing"), run.out.constData());
        QVERIFY2(!run.out.contains("description.missing"), run.out.constData());
        QCOMPARE(run.exitCode, 0);
    }

    // Converting to Markdown front matter leaves a TOML post as it is, never YAML.
    void convertToMarkdownKeepsToml()
    {
        const QString path = sitePath(QStringLiteral("zola/content/blog/shape-of-water.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CliRun run = runPostwright(
            {QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("markdown")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, file.readAll());
    }
};

QTEST_GUILESS_MAIN(TestCliToml)
#include "tst_cli_toml.moc"
