// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

class QLineEdit;
class QStringListModel;

namespace pw::gui {

// Completes the tag being typed in a comma-separated tags field from the tags a site already
// uses: only the text after the last comma is matched (case-insensitively, in the order the
// tags were given), and taking a completion replaces just that part, leaving the tags before
// it as they were typed.
class TagCompleter : public QCompleter {
    Q_OBJECT
public:
    explicit TagCompleter(QLineEdit *edit);

    // Most wanted first; empty for none (no site, or a site without tags).
    void setTags(const QStringList &tags);
    QStringList tags() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QLineEdit *m_edit;
    QStringListModel *m_model;
};

} // namespace pw::gui
