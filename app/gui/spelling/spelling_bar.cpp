// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/spelling/spelling_bar.h"

#include "core/spelling/dictionary_finder.h"
#include "gui/spelling/document_spelling.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace pw::gui {

namespace {
QString languageLabel(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()),
                                         QLocale::territoryToString(locale.territory()));
}
} // namespace

SpellingBar::SpellingBar(DocumentSpelling *spelling, QWidget *parent)
    : QWidget(parent), m_spelling(spelling), m_languages(new QComboBox(this)),
      m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    auto *label = new QLabel(tr("Spelling:"), this);
    label->setBuddy(m_languages);
    layout->addWidget(label);
    layout->addWidget(m_languages);
    layout->addWidget(m_status, 1);
    m_languages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languages->setToolTip(tr("The language this post is checked in (stored in its front "
                               "matter as 'lang')"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(false);
    // A long status (many misspelled names in the metadata) must not widen the editor's pane:
    // the splitter then collapsed the preview on a 1400-pixel window with two docks open. It is
    // cut off instead; its tooltip has all of it.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    fillLanguages();
    connect(m_languages, &QComboBox::activated, this, [this](int index) {
        const QString code = m_languages->itemData(index).toString();
        if (code.isEmpty())
            m_spelling->setEnabled(false);
        else {
            m_spelling->setEnabled(true);
            m_spelling->setLanguage(code);
        }
    });
    connect(m_spelling, &DocumentSpelling::statusChanged, this, &SpellingBar::updateStatus);
    updateStatus();
}

void SpellingBar::fillLanguages()
{
    m_languages->clear();
    m_languages->addItem(tr("Off"), QString());
    for (const DictionaryFiles &files : installedDictionaries(defaultDictionaryFolders()))
        m_languages->addItem(languageLabel(files.language), files.language);
    const QString current = m_spelling->language();
    int index = m_languages->findData(current);
    if (index < 0) {
        // The post asks for a language without a dictionary: show it, marked missing.
        m_languages->addItem(tr("%1 (not installed)").arg(current), current);
        index = m_languages->count() - 1;
    }
    m_languages->setCurrentIndex(index);
}

void SpellingBar::updateStatus()
{
    // The language may have been chosen in another view of the document, or in its metadata.
    if (!m_spelling->isEnabled())
        m_languages->setCurrentIndex(0);
    else if (m_languages->currentData().toString() != m_spelling->language())
        fillLanguages();
    QString text;
    if (!m_spelling->error().isEmpty()) {
        text = m_spelling->error();
    } else if (m_spelling->isEnabled()) {
        text = tr("%n possible misspelling(s)", nullptr, m_spelling->misspellingCount());
        const QStringList words = m_spelling->metadataMisspellings();
        if (!words.isEmpty())
            text +=
                tr(" · in title, description or tags: %1").arg(words.join(QStringLiteral(", ")));
    }
    m_status->setText(text);
    m_status->setToolTip(text);
}

} // namespace pw::gui
