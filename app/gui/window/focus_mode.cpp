// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/focus_mode.h"

#include "gui/editor/markdown_editor.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"

#include <QAction>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QTabWidget>

namespace pw::gui {

FocusMode::FocusMode(QMainWindow *window, QTabWidget *tabs)
    : QObject(window), m_window(window), m_tabs(tabs),
      m_action(new QAction(tr("&Focus Mode"), this))
{
    m_action->setCheckable(true);
    // F11 is the desktop's full-screen key; Ctrl+Shift+F is what other writing apps use.
    m_action->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(tr("Ctrl+Shift+F"))});
    m_action->setToolTip(tr("Only the editor, full screen (Esc leaves)"));
    connect(m_action, &QAction::toggled, this, &FocusMode::setActive);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_active)
            focusView(qobject_cast<DocumentView *>(m_tabs->currentWidget()));
    });
    // Esc arrives here only when nothing else took it (the find bar closes itself first).
    m_window->installEventFilter(this);
}

void FocusMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    {
        const QSignalBlocker blocker(m_action);
        m_action->setChecked(active);
    }
    if (active)
        enter();
    else
        leave();
}

bool FocusMode::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && watched == m_window && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        setActive(false);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void FocusMode::enter()
{
    m_state = m_window->saveState();
    m_geometry = m_window->geometry();
    m_windowState = m_window->windowState();
    m_views.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->parentWidget() == m_window)
            dock->hide();
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<DocumentView *>(m_tabs->widget(i)))
            focusView(view);
    }
    m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
    if (DocumentView *view = qobject_cast<DocumentView *>(m_tabs->currentWidget()))
        view->editor()->setFocus(Qt::OtherFocusReason);
}

void FocusMode::focusView(DocumentView *view)
{
    if (!view)
        return;
    for (const SavedView &saved : std::as_const(m_views)) {
        if (saved.view == view)
            return;
    }
    m_views.append({view, view->editor()->maximumTextWidth(), view->preview()->isVisibleTo(view)});
    view->preview()->hide();
    view->editor()->setMaximumTextWidth(TextWidth);
}

void FocusMode::leave()
{
    for (const SavedView &saved : std::as_const(m_views)) {
        if (!saved.view)
            continue; // closed while focused
        saved.view->editor()->setMaximumTextWidth(saved.textWidth);
        saved.view->preview()->setVisible(saved.previewVisible);
    }
    m_views.clear();
    m_window->setWindowState(m_windowState);
    if (!(m_windowState & (Qt::WindowFullScreen | Qt::WindowMaximized)))
        m_window->setGeometry(m_geometry);
    m_window->restoreState(m_state);
}

} // namespace pw::gui
