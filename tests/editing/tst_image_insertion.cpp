// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What inserting an image does besides asking: recognising images, the alt text a file name
// suggests, the path written into the post and the copies made next to it. Real files in a
// temporary folder.
#include "gui/editor/image_insertion.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace pw::gui;

namespace {

QImage sampleImage(QRgb colour)
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImageInsertion : public QObject {
    Q_OBJECT

    // A fresh folder for each test function: copies must not meet files of another test.
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }

    QString png(const QString &relative, QRgb colour = 0xff3366cc)
    {
        const QString file = path(relative);
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!sampleImage(colour).save(file, "png"))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The post's folder: it exists, as the folder of a saved post does.
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("site")));
    }

    void recognisesImagesByContent()
    {
        QVERIFY(images::isImageFile(png(QStringLiteral("photo.png"))));
        QVERIFY(sampleImage(0xff00ff00).save(path(QStringLiteral("photo.jpg")), "jpeg"));
        QVERIFY(images::isImageFile(path(QStringLiteral("photo.jpg"))));
        // A screenshot saved without an extension is still a PNG.
        QVERIFY(QFile::copy(path(QStringLiteral("photo.png")), path(QStringLiteral("no-name"))));
        QVERIFY(images::isImageFile(path(QStringLiteral("no-name"))));
        // GIF magic; SVG is XML text.
        writeFile(path(QStringLiteral("dot.gif")),
                  QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 13));
        QVERIFY(images::isImageFile(path(QStringLiteral("dot.gif"))));
        writeFile(path(QStringLiteral("logo.svg")),
                  "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        QVERIFY(images::isImageFile(path(QStringLiteral("logo.svg"))));
        writeFile(path(QStringLiteral("bare.svg")),
                  "<!-- drawn by hand -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        QVERIFY(images::isImageFile(path(QStringLiteral("bare.svg"))));
    }

    void rejectsWhatIsNotAWebImage()
    {
        // A post named .png is text; a PDF is no image; a folder is no file.
        writeFile(path(QStringLiteral("notes.png")), "# Heading\n\nJust text.\n");
        QVERIFY(!images::isImageFile(path(QStringLiteral("notes.png"))));
        writeFile(path(QStringLiteral("post.md")), "# Heading\n");
        QVERIFY(!images::isImageFile(path(QStringLiteral("post.md"))));
        writeFile(path(QStringLiteral("paper.pdf")), "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
        QVERIFY(!images::isImageFile(path(QStringLiteral("paper.pdf"))));
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.png")));
        QVERIFY(!images::isImageFile(path(QStringLiteral("folder.png"))));
        QVERIFY(!images::isImageFile(path(QStringLiteral("missing.png"))));
        // BMP is an image, but not one every browser shows in a post.
        QVERIFY(sampleImage(0xff000000).save(path(QStringLiteral("old.bmp")), "bmp"));
        QVERIFY(!images::isImageFile(path(QStringLiteral("old.bmp"))));
    }

    void altTextFromFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("alt");
        QTest::newRow("dashes and underscores")
            << QStringLiteral("team-photo_2.png") << QStringLiteral("team photo 2");
        QTest::newRow("dots and plus")
            << QStringLiteral("v2.0+final.jpeg") << QStringLiteral("v2 0 final");
        QTest::newRow("spaces kept single") << QStringLiteral("Screenshot  from 2026.png")
                                            << QStringLiteral("Screenshot from 2026");
        QTest::newRow("umlauts") << QStringLiteral("Bücher-Regal.webp")
                                 << QStringLiteral("Bücher Regal");
        QTest::newRow("no extension") << QStringLiteral("diagram") << QStringLiteral("diagram");
    }

    void altTextFromFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, alt);
        QCOMPARE(images::altTextFromFileName(fileName), alt);
    }

    void fileNameFromAltText()
    {
        QCOMPARE(images::fileNameFromAltText(QStringLiteral("Team photo, 2026!")),
                 QStringLiteral("team-photo-2026.png"));
        QCOMPARE(images::fileNameFromAltText(QStringLiteral("Straße im Überblick")),
                 QStringLiteral("straße-im-überblick.png"));
        QCOMPARE(images::fileNameFromAltText(QString()), QStringLiteral("image.png"));
        QCOMPARE(images::fileNameFromAltText(QStringLiteral("?!")), QStringLiteral("image.png"));
        const QString longName = images::fileNameFromAltText(
            QString(30, u'a') + u' ' + QString(20, u'b') + u' ' + QString(20, u'c'));
        QCOMPARE(longName, QString(30, u'a') + u'-' + QString(20, u'b') + QStringLiteral(".png"));
    }

    void insideFolder()
    {
        const QString post = path(QStringLiteral("blog"));
        QVERIFY(images::isInsideFolder(post + QStringLiteral("/a.png"), post));
        QVERIFY(images::isInsideFolder(post + QStringLiteral("/images/a.png"), post));
        QVERIFY(!images::isInsideFolder(path(QStringLiteral("a.png")), post));
        QVERIFY(!images::isInsideFolder(path(QStringLiteral("blog-old/a.png")), post));
    }

    void destinationRelativeToASavedPost_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("destination");
        QTest::newRow("next to it") << "/site/posts/photo.png"
                                    << "/site/posts/hello.md"
                                    << "photo.png";
        QTest::newRow("below it") << "/site/posts/images/photo.png"
                                  << "/site/posts/hello.md"
                                  << "images/photo.png";
        QTest::newRow("elsewhere") << "/home/ann/Pictures/photo.png"
                                   << "/home/ann/site/hello.md"
                                   << "../Pictures/photo.png";
        QTest::newRow("spaces and parentheses") << "/site/posts/my photo (1).png"
                                                << "/site/posts/hello.md"
                                                << "my%20photo%20%281%29.png";
        QTest::newRow("what a URL reads otherwise") << "/site/posts/50%#1?.png"
                                                    << "/site/posts/hello.md"
                                                    << "50%25%231%3F.png";
        QTest::newRow("letters of any script stay") << "/site/posts/Bücher.png"
                                                    << "/site/posts/hello.md"
                                                    << "Bücher.png";
        QTest::newRow("untitled: absolute") << "/home/ann/My Pictures/photo.png"
                                            << ""
                                            << "/home/ann/My%20Pictures/photo.png";
    }

    void destinationRelativeToASavedPost()
    {
        QFETCH(QString, image);
        QFETCH(QString, post);
        QFETCH(QString, destination);
        QCOMPARE(images::markdownDestination(image, post), destination);
    }

    void markdownImageEscapesTheAltText()
    {
        QCOMPARE(images::markdownImage(QStringLiteral("team photo 2"), QStringLiteral("a.png")),
                 QStringLiteral("![team photo 2](a.png)"));
        QCOMPARE(images::markdownImage(QStringLiteral("a [b] \\ c\nd"), QStringLiteral("a.png")),
                 QStringLiteral("![a \\[b\\] \\\\ c d](a.png)"));
        QCOMPARE(images::markdownImage(QString(), QStringLiteral("a.png")),
                 QStringLiteral("![](a.png)"));
    }

    void severalImagesGoOnLinesOfTheirOwn()
    {
        const QStringList two{QStringLiteral("![a](a.png)"), QStringLiteral("![b](b.png)")};
        QCOMPARE(images::imageLines(two, true, true), QStringLiteral("![a](a.png)\n![b](b.png)"));
        QCOMPARE(images::imageLines(two, false, false),
                 QStringLiteral("\n![a](a.png)\n![b](b.png)\n"));
        QCOMPARE(images::imageLines({two.first()}, false, false), two.first());
    }

    void copyKeepsTheNameWhenItIsFree()
    {
        const QString source = png(QStringLiteral("Pictures/team photo.png"));
        QString error;
        const QString copy = images::copyIntoFolder(source, path(QStringLiteral("site")), &error);
        QCOMPARE(copy, path(QStringLiteral("site/team photo.png")));
        QCOMPARE(readFile(copy), readFile(source));
        QVERIFY(error.isEmpty());
    }

    void copyNeverOverwritesADifferentFile()
    {
        const QString source = png(QStringLiteral("Pictures/photo.png"), 0xffff0000);
        const QString other = png(QStringLiteral("site/photo.png"), 0xff00ff00);
        const QString secondOther = png(QStringLiteral("site/photo-2.png"), 0xff0000ff);
        const QByteArray before = readFile(other);
        QString error;
        const QString copy = images::copyIntoFolder(source, path(QStringLiteral("site")), &error);
        QCOMPARE(copy, path(QStringLiteral("site/photo-3.png")));
        QCOMPARE(readFile(copy), readFile(source));
        QCOMPARE(readFile(other), before);
        QVERIFY(QFileInfo::exists(secondOther));
    }

    void copyReusesAnIdenticalFile()
    {
        const QString source = png(QStringLiteral("Pictures/photo.png"), 0xffff0000);
        png(QStringLiteral("site/photo.png"), 0xff00ff00);
        QVERIFY(QFile::copy(source, path(QStringLiteral("site/photo-2.png"))));
        QString error;
        QCOMPARE(images::copyIntoFolder(source, path(QStringLiteral("site")), &error),
                 path(QStringLiteral("site/photo-2.png")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("site/photo-3.png"))));
        // Copying a file onto itself is reusing it.
        QCOMPARE(images::copyIntoFolder(path(QStringLiteral("site/photo.png")),
                                        path(QStringLiteral("site")), &error),
                 path(QStringLiteral("site/photo.png")));
    }

    void copyFailureSaysWhy()
    {
        const QString source = png(QStringLiteral("Pictures/photo.png"));
        QString error;
        QVERIFY(images::copyIntoFolder(source, path(QStringLiteral("no/such/folder")), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void pastedImageIsWrittenAsAUniquePng()
    {
        const QImage red = sampleImage(0xffff0000);
        const QString folder = path(QStringLiteral("site"));
        png(QStringLiteral("site/chart.png"), 0xff00ff00);
        QString error;
        const QString first =
            images::writePngIntoFolder(red, folder, QStringLiteral("chart.png"), &error);
        QCOMPARE(first, path(QStringLiteral("site/chart-2.png")));
        QCOMPARE(QImage(first).convertToFormat(QImage::Format_RGB32), red);
        // The same paste again reuses the file rather than piling up copies.
        QCOMPARE(images::writePngIntoFolder(red, folder, QStringLiteral("chart.png"), &error),
                 first);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("site/chart-3.png"))));

        QVERIFY(images::writePng(red, path(QStringLiteral("chosen.png")), &error));
        QCOMPARE(QImage(path(QStringLiteral("chosen.png"))).convertToFormat(QImage::Format_RGB32),
                 red);
    }
};

QTEST_GUILESS_MAIN(TestImageInsertion)
#include "tst_image_insertion.moc"
