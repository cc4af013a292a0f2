// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/html_export_dialog.h"

#include "core/export/html_export.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace pw::gui {

bool writeHtmlExport(const QString &path, const Post &post, QString *error,
                     const CodeColouring &code)
{
    // The same writer as `postwright convert --to html -o`, so both write the same bytes.
    const WriteResult result = writeHtmlPage(path, post, code);
    if (error)
        *error = result.error;
    return result.ok;
}

QString exportHtmlInteractively(QWidget *parent, const Post &post, const QString &suggestedPath,
                                const CodeColouring &code)
{
    const QFileInfo suggested(suggestedPath);
    const QString start =
        suggestedPath.isEmpty()
            ? QString()
            : suggested.dir().filePath(suggested.completeBaseName() + QStringLiteral(".html"));
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export as HTML"), start,
                                                QObject::tr("HTML page (*.html *.htm)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".html");
    QString error;
    if (!writeHtmlExport(path, post, &error, code)) {
        QMessageBox::warning(parent, QObject::tr("Cannot export"), error);
        return {};
    }
    return path;
}

} // namespace pw::gui
