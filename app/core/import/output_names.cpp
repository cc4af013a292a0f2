// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/output_names.h"

#include "core/text/slug.h"

#include <QDir>

namespace pw {

OutputNames::OutputNames(const QString &folder, const QString &suffix)
    : m_folder(folder), m_suffix(suffix)
{
}

QString OutputNames::take(const QString &slug, const QString &fallback)
{
    // WordPress slugs are already URL-safe, but a hand-edited export may hold "../x" or
    // "a/b"; slugify keeps the name inside the folder and portable.
    QString base = slugify(slug);
    if (base.isEmpty())
        base = slugify(fallback);
    if (base.isEmpty())
        base = QStringLiteral("post");
    base.truncate(150); // file names are limited to 255 bytes
    const QDir folder(m_folder);
    for (int n = 1;; ++n) {
        const QString name = (n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n)) + m_suffix;
        const QString key = name.toLower();
        if (m_taken.contains(key))
            continue;
        m_taken.insert(key);
        return folder.filePath(name);
    }
}

} // namespace pw
