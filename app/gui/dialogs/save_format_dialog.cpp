// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/save_format_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace pw::gui {

QList<FormatChoice> saveFormats()
{
    // In MainWindow's context, where these strings were first written and are translated;
    // spelled out in full so lupdate still finds them.
    return {
        {PostFormat::MarkdownFrontMatter,
         QCoreApplication::translate("pw::gui::MainWindow", "Markdown with front matter (*.md)"),
         QStringLiteral("md")},
        {PostFormat::Generator,
         QCoreApplication::translate("pw::gui::MainWindow", "Generator text (*.txt)"),
         QStringLiteral("txt")},
        {PostFormat::PostJson,
         QCoreApplication::translate("pw::gui::MainWindow", "Post JSON (*.json)"),
         QStringLiteral("json")},
    };
}

FormatChoice choiceFor(PostFormat format)
{
    for (const FormatChoice &choice : saveFormats()) {
        if (choice.format == format)
            return choice;
    }
    return saveFormats().constFirst();
}

std::optional<std::pair<QString, PostFormat>> askSavePath(QWidget *parent, const QString &caption,
                                                          const QString &suggestedPath,
                                                          PostFormat preferred)
{
    QStringList filters;
    for (const FormatChoice &choice : saveFormats())
        filters << choice.filter;
    QString selected = choiceFor(preferred).filter;
    QString path = QFileDialog::getSaveFileName(parent, caption, suggestedPath,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    FormatChoice chosen = saveFormats().constFirst();
    for (const FormatChoice &choice : saveFormats()) {
        if (choice.filter == selected)
            chosen = choice;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + chosen.suffix;
    return std::make_pair(path, chosen.format);
}

} // namespace pw::gui
