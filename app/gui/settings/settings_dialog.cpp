// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/settings_dialog.h"

#include "core/checks/category_whitelist.h"
#include "core/checks/site_address.h"
#include "core/spelling/dictionary_finder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFontInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pw::gui {

std::optional<AppSettings> editPreferences(QWidget *window, const AppSettings &current)
{
    SettingsDialog dialog(current, window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.settings();
}

QList<QKeySequence> preferencesShortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    const QKeySequence ctrlComma(SettingsDialog::tr("Ctrl+,"));
    if (!keys.contains(ctrlComma))
        keys << ctrlComma;
    return keys;
}

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_original(settings), m_font(new QFontComboBox(this)),
      m_fontSize(new QSpinBox(this)), m_textWidth(new QSpinBox(this)), m_theme(new QComboBox(this)),
      m_autosave(new QSpinBox(this)), m_exportFormat(new QComboBox(this)),
      m_codeColours(new QComboBox(this)), m_whitelistLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_remoteImages(new QCheckBox(tr("Load remote images in the preview of new documents"), this)),
      m_reopenSession(new QCheckBox(tr("Reopen documents from last session"), this)),
      m_siteAddress(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));

    m_font->setCurrentFont(settings.editorFont);
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(qRound(settings.editorFont.pointSizeF()));

    m_textWidth->setRange(0, 400);
    m_textWidth->setSpecialValueText(tr("Whole width"));
    m_textWidth->setSuffix(tr(" characters"));
    m_textWidth->setValue(settings.textWidth);

    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));

    m_autosave->setRange(1, 600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(settings.autosaveSeconds);
    m_autosave->setToolTip(tr("How long after you stop typing the crash journal is written"));

    const std::pair<QString, QString> formats[] = {
        {QStringLiteral("markdown"), tr("Markdown with front matter")},
        {QStringLiteral("generator"), tr("Generator text")},
        {QStringLiteral("json"), tr("Post JSON")},
        {QStringLiteral("html"), tr("HTML page")}};
    for (const auto &[key, label] : formats)
        m_exportFormat->addItem(label, key);
    m_exportFormat->setCurrentIndex(qMax(0, m_exportFormat->findData(settings.exportFormat)));

    // In CodeColouring::styleNames()' order.
    const std::pair<QString, QString> codeStyles[] = {
        {QStringLiteral("inline"), tr("Inline styles")},
        {QStringLiteral("classes"), tr("Classes and a stylesheet")},
        {QStringLiteral("none"), tr("None (plain code)")}};
    for (const auto &[key, label] : codeStyles)
        m_codeColours->addItem(label, key);
    m_codeColours->setCurrentIndex(qMax(0, m_codeColours->findData(settings.codeColours)));
    m_codeColours->setToolTip(
        tr("How code blocks are coloured in the HTML you export, copy or publish. Inline styles "
           "look the same wherever the HTML goes. Classes (hl-keyword and the like) leave the "
           "colours to a stylesheet: an exported page brings its own, a post sent to a site "
           "or pasted into one uses the site's theme."));

    m_whitelistPath = settings.whitelistPath;
    m_whitelistLabel->setWordWrap(true);
    m_whitelistLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *loadWhitelist = new QPushButton(tr("Load from File…"), this);
    auto *resetWhitelistButton = new QPushButton(tr("Reset to Default"), this);
    connect(loadWhitelist, &QPushButton::clicked, this, &SettingsDialog::chooseWhitelist);
    connect(resetWhitelistButton, &QPushButton::clicked, this, &SettingsDialog::resetWhitelist);
    auto *whitelistButtons = new QHBoxLayout;
    whitelistButtons->addWidget(loadWhitelist);
    whitelistButtons->addWidget(resetWhitelistButton);
    whitelistButtons->addStretch();
    auto *whitelistBox = new QVBoxLayout;
    whitelistBox->addWidget(m_whitelistLabel);
    whitelistBox->addLayout(whitelistButtons);
    showWhitelist();

    // The installed dictionaries, and whatever was chosen before even if it is gone now.
    m_language->setEditable(true);
    for (const DictionaryFiles &dictionary : installedDictionaries(defaultDictionaryFolders()))
        m_language->addItem(dictionary.language);
    if (m_language->findText(settings.spellLanguage) < 0)
        m_language->addItem(settings.spellLanguage);
    m_language->setCurrentText(settings.spellLanguage);

    m_remoteImages->setChecked(settings.remoteImages);
    m_reopenSession->setChecked(settings.reopenSession);
    m_reopenSession->setToolTip(
        tr("When Postwright starts without files to open, reopen the files that were open "
           "when it quit, where you left them"));

    m_siteAddress->setText(settings.siteAddress);
    m_siteAddress->setPlaceholderText(tr("https://example.com"));
    m_siteAddress->setClearButtonEnabled(true);
    m_siteAddress->setToolTip(
        tr("Where your posts are published. The search result preview shows this address, "
           "and the SEO checks count links to it as internal links. A post's own permalink "
           "or link, when it has one, comes first."));

    auto *form = new QFormLayout;
    form->addRow(tr("Editor &font:"), m_font);
    form->addRow(tr("Font &size:"), m_fontSize);
    form->addRow(tr("Text &width:"), m_textWidth);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Autosave journal after:"), m_autosave);
    form->addRow(tr("Default &export format:"), m_exportFormat);
    form->addRow(tr("Code &colours in HTML:"), m_codeColours);
    form->addRow(tr("Category whitelist:"), whitelistBox);
    form->addRow(tr("Spelling &language:"), m_language);
    form->addRow(tr("Site a&ddress:"), m_siteAddress);
    form->addRow(QString(), m_remoteImages);
    form->addRow(QString(), m_reopenSession);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result = m_original;
    result.editorFont = m_font->currentFont();
    result.editorFont.setPointSize(m_fontSize->value());
    // The zoom is points on top of the chosen size: a newly chosen font or size starts
    // unzoomed. The box shows the family the system's "Monospace" resolves to, so compare
    // what the fonts resolve to.
    const QFont &before = m_original.editorFont;
    if (QFontInfo(result.editorFont).family() != QFontInfo(before).family() ||
        result.editorFont.pointSizeF() != before.pointSizeF())
        result.editorZoom = 0;
    result.textWidth = m_textWidth->value();
    result.theme = Theme(m_theme->currentData().toInt());
    result.autosaveSeconds = m_autosave->value();
    result.exportFormat = m_exportFormat->currentData().toString();
    result.codeColours = m_codeColours->currentData().toString();
    result.whitelistPath = m_whitelistPath;
    result.spellLanguage = normalizedLanguage(m_language->currentText());
    result.remoteImages = m_remoteImages->isChecked();
    result.reopenSession = m_reopenSession->isChecked();
    result.siteAddress = normalizedSiteAddress(m_siteAddress->text());
    return result;
}

