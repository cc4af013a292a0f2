// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace pw {

// Picks file names in an output folder for imported posts: the slug made safe for a file
// name, then "-2", "-3", ... so that two posts of one run never share a file. Files already in
// the folder do not move a post to another name: a re-run of the same export then finds each
// post's earlier file under the same name, and the caller decides what to do with it.
class OutputNames {
public:
    OutputNames(const QString &folder, const QString &suffix);

    // A full path for the post; `fallback` is used when the slug gives no usable name.
    QString take(const QString &slug, const QString &fallback);

private:
    QString m_folder;
    QString m_suffix;
    QSet<QString> m_taken; // lower-cased: case-insensitive file systems exist
};

} // namespace pw
