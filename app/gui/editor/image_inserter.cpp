// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/image_inserter.h"

#include "gui/editor/image_insertion.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace pw::gui {

namespace {

// Every URL a local image file; empty when any is not (those drops keep opening as posts).
QStringList localImageFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile() || !images::isImageFile(url.toLocalFile()))
            return {};
        files << url.toLocalFile();
    }
    return files;
}

bool holdsText(const QMimeData *data)
{
    return data->hasHtml() || (data->hasText() && !data->text().isEmpty());
}

QString picturesFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

} // namespace

ImageInserter::ImageInserter(QPlainTextEdit *editor) : QObject(editor), m_editor(editor)
{
    m_ask = [this](const ImageQuestion &question) {
        return ImageAltDialog::ask(m_editor, question);
    };
    m_choosePngPath = [this](const QString &suggested) {
        QString path = QFileDialog::getSaveFileName(m_editor, tr("Save Pasted Image"), suggested,
                                                    tr("PNG images (*.png)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".png");
        return path;
    };
    m_chooseImages = [this](const QString &startFolder) {
        return QFileDialog::getOpenFileNames(
            m_editor, tr("Insert Image"), startFolder,
            tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)"));
    };
}

void ImageInserter::setPostFilePathSource(std::function<QString()> source)
{
    m_postFilePath = std::move(source);
}

QString ImageInserter::postFilePath() const
{
    return m_postFilePath ? m_postFilePath() : QString();
}

bool ImageInserter::holdsImages(const QMimeData *data)
{
    if (!data)
        return false;
    if (!localImageFiles(data).isEmpty())
        return true;
    return data->hasImage() && !data->hasUrls() && !holdsText(data);
}

bool ImageInserter::insertLater(const QMimeData *data, const QTextCursor &at)
{
    if (!holdsImages(data))
        return false;
    const QStringList files = localImageFiles(data);
    if (!files.isEmpty()) {
        QTimer::singleShot(0, this, [this, files, at] { insertFiles(files, at); });
        return true;
    }
    const QImage image = qvariant_cast<QImage>(data->imageData());
    if (image.isNull())
        return false;
    QTimer::singleShot(0, this, [this, image, at] { insertImageData(image, at); });
    return true;
}

bool ImageInserter::insertFiles(const QStringList &paths, const QTextCursor &at)
{
    const QString post = postFilePath();
    const QString folder = post.isEmpty() ? QString() : QFileInfo(post).absolutePath();
    // Every question first: Cancel on any of them leaves the post and the disk as they were.
    QList<ImageAnswer> answers;
    for (const QString &path : paths) {
        ImageQuestion question;
        question.imagePath = path;
        question.suggestedAlt = images::altTextFromFileName(QFileInfo(path).fileName());
        question.offerCopy = !folder.isEmpty() && !images::isInsideFolder(path, folder);
        question.postFolder = folder;
        const std::optional<ImageAnswer> answer = m_ask(question);
        if (!answer)
            return false;
        answers << *answer;
    }
    QStringList markdown;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QString target = paths[i];
        if (answers[i].copyNextToPost && !folder.isEmpty()) {
            QString error;
            target = images::copyIntoFolder(paths[i], folder, &error);
            if (target.isEmpty()) {
                warn(tr("Could not copy %1 next to the post: %2")
                         .arg(QDir::toNativeSeparators(paths[i]), error));
                return false;
            }
        }
        markdown << images::markdownImage(answers[i].altText,
                                          images::markdownDestination(target, post));
    }
    insertMarkdown(markdown, at);
    return true;
}

bool ImageInserter::insertImageData(const QImage &image, const QTextCursor &at)
{
    const QString post = postFilePath();
    ImageQuestion question;
    question.pastedImage = image;
    question.postFolder = post.isEmpty() ? QString() : QFileInfo(post).absolutePath();
    question.pastedIntoUntitled = post.isEmpty();
    const std::optional<ImageAnswer> answer = m_ask(question);
    if (!answer)
        return false;
    const QString fileName = images::fileNameFromAltText(answer->altText);
    QString target;
    QString error;
    if (post.isEmpty()) {
        // An untitled post has no folder to put the image in, and a temporary folder would
        // vanish with the link still in the post: the writer says where it goes.
        target = m_choosePngPath(QDir(picturesFolder()).filePath(fileName));
        if (target.isEmpty())
            return false;
        if (!images::writePng(image, target, &error))
            target.clear();
    } else {
        target = images::writePngIntoFolder(image, question.postFolder, fileName, &error);
    }
    if (target.isEmpty()) {
        warn(tr("Could not save the pasted image: %1").arg(error));
        return false;
    }
    insertMarkdown(
        {images::markdownImage(answer->altText, images::markdownDestination(target, post))}, at);
    return true;
}

bool ImageInserter::chooseAndInsert()
{
    const QString post = postFilePath();
    const QStringList chosen =
        m_chooseImages(post.isEmpty() ? picturesFolder() : QFileInfo(post).absolutePath());
    QStringList files;
    QStringList others;
    for (const QString &path : chosen)
        (images::isImageFile(path) ? files : others) << path;
    if (!others.isEmpty()) {
        warn(tr("Not an image a web page can show (PNG, JPEG, GIF, WebP, SVG or AVIF): %1")
                 .arg(others.join(QStringLiteral(", "))));
    }
    return !files.isEmpty() && insertFiles(files, m_editor->textCursor());
}

void ImageInserter::insertMarkdown(const QStringList &images, QTextCursor cursor)
{
    QTextCursor start = cursor;
    start.setPosition(cursor.selectionStart());
    QTextCursor end = cursor;
    end.setPosition(cursor.selectionEnd());
    cursor.beginEditBlock();
    cursor.insertText(images::imageLines(images, start.atBlockStart(), end.atBlockEnd()));
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void ImageInserter::warn(const QString &message) const
{
    QMessageBox::warning(m_editor, tr("Insert Image"), message);
}

} // namespace pw::gui
