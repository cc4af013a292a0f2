// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dates in lists and dialogs: the locale's short form, and no seconds under the C locale.
#include "core/i18n/date_format.h"

#include <QTest>

using namespace pw;

class TestDateFormat : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void cLocaleIsIsoToTheMinute()
    {
        const QDateTime when(QDate(2026, 3, 5), QTime(14, 7, 9), Qt::UTC);
        QCOMPARE(shortDateTime(when, QLocale::c()), QStringLiteral("2026-03-05 14:07"));
    }

    void otherLocalesKeepTheirShortForm()
    {
        const QDateTime when(QDate(2026, 3, 5), QTime(14, 7, 9), Qt::UTC);
        QCOMPARE(shortDateTime(when, QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("05.03.26 14:07"));
        QCOMPARE(shortDateTime(when, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("3/5/26 2:07\u202fPM").replace(QChar(0x202f), QLatin1Char(' ')));
    }

    void invalidIsEmpty() { QCOMPARE(shortDateTime(QDateTime()), QString()); }
};

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_date_format.moc"
