// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Preferences: values persist across a "restart" (a new dialog and a new window read
// them back) and are applied (editor font, text width, theme, whitelist for new windows).
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/preview/preview_view.h"
#include "gui/settings/app_settings.h"
#include "gui/settings/settings_dialog.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

// A family other than the editor's current one, so the change is visible.
QString otherFamily(const QString &current)
{
    for (const QString &family : QFontDatabase::families()) {
        if (family != current && !QFontDatabase::isPrivateFamily(family))
            return family;
    }
    return current;
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void valuesPersistAcrossARestart()
    {
        QTemporaryDir dir;
        const QString whitelistFile = dir.filePath(QStringLiteral("categories.txt"));
        {
            QFile file(whitelistFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("# mine\nCooking\nTravel\n");
        }
        const AppSettings before = AppSettings::load();
        const QString family = otherFamily(before.editorFont.family());
        {
            SettingsDialog dialog(before);
            dialog.fontBox()->setCurrentFont(QFont(family));
            dialog.fontSizeBox()->setValue(17);
            dialog.textWidthBox()->setValue(80);
            dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Theme::Light)));
            dialog.autosaveBox()->setValue(30);
            dialog.exportFormatBox()->setCurrentIndex(
                dialog.exportFormatBox()->findData(QStringLiteral("html")));
            dialog.languageBox()->setCurrentText(QStringLiteral("de_DE"));
            dialog.remoteImagesBox()->setChecked(true);
            QVERIFY(dialog.setWhitelistFile(whitelistFile));
            dialog.settings().save();
        }
        const AppSettings after = AppSettings::load();
        QCOMPARE(after.editorFont.family(), QFont(family).family());
        QCOMPARE(after.editorFont.pointSize(), 17);
        QCOMPARE(after.textWidth, 80);
        QCOMPARE(after.theme, Theme::Light);
        QCOMPARE(after.autosaveSeconds, 30);
        QCOMPARE(after.exportFormat, QStringLiteral("html"));
        QCOMPARE(after.spellLanguage, QStringLiteral("de_DE"));
        QCOMPARE(QSettings().value(QStringLiteral("spelling/language")).toString(),
                 QStringLiteral("de_DE"));
        QVERIFY(after.remoteImages);
        QCOMPARE(after.whitelistPath, QFileInfo(whitelistFile).absoluteFilePath());
        QCOMPARE(after.whitelist().categories(),
                 QStringList({QStringLiteral("Cooking"), QStringLiteral("Travel")}));

        // A new dialog shows what was stored.
        SettingsDialog again(after);
        QCOMPARE(again.fontSizeBox()->value(), 17);
        QCOMPARE(again.textWidthBox()->value(), 80);
        QCOMPARE(again.themeBox()->currentData().toInt(), int(Theme::Light));
        QCOMPARE(again.autosaveBox()->value(), 30);
        QCOMPARE(again.exportFormatBox()->currentData().toString(), QStringLiteral("html"));
        QCOMPARE(again.languageBox()->currentText(), QStringLiteral("de_DE"));
        QVERIFY(again.remoteImagesBox()->isChecked());

        // A new window ("restart") opens documents with those settings.
        MainWindow window;
        MarkdownEditor *editor = window.currentView()->editor();
        QCOMPARE(editor->font().pointSize(), 17);
        QCOMPARE(editor->font().family(), QFont(family).family());
        QCOMPARE(editor->maximumTextWidth(), 80);
        QVERIFY(window.currentView()->preview()->remoteImagesAllowed());

        // Reset to default forgets the file.
        again.resetWhitelist();
        QVERIFY(again.settings().whitelistPath.isEmpty());
        QCOMPARE(again.settings().whitelist().categories().size(), 60);
    }

    // How code is coloured in the HTML that leaves the app: inline unless chosen otherwise.
    void codeColoursPersistAndDefaultToInline()
    {
        const QString key = QStringLiteral("export/codeColours");
        QSettings().remove(key);
        QCOMPARE(AppSettings::load().codeColours, QStringLiteral("inline"));
        QCOMPARE(AppSettings().codeColours, QStringLiteral("inline"));

        SettingsDialog dialog(AppSettings::load());
        QComboBox *box = dialog.codeColoursBox();
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(0), QStringLiteral("Inline styles"));
        QCOMPARE(box->itemData(0).toString(), QStringLiteral("inline"));
        QCOMPARE(box->itemText(1), QStringLiteral("Classes and a stylesheet"));
        QCOMPARE(box->itemData(1).toString(), QStringLiteral("classes"));
        QCOMPARE(box->itemText(2), QStringLiteral("None (plain code)"));
        QCOMPARE(box->itemData(2).toString(), QStringLiteral("none"));
        QCOMPARE(box->currentData().toString(), QStringLiteral("inline"));
        // The row right under the default export format, its label naming the box.
        auto *form = dialog.findChild<QFormLayout *>();
        QVERIFY(form);
        int exportRow = -1, codeRow = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(dialog.exportFormatBox(), &exportRow, &role);
        form->getWidgetPosition(box, &codeRow, &role);
        QVERIFY(exportRow >= 0);
        QCOMPARE(codeRow, exportRow + 1);
        auto *label = qobject_cast<QLabel *>(form->labelForField(box));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Code &colours in HTML:"));
        QCOMPARE(label->buddy(), box);

        box->setCurrentIndex(box->findData(QStringLiteral("classes")));
        dialog.settings().save();
        QCOMPARE(QSettings().value(key).toString(), QStringLiteral("classes"));
        QCOMPARE(AppSettings::load().codeColours, QStringLiteral("classes"));
        SettingsDialog again(AppSettings::load());
        QCOMPARE(again.codeColoursBox()->currentText(), QStringLiteral("Classes and a stylesheet"));

        AppSettings none = AppSettings::load();
        none.codeColours = QStringLiteral("none");
        none.save();
        QCOMPARE(AppSettings::load().codeColours, QStringLiteral("none"));

        // A value this version does not know (hand-edited, a newer version's) reads as inline.
        QSettings().setValue(key, QStringLiteral("rainbow"));
        QCOMPARE(AppSettings::load().codeColours, QStringLiteral("inline"));
        QSettings().setValue(key, QStringLiteral("Classes"));
        QCOMPARE(AppSettings::load().codeColours, QStringLiteral("inline"));
        QSettings().remove(key);
    }

    void whatTheDialogDoesNotShowIsKept()
    {
        AppSettings given = AppSettings::load();
        given.editorZoom = 3; // View → Zoom: not a field of the dialog
        {
            SettingsDialog dialog(given);
            dialog.textWidthBox()->setValue(64);
            const AppSettings result = dialog.settings();
            QCOMPARE(result.textWidth, 64);
            QCOMPARE(result.editorZoom, 3);
        }
        // A newly chosen size starts unzoomed: the zoom was points on top of the old one.
        SettingsDialog dialog(given);
        dialog.fontSizeBox()->setValue(dialog.fontSizeBox()->value() + 2);
        QCOMPARE(dialog.settings().editorZoom, 0);
    }

    void preferencesMenuAppliesToOpenEditors()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *preferences = menuAction(window, QStringLiteral("Pre&ferences…"));
        QVERIFY(preferences);
        QVERIFY(preferences->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+,"))));

        bool answered = false;
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            dialog->fontSizeBox()->setValue(21);
            dialog->textWidthBox()->setValue(66);
            dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(int(Theme::Dark)));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            answered = true;
        });
        preferences->trigger();
        QVERIFY(answered);
        MarkdownEditor *editor = window.currentView()->editor();
        QCOMPARE(editor->font().pointSize(), 21);
        QCOMPARE(editor->document()->defaultFont().pointSize(), 21);
        QCOMPARE(editor->maximumTextWidth(), 66);
        const QPalette palette = QApplication::palette();
        QVERIFY(palette.color(QPalette::Base).lightness() <
                palette.color(QPalette::Text).lightness());
        QCOMPARE(AppSettings::load().textWidth, 66);

        // Cancel changes nothing.
        QTimer::singleShot(0, [&] {
            QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            dialog->fontSizeBox()->setValue(9);
            dialog->reject();
        });
        preferences->trigger();
        QCOMPARE(editor->font().pointSize(), 21);
        QCOMPARE(AppSettings::load().editorFont.pointSize(), 21);
    }
};

PW_GUI_TEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
