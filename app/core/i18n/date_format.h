// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pw {

// A date and time to the minute in the user's local time, in the locale's short form
// ("3/5/26 2:07 PM", "05.03.26 14:07"). The C locale's short form has seconds and a month
// name ("5 Mar 2026 14:07:09"); under it (LANG=C), ISO order to the minute instead.
QString shortDateTime(const QDateTime &when, const QLocale &locale = QLocale());

} // namespace pw
