// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/atomic_writer.h"
#include "core/wordpress/wp_publisher.h"

#include <QByteArray>
#include <optional>

namespace pw::wp {

// What a document last sent to a site, by its marker: a fingerprint of everything that went
// into it (fields, body, every local image's bytes) and the content as sent (term ids, media
// ids, the HTML with the uploaded URLs). A publish of an unchanged document then needs no term
// lookups and no image checks: one request to look for a conflict and one to write.
// Kept as publish-memo.json in a folder the caller chooses (the CLI: AppDataLocation).
class PublishMemo {
public:
    explicit PublishMemo(const QString &folder);

    std::optional<PublishContent> find(const QString &site, const QString &marker,
                                       const QByteArray &fingerprint) const;
    WriteResult put(const QString &site, const QString &marker, const QByteArray &fingerprint,
                    const PublishContent &content);

private:
    QString path() const;

    QString m_folder;
};

} // namespace pw::wp
