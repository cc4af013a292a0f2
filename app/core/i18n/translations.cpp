// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pw {

static void install(QCoreApplication &app, const QLocale &locale, const QString &name,
                    const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const QString ours = QStringLiteral(":/i18n");
    // Installed first, so it is consulted last: a real translation wins over it.
    install(app, QLocale(QLocale::English), QStringLiteral("postwright"), ours);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(app, locale, QStringLiteral("postwright"), ours);
}

} // namespace pw
