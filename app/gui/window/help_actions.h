// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QMenuBar;
class QWidget;

namespace pw::gui {

// Help → Keyboard Shortcuts, User Guide and About Postwright.
class HelpActions : public QObject {
    Q_OBJECT
public:
    // Adds the Help menu to `menuBar`; dialogs open over `window`.
    HelpActions(QMenuBar *menuBar, QWidget *window);

    // The user guide: installed beside the binary (share/doc/postwright), or in the source
    // tree of a development build. Empty when neither is there.
    static QString userGuidePath();
    void openUserGuide();
    void showAbout();

private:
    QWidget *m_window;
};

} // namespace pw::gui
