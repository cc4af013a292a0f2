// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The editor window in German: menus, docks, the status bar's plurals and Qt's own standard
// buttons (qtbase_de) are translated.
#include "core/i18n/translations.h"
#include "gui/editor/markdown_editor.h"
#include "gui/panels/status_stats.h"
#include "gui/preview/document_scheme_handler.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace pw::gui;

class TestGermanUi : public QObject {
    Q_OBJECT
private slots:
    void menusAndDocks();
    void statusBarPlurals();
    void standardButtons();
};

void TestGermanUi::menusAndDocks()
{
    MainWindow window;
    window.show();
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u'|')));
    QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u'|')));
    QVERIFY2(menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(u'|')));

    QStringList fileItems;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Datei") && action->menu()) {
            for (QAction *item : action->menu()->actions())
                fileItems.append(item->text());
        }
    }
    QVERIFY2(fileItems.contains(QStringLiteral("Speichern &unter…")),
             qPrintable(fileItems.join(u'|')));

    QStringList docks;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        docks.append(dock->windowTitle());
    QVERIFY2(docks.contains(QStringLiteral("Metadaten")), qPrintable(docks.join(u'|')));
    QVERIFY2(docks.contains(QStringLiteral("Hinweise")), qPrintable(docks.join(u'|')));
}

void TestGermanUi::statusBarPlurals()
{
    MainWindow window;
    window.show();
    auto *stats = window.findChild<StatusStats *>();
    QVERIFY(stats);
    QTRY_VERIFY2(stats->text().startsWith(QStringLiteral("0 Wörter")), qPrintable(stats->text()));
    QVERIFY2(stats->text().contains(QStringLiteral("0 Fehler, 0 Warnungen")),
             qPrintable(stats->text()));

    if (!window.currentView())
        window.newDocument();
    DocumentView *view = window.currentView();
    QVERIFY(view);
    view->editor()->setPlainText(QStringLiteral("Hallo"));
    QTRY_VERIFY2(stats->text().startsWith(QStringLiteral("1 Wort · 5 Zeichen")),
                 qPrintable(stats->text()));
    view->editor()->setPlainText(QStringLiteral("Hallo Welt"));
    QTRY_VERIFY2(stats->text().startsWith(QStringLiteral("2 Wörter")), qPrintable(stats->text()));
}

void TestGermanUi::standardButtons()
{
    QMessageBox box(QMessageBox::Warning, QStringLiteral("x"), QStringLiteral("y"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("Speichern"));
    QCOMPARE(box.button(QMessageBox::Discard)->text(), QStringLiteral("Verwerfen"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

// Like PW_GUI_TEST_MAIN, but with the German translations installed.
int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    pw::gui::registerPreviewSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    pw::installTranslations(app, QLocale(QLocale::German, QLocale::Germany));
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("postwright-test"));
    TestGermanUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_german_ui.moc"
