// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/help_actions.h"

#include "gui/dialogs/shortcuts_dialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

namespace pw::gui {

HelpActions::HelpActions(QMenuBar *menuBar, QWidget *window) : QObject(window), m_window(window)
{
    QMenu *helpMenu = menuBar->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&User Guide"), QKeySequence::HelpContents, this,
                        &HelpActions::openUserGuide);
    helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this, menuBar] {
        auto *dialog = new ShortcutsDialog(menuBar, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Postwright"), this, &HelpActions::showAbout);
}

QString HelpActions::userGuidePath()
{
    const QDir binary(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        binary.filePath(QStringLiteral("../share/doc/postwright/user-guide.md")),
#ifdef PW_SOURCE_DOCS_DIR
        QStringLiteral(PW_SOURCE_DOCS_DIR "/user-guide.md"),
#endif
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

void HelpActions::openUserGuide()
{
    const QString path = userGuidePath();
    // The desktop's program for Markdown opens it (Postwright itself, where it is the default).
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(
            m_window, tr("User Guide"),
            tr("The user guide is not installed here. It is docs/user-guide.md in Postwright's "
               "sources."));
}

void HelpActions::showAbout()
{
    QMessageBox::about(
        m_window, tr("About Postwright"),
        tr("<h3>Postwright %1</h3><p>A desktop editor for SEO blog posts: Markdown with a live "
           "preview, metadata checks and SEO analysis.</p><p>Copyright © 2026 The Postwright "
           "authors. Postwright is free software under the GNU General Public License, version "
           "3 or (at your option) any later version, and comes with no warranty.</p><p>Built "
           "with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

} // namespace pw::gui
