// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/site_registry.h"

#include <QSettings>

namespace pw::wp {

namespace {

const QString kGroup = QStringLiteral("wordpress/sites");

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString SiteRecord::secretKey() const
{
    // By user and address, not by the name, so that renaming a site keeps its password.
    return user + QLatin1Char('@') + address.toString(QUrl::FullyEncoded);
}

SiteRegistry::SiteRegistry(QSettings &settings) : m_settings(settings) {}

QList<SiteRecord> SiteRegistry::sites() const
{
    QList<SiteRecord> sites;
    const int count = m_settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        SiteRecord site;
        site.name = m_settings.value(QStringLiteral("name")).toString();
        site.address = m_settings.value(QStringLiteral("address")).toUrl();
        site.apiRoot = m_settings.value(QStringLiteral("apiRoot")).toUrl();
        site.user = m_settings.value(QStringLiteral("user")).toString();
        site.roles = m_settings.value(QStringLiteral("roles")).toStringList();
        site.canPublish = m_settings.value(QStringLiteral("canPublish"), true).toBool();
        site.unfilteredHtml = m_settings.value(QStringLiteral("unfilteredHtml"), true).toBool();
        if (!site.name.isEmpty())
            sites.append(site);
    }
    m_settings.endArray();
    return sites;
}

std::optional<SiteRecord> SiteRegistry::find(const QString &name) const
{
    for (const SiteRecord &site : sites())
        if (sameName(site.name, name))
            return site;
    return std::nullopt;
}

void SiteRegistry::put(const SiteRecord &site)
{
    QList<SiteRecord> all = sites();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const SiteRecord &s) { return sameName(s.name, site.name); });
    if (it != all.end())
        *it = site;
    else
        all.append(site);
    store(all);
}

bool SiteRegistry::remove(const QString &name)
{
    QList<SiteRecord> all = sites();
    const auto removed = all.removeIf([&](const SiteRecord &s) { return sameName(s.name, name); });
    if (removed == 0)
        return false;
    store(all);
    return true;
}

void SiteRegistry::store(const QList<SiteRecord> &sites)
{
    m_settings.remove(kGroup);
    m_settings.beginWriteArray(kGroup, int(sites.size()));
    for (int i = 0; i < sites.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), sites[i].name);
        m_settings.setValue(QStringLiteral("address"), sites[i].address);
        m_settings.setValue(QStringLiteral("apiRoot"), sites[i].apiRoot);
        m_settings.setValue(QStringLiteral("user"), sites[i].user);
        m_settings.setValue(QStringLiteral("roles"), sites[i].roles);
        m_settings.setValue(QStringLiteral("canPublish"), sites[i].canPublish);
        m_settings.setValue(QStringLiteral("unfilteredHtml"), sites[i].unfilteredHtml);
    }
    m_settings.endArray();
    m_settings.sync();
}

} // namespace pw::wp
