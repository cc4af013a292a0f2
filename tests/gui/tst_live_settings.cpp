// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences take effect in the open window, without a restart: the crash-journal delay,
// the default export format, the category whitelist and the theme (with the View menu's tick).
#include "gui/document/document.h"
#include "gui/document/document_manager.h"
#include "gui/document/journal_keeper.h"
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/panels/category_picker.h"
#include "gui/panels/findings_view.h"
#include "gui/panels/metadata_panel.h"
#include "gui/panels/search_snippet_view.h"
#include "gui/session/crash_recovery.h"
#include "gui/settings/app_settings.h"
#include "gui/settings/settings_dialog.h"
#include "gui/settings/theme_menu.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

// Triggers `action`, and reports the name filter its file dialog starts with (then cancels).
QString fileDialogFilterOf(QAction *action)
{
    QString filter = QStringLiteral("<no file dialog>");
    QTimer::singleShot(0, [&] {
        if (!QTest::qWaitFor(
                [] { return qobject_cast<QFileDialog *>(QApplication::activeModalWidget()); }))
            return;
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        filter = dialog->selectedNameFilter();
        dialog->reject();
    });
    action->trigger();
    return filter;
}

QStringList findingIds(const MainWindow &window)
{
    QStringList ids;
    for (const Finding &finding : window.findingsView()->findings())
        ids << finding.id;
    return ids;
}

} // namespace

