// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/export_actions.h"

#include "core/formats/post_writer.h"
#include "core/io/atomic_writer.h"
#include "gui/dialogs/html_export_dialog.h"
#include "gui/dialogs/save_format_dialog.h"
#include "gui/document/document.h"
#include "gui/settings/settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace pw::gui {

// The strings stay in MainWindow's context, where they were first written and are
// translated; spelled out in full so lupdate still finds them.

ExportActions::ExportActions(QMenu *fileMenu, QMainWindow *window, const Settings *settings,
                             CurrentDocument currentDocument)
    : QObject(window), m_window(window), m_settings(settings),
      m_currentDocument(std::move(currentDocument))
{
    fileMenu->addAction(QCoreApplication::translate("pw::gui::MainWindow", "E&xport…"),
                        QKeySequence(QCoreApplication::translate("pw::gui::MainWindow", "Ctrl+E")),
                        this, &ExportActions::exportInDefaultFormat);
    QMenu *exportMenu =
        fileMenu->addMenu(QCoreApplication::translate("pw::gui::MainWindow", "&Export"));
    exportMenu->addAction(QCoreApplication::translate("pw::gui::MainWindow", "As &Markdown…"), this,
                          [this] { exportAs(PostFormat::MarkdownFrontMatter); });
    exportMenu->addAction(QCoreApplication::translate("pw::gui::MainWindow", "As &Generator Text…"),
                          this, [this] { exportAs(PostFormat::Generator); });
    exportMenu->addAction(QCoreApplication::translate("pw::gui::MainWindow", "As &HTML…"), this,
                          &ExportActions::exportHtml);
}

bool ExportActions::exportTo(const QString &path, PostFormat format)
{
    const WriteResult result =
        writeFileAtomically(path, writePost(m_currentDocument()->post(), format));
    if (!result.ok)
        QMessageBox::warning(m_window,
                             QCoreApplication::translate("pw::gui::MainWindow", "Cannot export"),
                             result.error);
    else
        m_window->statusBar()->showMessage(
            QCoreApplication::translate("pw::gui::MainWindow", "Exported to %1")
                .arg(QFileInfo(path).fileName()),
            4000);
    return result.ok;
}

void ExportActions::exportHtml()
{
    const Document *document = m_currentDocument();
    // The document's highlighter (the one its preview colours with), in the style chosen in
    // Preferences as it is now.
    const CodeColouring code = CodeColouring::forPages(document->analysisContext().code.highlighter,
                                                       m_settings->values().codeColours);
    const QString path = exportHtmlInteractively(
        m_window, document->post(),
        document->filePath().isEmpty() ? document->suggestedFileName() : document->filePath(),
        code);
    if (!path.isEmpty())
        m_window->statusBar()->showMessage(
            QCoreApplication::translate("pw::gui::MainWindow", "Exported %1")
                .arg(QFileInfo(path).fileName()),
            4000);
}

void ExportActions::exportInDefaultFormat()
{
    if (const std::optional<PostFormat> format = m_settings->values().exportPostFormat())
        exportAs(*format);
    else
        exportHtml();
}

void ExportActions::exportAs(PostFormat format)
{
    const Document *document = m_currentDocument();
    const QString base = document->filePath().isEmpty()
                             ? document->suggestedFileName()
                             : QFileInfo(document->filePath()).path() + QLatin1Char('/') +
                                   QFileInfo(document->filePath()).completeBaseName();
    const QString suggested = QFileInfo(base).path() + QLatin1Char('/') +
                              QFileInfo(base).completeBaseName() + QLatin1Char('.') +
                              choiceFor(format).suffix;
    const auto target =
        askSavePath(m_window, QCoreApplication::translate("pw::gui::MainWindow", "Export Post"),
                    suggested, format);
    if (target)
        exportTo(target->first, target->second);
}

} // namespace pw::gui
