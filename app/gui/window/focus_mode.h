// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QAction;
class QMainWindow;
class QTabWidget;

namespace pw::gui {

class DocumentView;

// Distraction-free writing: the window goes full screen with only the editor, its text in a
// column of about 72 characters. Docks and previews are hidden, not closed, and leaving
// restores the window state (docks, geometry, full screen or not) and every view as it was.
// The menu bar stays, so every menu shortcut keeps working; Esc or the action's own
// shortcut leaves.
class FocusMode : public QObject {
    Q_OBJECT
public:
    static constexpr int TextWidth = 72;

    // `tabs` holds the window's DocumentViews; views opened while focused are focused too.
    FocusMode(QMainWindow *window, QTabWidget *tabs);

    // Checkable; View → Focus Mode. Shortcuts: F11 and Ctrl+Shift+F.
    QAction *action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void focusView(DocumentView *view);

    struct SavedView {
        QPointer<DocumentView> view;
        int textWidth = 0;
        bool previewVisible = true;
    };

    QMainWindow *m_window;
    QTabWidget *m_tabs;
    QAction *m_action;
    bool m_active = false;
    QByteArray m_state;
    QRect m_geometry; // client geometry: restoreGeometry() misplaces by the frame without a WM
    Qt::WindowStates m_windowState;
    QList<SavedView> m_views;
};

} // namespace pw::gui
