// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/image_alt_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw::gui {

namespace {

constexpr QSize kThumbnailSize(320, 200);

// A thumbnail, so the writer describes the image they see; read scaled, so a photo of
// 6000×4000 pixels is not decoded whole.
QPixmap thumbnail(const ImageQuestion &question, qreal devicePixelRatio)
{
    const QSize box = kThumbnailSize * devicePixelRatio;
    QImage image;
    if (!question.pastedImage.isNull()) {
        image = question.pastedImage;
    } else {
        QImageReader reader(question.imagePath);
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > box.width() || size.height() > box.height()))
            reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
        image = reader.read();
    }
    if (image.isNull())
        return {};
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace

ImageAltDialog::ImageAltDialog(const ImageQuestion &question, QWidget *parent)
    : QDialog(parent), m_altText(new QLineEdit(question.suggestedAlt, this))
{
    setObjectName(QStringLiteral("imageAltDialog"));
    setWindowTitle(tr("Insert Image"));

    auto *layout = new QVBoxLayout(this);
    auto *preview = new QLabel(this);
    preview->setAlignment(Qt::AlignCenter);
    const QPixmap pixmap = thumbnail(question, devicePixelRatioF());
    if (!pixmap.isNull()) {
        preview->setPixmap(pixmap);
        layout->addWidget(preview);
    } else {
        delete preview;
    }
    auto *name =
        new QLabel(question.imagePath.isEmpty() ? tr("Pasted image")
                                                : QDir::toNativeSeparators(question.imagePath),
                   this);
    name->setWordWrap(true);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(name);

    auto *form = new QFormLayout;
    m_altText->setObjectName(QStringLiteral("altTextEdit"));
    m_altText->setPlaceholderText(tr("What the image shows"));
    m_altText->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_altText->selectAll();
    form->addRow(tr("&Alt text:"), m_altText);
    layout->addLayout(form);
    auto *why = new QLabel(tr("Read to people who cannot see the image, and checked by the SEO "
                              "analysis."),
                           this);
    why->setWordWrap(true);
    why->setEnabled(false); // a hint, in the muted colour
    layout->addWidget(why);

    if (question.offerCopy) {
        m_copy = new QCheckBox(tr("&Copy the image next to the post"), this);
        m_copy->setObjectName(QStringLiteral("copyNextToPost"));
        m_copy->setToolTip(tr("Into %1, so the post and its image move and publish together. "
                              "An existing file is never overwritten.")
                               .arg(QDir::toNativeSeparators(question.postFolder)));
        // Default on: a link out of the post's folder breaks once the post is published.
        m_copy->setChecked(true);
        layout->addWidget(m_copy);
    } else if (question.imagePath.isEmpty()) {
        auto *where = new QLabel(question.pastedIntoUntitled
                                     ? tr("The post has no folder yet: you choose where the "
                                          "image is saved as a PNG file next.")
                                     : tr("The image is saved as a PNG file next to the post, "
                                          "named after the alt text."),
                                 this);
        where->setWordWrap(true);
        layout->addWidget(where);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_altText->setFocus();
}

ImageAnswer ImageAltDialog::answer() const
{
    return {m_altText->text().simplified(), m_copy && m_copy->isChecked()};
}

std::optional<ImageAnswer> ImageAltDialog::ask(QWidget *parent, const ImageQuestion &question)
{
    ImageAltDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace pw::gui
