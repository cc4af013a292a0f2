// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// main() for GUI tests: the preview's URL scheme must be registered and GL contexts shared
// before QApplication exists, and settings go to a throw-away folder so a test run never
// reads or changes the user's own.
#include "core/i18n/translations.h"
#include "gui/preview/web_engine_setup.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

#define PW_GUI_TEST_MAIN(TestClass)                                                            \
    int main(int argc, char **argv)                                                            \
    {                                                                                          \
        QTemporaryDir home;                                                                    \
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());     \
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());         \
        pw::gui::prepareWebEngine();                                                           \
        QApplication app(argc, argv);                                                          \
        pw::installTranslations(app, QLocale(QLocale::English));                               \
        QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));                   \
        QCoreApplication::setApplicationName(QStringLiteral("postwright-test"));               \
        TestClass test;                                                                        \
        return QTest::qExec(&test, argc, argv);                                                \
    }
