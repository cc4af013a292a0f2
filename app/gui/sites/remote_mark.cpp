// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/remote_mark.h"

#include <QCoreApplication>

namespace pw::gui {

namespace {

struct RemoteMarkText {
    Q_DECLARE_TR_FUNCTIONS(pw::gui::RemoteMark)
};

} // namespace

QString wordPressStatusLabel(const QString &status)
{
    // The names WordPress's own editor shows for its statuses.
    if (status == QLatin1String("draft"))
        return RemoteMarkText::tr("Draft");
    if (status == QLatin1String("pending"))
        return RemoteMarkText::tr("Pending Review");
    if (status == QLatin1String("future"))
        return RemoteMarkText::tr("Scheduled");
    if (status == QLatin1String("publish"))
        return RemoteMarkText::tr("Published");
    if (status == QLatin1String("private"))
        return RemoteMarkText::tr("Private");
    return status;
}

std::optional<RemoteMark> remoteMarkOf(const Post &post)
{
    RemoteMark mark;
    mark.site = QUrl(extraValue(post, extra_key::wordpressSite));
    mark.id = extraValue(post, extra_key::wordpressId).toLongLong();
    if (!mark.site.isValid() || mark.site.host().isEmpty() || mark.id <= 0)
        return std::nullopt;
    mark.status = extraValue(post, extra_key::wordpressStatus);
    const QUrl link(extraValue(post, QStringLiteral("link")));
    // Only a web address is offered to click: the field is the file's, and anyone may edit it.
    if (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http"))
        mark.link = link;
    return mark;
}

QString RemoteMark::siteName() const
{
    QString name = site.host();
    if (site.port() != -1)
        name += QLatin1Char(':') + QString::number(site.port());
    QString path = site.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return name + path;
}

QString RemoteMark::statusLabel() const
{
    return wordPressStatusLabel(status);
}

QString RemoteMark::summary() const
{
    if (status.isEmpty())
        return RemoteMarkText::tr("On %1 · post %2").arg(siteName(), QString::number(id));
    return RemoteMarkText::tr("On %1 · %2 · post %3")
        .arg(siteName(), statusLabel(), QString::number(id));
}

QString RemoteMark::place() const
{
    const QString label = status.isEmpty() ? RemoteMarkText::tr("Post") : statusLabel();
    return RemoteMarkText::tr("%1 on %2").arg(label, siteName());
}

QString RemoteMark::updateHint(const QString &publishShortcut)
{
    if (publishShortcut.isEmpty())
        return RemoteMarkText::tr("Publish updates it");
    return RemoteMarkText::tr("Publish updates it (%1)").arg(publishShortcut);
}

QString RemoteMark::statusText(const QString &publishShortcut) const
{
    return place() + QStringLiteral(" — ") + updateHint(publishShortcut);
}

} // namespace pw::gui