class TestLiveSettings : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        AppSettings settings = AppSettings::load();
        const AppSettings defaults;
        settings.autosaveSeconds = defaults.autosaveSeconds;
        settings.exportFormat = defaults.exportFormat;
        settings.whitelistPath.clear();
        settings.siteAddress.clear();
        settings.theme = defaults.theme;
        settings.save();
    }

    void journalDelayFollowsPreferences()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *keeper = window.currentView()->document()->findChild<JournalKeeper *>();
        QVERIFY(keeper);
        QCOMPARE(keeper->idleDelayMs(), AppSettings().autosaveSeconds * 1000);

        QVERIFY(changePreferences(
            window, [](SettingsDialog *dialog) { dialog->autosaveBox()->setValue(600); }));
        QCOMPARE(keeper->idleDelayMs(), 600 * 1000);
        window.newDocument();
        auto *newKeeper = window.currentView()->document()->findChild<JournalKeeper *>();
        QVERIFY(newKeeper);
        QCOMPARE(newKeeper->idleDelayMs(), 600 * 1000);
        // A new window ("restart") starts with it too.
        {
            MainWindow again;
            QCOMPARE(again.crashRecovery()->journalDelayMs(), 600 * 1000);
        }

        // With ten minutes chosen, typing leaves no journal after the old delay and more;
        // asking for one still writes it.
        QSignalSpy written(newKeeper, &JournalKeeper::written);
        QTest::keyClicks(window.currentView()->editor(), QStringLiteral("Unsaved words"));
        QVERIFY(window.currentView()->document()->isModified());
        QTest::qWait(JournalKeeper::maxDelayMs + 1000);
        QCOMPARE(written.count(), 0);
        QVERIFY(!QFile::exists(newKeeper->journalPath()));
        newKeeper->writeNow();
        QTRY_COMPARE(written.count(), 1);
        QVERIFY(QFile::exists(newKeeper->journalPath()));
        window.currentView()->document()->bodyDocument()->setModified(false);
    }

    void exportStartsWithTheDefaultFormat()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *exportAction = menuAction(window, QStringLiteral("E&xport…"));
        QVERIFY(exportAction);
        QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        QCOMPARE(fileDialogFilterOf(exportAction),
                 QStringLiteral("Markdown with front matter (*.md)"));

        QVERIFY(changePreferences(window, [](SettingsDialog *dialog) {
            dialog->exportFormatBox()->setCurrentIndex(
                dialog->exportFormatBox()->findData(QStringLiteral("generator")));
        }));
        QCOMPARE(fileDialogFilterOf(exportAction), QStringLiteral("Generator text (*.txt)"));

        QVERIFY(changePreferences(window, [](SettingsDialog *dialog) {
            dialog->exportFormatBox()->setCurrentIndex(
                dialog->exportFormatBox()->findData(QStringLiteral("json")));
        }));
        QCOMPARE(fileDialogFilterOf(exportAction), QStringLiteral("Post JSON (*.json)"));

        QVERIFY(changePreferences(window, [](SettingsDialog *dialog) {
            dialog->exportFormatBox()->setCurrentIndex(
                dialog->exportFormatBox()->findData(QStringLiteral("html")));
        }));
        QCOMPARE(fileDialogFilterOf(exportAction), QStringLiteral("HTML page (*.html *.htm)"));
    }

    void whitelistAppliesToOpenDocuments()
    {
        QTemporaryDir dir;
        const QString whitelist =
            writeFile(dir, QStringLiteral("categories.txt"), "Web Development\nTravel\n");
        const QString post = writeFile(dir, QStringLiteral("post.txt"),
                                       "TITLE: Baking Sourdough Bread at Home, Step by Step\n"
                                       "META_DESCRIPTION: x\nTAGS: bread\nCATEGORIES: Web Development\n\n"
                                       "Some body text.\n\n-EndOFText-\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(post));
        CategoryPicker *picker = window.metadataPanel()->categoryPicker();
        QTRY_VERIFY_WITH_TIMEOUT(findingIds(window).contains(QStringLiteral("category.unknown")),
                                 10000);
        QCOMPARE(picker->fixButtons().size(), 1);
        QCOMPARE(picker->checklist()->count(), 60);

        QVERIFY(changePreferences(
            window, [&](SettingsDialog *dialog) { QVERIFY(dialog->setWhitelistFile(whitelist)); }));
        QTRY_VERIFY_WITH_TIMEOUT(!findingIds(window).contains(QStringLiteral("category.unknown")),
                                 10000);
        QCOMPARE(picker->checklist()->count(), 2);
        QCOMPARE(picker->checklist()->item(0)->text(), QStringLiteral("Web Development"));
        QCOMPARE(picker->checklist()->item(0)->checkState(), Qt::Checked);
        QVERIFY(picker->fixButtons().isEmpty());
        QCOMPARE(window.documents()->context().whitelist->categories(),
                 QStringList({"Web Development", "Travel"}));

        // Back to the built-in list: the finding and the fix come back.
        QVERIFY(
            changePreferences(window, [](SettingsDialog *dialog) { dialog->resetWhitelist(); }));
        QTRY_VERIFY_WITH_TIMEOUT(findingIds(window).contains(QStringLiteral("category.unknown")),
                                 10000);
        QCOMPARE(picker->checklist()->count(), 60);
        QCOMPARE(picker->fixButtons().size(), 1);
    }

    void siteAddressAppliesToOpenDocuments()
    {
        QTemporaryDir dir;
        const QString post = writeFile(dir, QStringLiteral("post.md"),
                                       "---\ntitle: Caching in Flask\n---\n\n"
                                       "Read [the guide](https://blog.example.org/guide/).\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(post));
        SearchSnippetView *snippet = window.metadataPanel()->snippetView();
        QCOMPARE(snippet->urlText(), QStringLiteral("example.com › caching-in-flask"));

        // Typed as people type it; stored as an address.
        QVERIFY(changePreferences(window, [](SettingsDialog *dialog) {
            dialog->siteAddressBox()->setText(QStringLiteral("blog.example.org/"));
        }));
        QCOMPARE(AppSettings::load().siteAddress, QStringLiteral("https://blog.example.org"));
        QCOMPARE(snippet->urlText(), QStringLiteral("blog.example.org › caching-in-flask"));
        // The SEO checks judge links against it: the link is internal now.
        Document *document = window.currentView()->document();
        QTRY_COMPARE_WITH_TIMEOUT(document->snapshot()->seo.permalink,
                                  QStringLiteral("https://blog.example.org/caching-in-flask/"),
                                  10000);

        // Something that is no address is refused with a message; the old one stays.
        SettingsDialog dialog(AppSettings::load());
        dialog.siteAddressBox()->setText(QStringLiteral("my blog"));
        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        dialog.accept();
        QVERIFY2(message.contains(QStringLiteral("my blog")), qPrintable(message));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(AppSettings::load().siteAddress, QStringLiteral("https://blog.example.org"));
    }

    void themeMenuTickFollowsPreferences()
    {
        MainWindow window;
        ThemeMenu *menu = window.themeMenu();
        QVERIFY(menu->action(Theme::System)->isChecked());
        QVERIFY(changePreferences(window, [](SettingsDialog *dialog) {
            dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(Theme::Dark)));
        }));
        QVERIFY(menu->action(Theme::Dark)->isChecked());
        QVERIFY(!menu->action(Theme::System)->isChecked());
        // And the other way round: the menu's choice is what Preferences shows.
        menu->action(Theme::Light)->trigger();
        QCOMPARE(AppSettings::load().theme, Theme::Light);
        MainWindow again;
        QVERIFY(again.themeMenu()->action(Theme::Light)->isChecked());
        QVERIFY(changePreferences(window, [](SettingsDialog *dialog) {
            QCOMPARE(dialog->themeBox()->currentData().toInt(), int(Theme::Light));
            dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(Theme::System)));
        }));
        QVERIFY(menu->action(Theme::System)->isChecked());
    }
};

PW_GUI_TEST_MAIN(TestLiveSettings)
#include "tst_live_settings.moc"