void SettingsDialog::accept()
{
    const QString typed = m_siteAddress->text().trimmed();
    if (!typed.isEmpty() && normalizedSiteAddress(typed).isEmpty()) {
        QMessageBox::warning(this, tr("Not a site address"),
                             tr("“%1” is not a web address. Type the address of your site, "
                                "such as https://example.com or example.com/blog, or leave "
                                "the field empty.")
                                 .arg(typed));
        m_siteAddress->setFocus();
        m_siteAddress->selectAll();
        return;
    }
    QDialog::accept();
}

bool SettingsDialog::setWhitelistFile(const QString &path)
{
    QString error;
    const std::optional<CategoryWhitelist> list = CategoryWhitelist::fromFile(path, &error);
    if (!list || list->isEmpty()) {
        QMessageBox::warning(this, tr("Cannot use this whitelist"),
                             error.isEmpty() ? tr("%1 lists no categories.").arg(path) : error);
        return false;
    }
    m_whitelistPath = QFileInfo(path).absoluteFilePath();
    showWhitelist();
    return true;
}

void SettingsDialog::resetWhitelist()
{
    m_whitelistPath.clear();
    showWhitelist();
}

void SettingsDialog::chooseWhitelist()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Category Whitelist"), m_whitelistPath,
        tr("Text files, one category per line (*.txt);;All files (*)"));
    if (!path.isEmpty())
        setWhitelistFile(path);
}

void SettingsDialog::showWhitelist()
{
    const std::optional<CategoryWhitelist> list =
        m_whitelistPath.isEmpty() ? CategoryWhitelist::defaults()
                                  : CategoryWhitelist::fromFile(m_whitelistPath);
    const int count = list ? int(list->categories().size()) : 0;
    const QString where = m_whitelistPath.isEmpty() ? tr("The built-in list") : m_whitelistPath;
    m_whitelistLabel->setText(tr("%1 (%n categories)", nullptr, count).arg(where));
}

} // namespace pw::gui
