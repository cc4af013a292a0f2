// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace pw::gui {

class DocumentSpelling;

// A thin strip under the editor: the document's spelling language (installed dictionaries)
// and what the check found, including misspelled words of the title, meta description and
// tags, which a QLineEdit cannot underline.
class SpellingBar : public QWidget {
    Q_OBJECT
public:
    SpellingBar(DocumentSpelling *spelling, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_languages; }
    QLabel *statusLabel() const { return m_status; }

private:
    void fillLanguages();
    void updateStatus();

    DocumentSpelling *m_spelling;
    QComboBox *m_languages;
    QLabel *m_status;
};

} // namespace pw::gui
