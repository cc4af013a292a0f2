// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace pw::gui {

// The application's colours: the desktop's own palette, or Postwright's light or dark one.
// Widgets, the highlighter and the preview all follow QApplication's palette, so changing it
// here re-colours everything, the preview included.
enum class Theme { System, Light, Dark };

Theme themeFromName(const QString &name); // "system", "light", "dark"; anything else: System
QString themeName(Theme theme);

void applyTheme(QApplication &app, Theme theme);

// The theme stored in QSettings ("theme"), defaulting to System.
Theme savedTheme();
void saveTheme(Theme theme);

} // namespace pw::gui
