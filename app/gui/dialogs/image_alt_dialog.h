// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>
#include <QString>
#include <optional>

class QCheckBox;
class QLineEdit;

namespace pw::gui {

// What the writer is asked before an image goes into the post.
struct ImageQuestion {
    QString imagePath;    // the file; empty for pasted image data
    QImage pastedImage;   // pasted data, shown as the thumbnail
    QString suggestedAlt; // prefilled: a readable form of the file name
    // The post has a folder and the image lies outside it: offer to copy it there, so the
    // post and its image move and publish together.
    bool offerCopy = false;
    QString postFolder;
    // Pasted data is written as a PNG file: next to a saved post, or where the writer then
    // chooses for an untitled one.
    bool pastedIntoUntitled = false;
};

struct ImageAnswer {
    QString altText;
    bool copyNextToPost = false;
};

// The small question before an image is inserted: its alt text (the SEO checks read it, and
// readers who cannot see the image hear it), and whether to copy the file next to the post.
class ImageAltDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImageAltDialog(const ImageQuestion &question, QWidget *parent = nullptr);

    ImageAnswer answer() const;

    // Shows the dialog; empty when the writer cancelled.
    static std::optional<ImageAnswer> ask(QWidget *parent, const ImageQuestion &question);

private:
    QLineEdit *m_altText;
    QCheckBox *m_copy = nullptr;
};

} // namespace pw::gui
