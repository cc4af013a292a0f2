// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace pw {

// Installs Postwright's translations for `locale` on the application, with Qt's own for
// standard dialogs. English is always installed underneath: it holds the plural forms
// ("1 word", "2 words") that the source strings write as "%n word(s)".
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace pw
