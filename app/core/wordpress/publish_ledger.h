// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/atomic_writer.h"

#include <QString>
#include <optional>

namespace pw::wp {

// Where a document went, for files whose format cannot record it themselves (the generator
// format, a transcript around the post): by the file's absolute path, its marker, and its post
// on a site with the modified_gmt the file is based on. Without it, a second publish of such a
// file would make a second post, and a change made on the site would go unnoticed.
// Kept as publish-ledger.json in a folder the caller chooses (the CLI: AppDataLocation).
class PublishLedger {
public:
    struct Entry {
        QString marker;
        QString site; // the site's address
        qint64 id = 0;
        QString modifiedGmt;
    };

    explicit PublishLedger(const QString &folder);

    std::optional<Entry> find(const QString &filePath) const;
    // Reads the file, sets the entry and writes it back atomically.
    WriteResult put(const QString &filePath, const Entry &entry);

private:
    QString path() const;

    QString m_folder;
};

} // namespace pw::wp
