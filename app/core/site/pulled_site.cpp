// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/pulled_site.h"

#include "core/io/atomic_writer.h"
#include "core/site/site_profile.h"

#include <QDir>

#include <toml++/toml.h>

#include <sstream>

namespace pw {

QString markPulledSite(const QString &folder, const QUrl &siteAddress)
{
    const QDir dir(folder);
    // locateSite() starts from a file's folder; the file need not exist.
    if (locateSite(dir.filePath(QStringLiteral("post.md"))))
        return {};
    // toml++ writes the address, so quotes or backslashes in it cannot break the file.
    const toml::table table{
        {"base_url", siteAddress.toString(QUrl::FullyEncoded).toStdString()},
        {"categories", true},
    };
    std::ostringstream text;
    text << "# Written by Postwright when it pulled these posts from a WordPress site:\n"
            "# it makes this folder a site, so links and checks follow that site's rules.\n"
         << table << '\n';
    const WriteResult written = writeFileAtomically(dir.filePath(postwrightConfigName),
                                                    QByteArray::fromStdString(text.str()));
    return written.ok ? QString() : written.error;
}

} // namespace pw
