// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/settings/app_settings.h"

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <optional>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pw::gui {

// Edit → Preferences: a form over AppSettings. It only edits values; accept() stores them
// and the window applies them (see MainWindow).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;

    // The parts, for tests.
    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QSpinBox *textWidthBox() const { return m_textWidth; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    QComboBox *exportFormatBox() const { return m_exportFormat; }
    QComboBox *codeColoursBox() const { return m_codeColours; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *remoteImagesBox() const { return m_remoteImages; }
    QCheckBox *reopenSessionBox() const { return m_reopenSession; }
    QLineEdit *siteAddressBox() const { return m_siteAddress; }

    // OK keeps the dialog open, with a message, while the site address is not one.
    void accept() override;
    // Loads a whitelist file after checking it reads; false (and a message) if not.
    bool setWhitelistFile(const QString &path);
    void resetWhitelist();

private:
    void chooseWhitelist();
    void showWhitelist();

    // What the dialog was opened with: settings() changes only what the dialog shows, so a
    // value it does not show (the editor zoom) is kept.
    AppSettings m_original;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QSpinBox *m_textWidth;
    QComboBox *m_theme;
    QSpinBox *m_autosave;
    QComboBox *m_exportFormat;
    QComboBox *m_codeColours;
    QLabel *m_whitelistLabel;
    QString m_whitelistPath;
    QComboBox *m_language;
    QCheckBox *m_remoteImages;
    QCheckBox *m_reopenSession;
    QLineEdit *m_siteAddress;
};

// Runs the dialog over `current`; on OK returns what the user chose (Settings::change stores
// and announces it). Empty when cancelled.
std::optional<AppSettings> editPreferences(QWidget *window, const AppSettings &current);

// The platform's Preferences key, plus Ctrl+, (Linux desktops define none).
QList<QKeySequence> preferencesShortcuts();

} // namespace pw::gui
