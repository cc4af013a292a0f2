// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pw {

class CategoryWhitelist {
public:
    CategoryWhitelist() = default;
    explicit CategoryWhitelist(QStringList categories);

    // The 60 categories of the generator prompt in seed 000, shipped as a resource.
    static CategoryWhitelist defaults();
    // One category per line; blank lines and lines starting with '#' are skipped.
    static std::optional<CategoryWhitelist> fromFile(const QString &path, QString *error = nullptr);

    const QStringList &categories() const { return m_categories; }
    bool isEmpty() const { return m_categories.isEmpty(); }
    bool containsExactly(const QString &category) const;
    // The allowed spelling of a category that differs only in case/spacing, if any.
    std::optional<QString> caseInsensitiveMatch(const QString &category) const;
    // The nearest allowed category ("Web Development" -> "Web Development Frameworks").
    QString suggest(const QString &category) const;

private:
    QStringList m_categories;
};

} // namespace pw
