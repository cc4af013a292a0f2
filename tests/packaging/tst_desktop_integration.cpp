// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Installs the build into a fresh prefix with `cmake --install --prefix` and checks what a Linux
// desktop reads from there: the .desktop file, the AppStream metainfo, the icons, the MIME type
// of the generator format, the manual page. The validators are the real freedesktop tools.
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString appId = QStringLiteral("io.github.postwright.Postwright");
const QString generatorType = QStringLiteral("application/x-postwright-generator");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, {}, "did not finish: " + program.toUtf8()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first element called `name` that has an attribute `attribute`, or its text if
// `attribute` is empty. Enough for the few single-valued fields checked here.
QString firstOf(const QByteArray &xml, const QString &name, const QString &attribute = {})
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != name)
            continue;
        if (attribute.isEmpty())
            return reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        return reader.attributes().value(attribute).toString();
    }
    return {};
}

} // namespace

class DesktopIntegrationTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_prefix;

    QString installed(const QString &relative) const
    {
        return m_prefix + QLatin1Char('/') + relative;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_prefix = m_root.filePath(QStringLiteral("usr"));
        // The postwright binary sits at the top of the build tree.
        const QString buildDir = QFileInfo(QStringLiteral(PW_BINARY)).absolutePath();
        const QString cmake = tool("cmake");
        QVERIFY2(!cmake.isEmpty(), "cmake is not on PATH");
        const Run install = run(
            cmake, {QStringLiteral("--install"), buildDir, QStringLiteral("--prefix"), m_prefix});
        QVERIFY2(install.exitCode == 0, install.err.constData());

        // On a Debian system a dpkg trigger runs update-mime-database over /usr/share/mime, so
        // our type and the freedesktop.org types (text/plain, text/markdown) land in one
        // database. Build the same here. (Qt 6.4 reads separate databases per directory and
        // then lets our *.txt glob beat text/plain's: that is the caveat of --prefix installs.)
        const QString updateMime = tool("update-mime-database");
        QVERIFY2(!updateMime.isEmpty(), "update-mime-database (shared-mime-info) is missing");
        const QString packages = installed(QStringLiteral("share/mime/packages/"));
        QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                            packages + QStringLiteral("freedesktop.org.xml")));
        const Run mime = run(updateMime, {installed(QStringLiteral("share/mime"))});
        QVERIFY2(mime.exitCode == 0, mime.err.constData());
        // update-mime-database reports XML it does not understand on stderr, yet exits 0.
        QVERIFY2(!mime.err.contains("Unknown") && !mime.err.contains("rror"), mime.err.constData());

        // Read before any QMimeDatabase exists.
        qputenv("XDG_DATA_HOME", m_root.filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_DATA_DIRS", installed(QStringLiteral("share")).toUtf8());
    }

    void installsTheFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("binary") << QStringLiteral("bin/postwright");
        QTest::newRow("desktop") << QStringLiteral("share/applications/%1.desktop").arg(appId);
        QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId);
        QTest::newRow("mime") << QStringLiteral("share/mime/packages/%1.xml").arg(appId);
        QTest::newRow("svg icon")
            << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId);
        QTest::newRow("man page") << QStringLiteral("share/man/man1/postwright.1.gz");
        QTest::newRow("copyright") << QStringLiteral("share/doc/postwright/copyright");
        QTest::newRow("changelog") << QStringLiteral("share/doc/postwright/changelog.gz");
    }

    void installsTheFiles()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(installed(path)).isFile(), qPrintable(path));
        QVERIFY(QFileInfo(installed(path)).size() > 0);
    }

    void pngIconsHaveTheirSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%d px", size) << size;
    }

    void pngIconsHaveTheirSize()
    {
        QFETCH(int, size);
        const QString path =
            installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(size, size));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        // The page is drawn on a transparent square: corners clear, middle opaque.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }

    void desktopFileValidates()
    {
        const QString validator = tool("desktop-file-validate");
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate (desktop-file-utils) is missing");
        const Run result =
            run(validator, {installed(QStringLiteral("share/applications/%1.desktop").arg(appId))});
        // It prints nothing at all for a clean file, not even hints.
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out + result.err, QByteArray());
    }

    void desktopFileNamesWhatIsInstalled()
    {
        const QByteArray desktop =
            readAll(installed(QStringLiteral("share/applications/%1.desktop").arg(appId)));
        const QList<QByteArray> lines = desktop.split('\n');
        QVERIFY(lines.contains("Exec=postwright %F"));
        QVERIFY(lines.contains("Icon=" + appId.toUtf8()));
        QVERIFY(lines.contains(
            "MimeType=text/markdown;text/x-markdown;application/x-postwright-generator;"));
        QVERIFY(QFileInfo(installed(QStringLiteral("bin/postwright"))).isExecutable());
    }

    void metainfoValidates()
    {
        const QString appstream = tool("appstreamcli");
        QVERIFY2(!appstream.isEmpty(), "appstreamcli (appstream) is missing");
        const Run result = run(
            appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                        installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId))});
        // Exit 0 means no errors and no warnings; infos and pedantic notes are allowed.
        QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
        QVERIFY2(result.out.contains("Validation was successful"), result.out.constData());
    }

    void metainfoDescribesThisRelease()
    {
        const QByteArray xml =
            readAll(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId)));
        QCOMPARE(firstOf(xml, QStringLiteral("id")), appId);
        QCOMPARE(firstOf(xml, QStringLiteral("launchable")), appId + QStringLiteral(".desktop"));
        QCOMPARE(firstOf(xml, QStringLiteral("binary")), QStringLiteral("postwright"));
        QCOMPARE(firstOf(xml, QStringLiteral("content_rating"), QStringLiteral("type")),
                 QStringLiteral("oars-1.1"));
        QVERIFY(firstOf(xml, QStringLiteral("image")).startsWith(QStringLiteral("https://")));
        QVERIFY(!firstOf(xml, QStringLiteral("developer_name")).isEmpty());
        // The newest release (listed first) is the version the installed binary reports.
        const Run version =
            run(installed(QStringLiteral("bin/postwright")), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        const QString release = firstOf(xml, QStringLiteral("release"), QStringLiteral("version"));
        QCOMPARE(QString::fromUtf8(version.out.trimmed()), QStringLiteral("postwright ") + release);
        QVERIFY(firstOf(xml, QStringLiteral("release")).contains(QStringLiteral("first release")));
    }

    void mimeTypeFollowsTheContent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray post =
            "TITLE: Ten Tips\nMETA_DESCRIPTION: Tips.\nTAGS: a\nCATEGORIES: News\n\n"
            "Body text.\n\n-EndOFText-\n";
        QTest::newRow("post .txt") << QStringLiteral("post.txt") << post << generatorType;
        QTest::newRow("post, BOM")
            << QStringLiteral("bom.txt") << QByteArray("\xEF\xBB\xBF" + post) << generatorType;
        QTest::newRow("post, CRLF") << QStringLiteral("crlf.txt")
                                    << QByteArray(post).replace("\n", "\r\n") << generatorType;
        QTest::newRow("post, no name") << QStringLiteral("post") << post << generatorType;
        QTest::newRow("bold title") << QStringLiteral("bold.txt")
                                    << QByteArray("**TITLE:** Ten Tips\nBody\n") << generatorType;
        QTest::newRow("transcript")
            << QStringLiteral("chat.txt")
            << QByteArray("Here is your post:\n\nTITLE: Ten Tips\n\nBody.\n\n-EndOFText-\n")
            << generatorType;
        // Not the format: plain notes, a title line without the end marker further down, and
        // a lower-case "Title:" (the magic is exact, like the format's own header).
        QTest::newRow("note") << QStringLiteral("note.txt") << QByteArray("Shopping: milk, eggs\n")
                              << QStringLiteral("text/plain");
        QTest::newRow("title, no marker")
            << QStringLiteral("minutes.txt")
            << QByteArray("Meeting\nTITLE: budget\nNo end marker here.\n")
            << QStringLiteral("text/plain");
        QTest::newRow("marker, no title")
            << QStringLiteral("about.txt") << QByteArray("Our posts end with -EndOFText-\n")
            << QStringLiteral("text/plain");
        QTest::newRow("Markdown") << QStringLiteral("post.md")
                                  << QByteArray("# Ten Tips\n\nBody.\n")
                                  << QStringLiteral("text/markdown");
        QTest::newRow("front matter")
            << QStringLiteral("post.md") << QByteArray("---\ntitle: Ten Tips\n---\n\nBody.\n")
            << QStringLiteral("text/markdown");
    }

    void mimeTypeFollowsTheContent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path).name(), expected);
    }

    void seedTranscriptIsTheGeneratorFormat()
    {
        const QString seed = pw::test::seed("000");
        QVERIFY2(!seed.isEmpty(), "seeds not found in " PW_SEEDS_DIR);
        const QMimeType type = QMimeDatabase().mimeTypeForFile(seed);
        QCOMPARE(type.name(), generatorType);
        // A text type: editors and file managers that know text/plain still open it.
        QVERIFY(type.inherits(QStringLiteral("text/plain")));
        QCOMPARE(type.comment(), QStringLiteral("Blog post in generator text format"));
    }

    void manPageListsTheVerbsAndExitCodes()
    {
        const QString gzip = tool("gzip");
        QVERIFY(!gzip.isEmpty());
        const Run page = run(gzip, {QStringLiteral("-cd"),
                                    installed(QStringLiteral("share/man/man1/postwright.1.gz"))});
        QCOMPARE(page.exitCode, 0);
        QVERIFY(page.out.startsWith(".TH POSTWRIGHT 1"));
        for (const char *text : {"postwright check", "postwright convert", ".SH EXIT STATUS"})
            QVERIFY2(page.out.contains(text), text);
    }

    // Every verb and option the program's --help names is described in the manual page.
    void manPageCoversTheCommandLine()
    {
        const Run help =
            run(installed(QStringLiteral("bin/postwright")), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString usage = QString::fromUtf8(help.out);
        const Run page =
            run(tool("gzip"), {QStringLiteral("-cd"),
                               installed(QStringLiteral("share/man/man1/postwright.1.gz"))});
        // roff writes a literal hyphen-minus as "\-", and "\%" only stops hyphenation.
        const QString manual = QString::fromUtf8(page.out)
                                   .remove(QStringLiteral("\\%"))
                                   .replace(QStringLiteral("\\-"), QStringLiteral("-"));
        QStringList named;
        static const QRegularExpression word(
            QStringLiteral(R"((postwright [a-z]+|--[a-z][a-z-]*))"));
        for (auto it = word.globalMatch(usage); it.hasNext();)
            named.append(it.next().captured(1));
        named.removeDuplicates();
        QVERIFY(named.contains(QStringLiteral("postwright check")));
        QVERIFY(named.contains(QStringLiteral("--to")));
        for (const QString &text : std::as_const(named)) {
            const QString inManual =
                text.startsWith(QLatin1String("postwright ")) ? text.mid(11) : text;
            QVERIFY2(manual.contains(inManual),
                     qPrintable(text + QStringLiteral(" is not in packaging/postwright.1")));
        }
    }
};

QTEST_GUILESS_MAIN(DesktopIntegrationTest)
#include "tst_desktop_integration.moc"
