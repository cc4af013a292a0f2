// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/save_questions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace pw::gui {

TranscriptAnswer askAboutTranscript(QWidget *parent, const QString &fileName)
{
    QMessageBox box(
        QMessageBox::Question, QCoreApplication::translate("pw::gui::SaveQuestions", "Save Post"),
        QCoreApplication::translate("pw::gui::SaveQuestions",
                                    "“%1” holds more than the post: the generator's prompt, the "
                                    "category list or text after the end marker.")
            .arg(fileName),
        QMessageBox::NoButton, parent);
    box.setInformativeText(QCoreApplication::translate(
        "pw::gui::SaveQuestions", "Save the post to a file of its own, and leave this one "
                                  "as it is? Replacing the file keeps only the post."));
    QPushButton *elsewhere =
        box.addButton(QCoreApplication::translate("pw::gui::SaveQuestions", "Save Post As…"),
                      QMessageBox::AcceptRole);
    QPushButton *replace =
        box.addButton(QCoreApplication::translate("pw::gui::SaveQuestions", "Replace File"),
                      QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(elsewhere);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == elsewhere)
        return TranscriptAnswer::SavePostElsewhere;
    return box.clickedButton() == replace ? TranscriptAnswer::ReplaceFile
                                          : TranscriptAnswer::Cancel;
}

LostFieldsAnswer askAboutLostFields(QWidget *parent, const QString &fileName,
                                    const QString &formatLabel, const QStringList &lost,
                                    bool offerAnotherFormat)
{
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("pw::gui::SaveQuestions", "Save Post"),
                    QCoreApplication::translate("pw::gui::SaveQuestions",
                                                "“%1” is saved as %2, which has no place for: %3.")
                        .arg(fileName, formatLabel, QLocale().createSeparatedList(lost)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        offerAnotherFormat
            ? QCoreApplication::translate(
                  "pw::gui::SaveQuestions",
                  "Markdown with front matter keeps everything. Saving as %1 drops what "
                  "it cannot hold.")
                  .arg(formatLabel)
            : QCoreApplication::translate("pw::gui::SaveQuestions",
                                          "Saving as %1 drops what it cannot hold.")
                  .arg(formatLabel));
    QPushButton *other = offerAnotherFormat
                             ? box.addButton(QCoreApplication::translate("pw::gui::SaveQuestions",
                                                                         "Save as Markdown…"),
                                             QMessageBox::AcceptRole)
                             : nullptr;
    QPushButton *drop =
        box.addButton(QCoreApplication::translate("pw::gui::SaveQuestions", "Save Without Them"),
                      QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(other ? other : cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (other && box.clickedButton() == other)
        return LostFieldsAnswer::SaveInAnotherFormat;
    return box.clickedButton() == drop ? LostFieldsAnswer::SaveWithoutThem
                                       : LostFieldsAnswer::Cancel;
}

} // namespace pw::gui
