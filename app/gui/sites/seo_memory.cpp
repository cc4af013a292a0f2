// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/seo_memory.h"

#include "core/wordpress/json_store.h"

#include <QDir>

namespace pw::gui {

SeoMemory::SeoMemory(const QString &folder, QObject *parent)
    : QObject(parent), m_folder(folder), m_root(wp::readJsonStore(path()))
{
}

QString SeoMemory::path() const
{
    return QDir(m_folder).filePath(QStringLiteral("seo-memory.json"));
}

QString SeoMemory::keyOf(const QUrl &site, qint64 postId)
{
    // One key however the address was spelt when the post was opened (with or without "/").
    return site.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
               .toString(QUrl::FullyEncoded) +
           QLatin1Char(' ') + QString::number(postId);
}

std::optional<SeoMemory::State> SeoMemory::state(const QUrl &site, qint64 postId) const
{
    const QJsonValue value = m_root.value(keyOf(site, postId));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject entry = value.toObject();
    State state;
    state.errors = entry.value(QLatin1String("errors")).toInt();
    state.warnings = entry.value(QLatin1String("warnings")).toInt();
    state.seoScore = entry.value(QLatin1String("seo_score")).toInt(-1);
    state.checked =
        QDateTime::fromString(entry.value(QLatin1String("checked")).toString(), Qt::ISODate);
    return state;
}

bool SeoMemory::remember(const QUrl &site, qint64 postId, const State &state)
{
    m_root.insert(keyOf(site, postId), QJsonObject{{QStringLiteral("errors"), state.errors},
                                                   {QStringLiteral("warnings"), state.warnings},
                                                   {QStringLiteral("seo_score"), state.seoScore},
                                                   {QStringLiteral("checked"),
                                                    state.checked.toUTC().toString(Qt::ISODate)}});
    emit changed();
    return wp::writeJsonStore(path(), m_root).ok;
}

QString SeoMemory::describe(const State &state)
{
    QStringList parts;
    if (state.errors > 0)
        parts << tr("%n error(s)", nullptr, state.errors);
    if (state.warnings > 0)
        parts << tr("%n warning(s)", nullptr, state.warnings);
    if (parts.isEmpty())
        parts << tr("no findings");
    if (state.seoScore < 0)
        return parts.join(QStringLiteral(", "));
    // The score first: it is what a narrow column keeps.
    return tr("%1 · %2").arg(state.seoScore).arg(parts.join(QStringLiteral(", ")));
}

} // namespace pw::gui
