// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dialogs/image_alt_dialog.h"

#include <QObject>
#include <QStringList>
#include <QTextCursor>
#include <functional>
#include <optional>

class QMimeData;
class QPlainTextEdit;

namespace pw::gui {

// Puts images into the post: image files dropped or pasted on the editor, image data pasted
// (a screenshot), and Format → Insert Image. Each asks for the alt text (ImageAltDialog),
// copies or writes the file where the writer agreed, and inserts `![alt](path)` as one undo
// step. The file work and the Markdown are images:: (image_insertion.h); this is the asking.
class ImageInserter : public QObject {
    Q_OBJECT
public:
    using Ask = std::function<std::optional<ImageAnswer>(const ImageQuestion &)>;
    // Where an untitled post's pasted image is written: a path, or empty to give up.
    using ChoosePngPath = std::function<QString(const QString &suggestedPath)>;
    using ChooseImages = std::function<QStringList(const QString &startFolder)>;

    explicit ImageInserter(QPlainTextEdit *editor);

    // The post's file, asked at each insertion (Save As may move it); empty while untitled.
    void setPostFilePathSource(std::function<QString()> source);
    // The questions, replaceable so tests can answer them; the defaults are dialogs.
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setChoosePngPath(ChoosePngPath choose) { m_choosePngPath = std::move(choose); }
    void setChooseImages(ChooseImages choose) { m_chooseImages = std::move(choose); }

    // Whether `data` is for us: local image files only, or image data without any text (text
    // or HTML keeps pasting as text, a web page's images as links).
    static bool holdsImages(const QMimeData *data);
    // Takes what `data` holds and inserts it at `at` once the event loop is back: a drop must
    // finish before a dialog opens, and `data` is gone by then. False when it holds no image.
    bool insertLater(const QMimeData *data, const QTextCursor &at);

    // Each asks and inserts at once; false when the writer cancelled or a file failed.
    bool insertFiles(const QStringList &paths, const QTextCursor &at);
    bool insertImageData(const QImage &image, const QTextCursor &at);
    // Format → Insert Image: choose files, then insertFiles at the cursor.
    bool chooseAndInsert();

private:
    QString postFilePath() const;
    void insertMarkdown(const QStringList &images, QTextCursor cursor);
    void warn(const QString &message) const;

    QPlainTextEdit *m_editor;
    std::function<QString()> m_postFilePath;
    Ask m_ask;
    ChoosePngPath m_choosePngPath;
    ChooseImages m_chooseImages;
};

} // namespace pw::gui
