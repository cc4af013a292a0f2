// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/editor_zoom.h"

#include "gui/editor/markdown_editor.h"
#include "gui/settings/settings.h"
#include "gui/view/document_view.h"
#include "gui/window/document_tabs.h"

#include <QAction>
#include <QKeySequence>

namespace pw::gui {

namespace {

QList<QKeySequence> withoutDuplicates(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> result;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !result.contains(key))
            result << key;
    }
    return result;
}

} // namespace

EditorZoom::EditorZoom(Settings *settings, DocumentTabs *tabs, QObject *parent)
    : QObject(parent), m_settings(settings), m_zoomIn(new QAction(tr("Zoom &In"), this)),
      m_zoomOut(new QAction(tr("Zoom &Out"), this)), m_reset(new QAction(tr("Reset &Zoom"), this))
{
    // Ctrl++ needs Shift on many layouts; browsers take Ctrl+= as well.
    m_zoomIn->setShortcuts(withoutDuplicates(
        QKeySequence::keyBindings(QKeySequence::ZoomIn) +
        QList{QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)}));
    m_zoomOut->setShortcuts(withoutDuplicates(QKeySequence::keyBindings(QKeySequence::ZoomOut) +
                                              QList{QKeySequence(Qt::CTRL | Qt::Key_Minus)}));
    // Ctrl+0 is Format → Paragraph, beside Ctrl+1…6 for the headings; Typora, with the same
    // heading keys, resets its zoom with Ctrl+Shift+0. (A keypad-only Ctrl+0 would not do:
    // X11 shortcut matching drops the keypad modifier, so it would be Paragraph's.)
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0));
    m_zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    m_reset->setObjectName(QStringLiteral("resetZoomAction"));
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(1); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(m_reset, &QAction::triggered, this, &EditorZoom::reset);
    connect(m_settings, &Settings::changed, this, &EditorZoom::updateActions);
    connect(tabs, &DocumentTabs::viewCreated, this, [this](DocumentView *view) {
        connect(view->editor(), &MarkdownEditor::zoomRequested, this, &EditorZoom::zoomBy);
    });
    updateActions();
}

void EditorZoom::zoomBy(int steps)
{
    const AppSettings &values = m_settings->values();
    setZoom(values.boundedEditorZoom(values.boundedEditorZoom(values.editorZoom) + steps));
}

void EditorZoom::reset()
{
    setZoom(0);
}

void EditorZoom::setZoom(int zoom)
{
    if (zoom == m_settings->values().editorZoom)
        return;
    AppSettings values = m_settings->values();
    values.editorZoom = zoom;
    m_settings->change(values);
}

void EditorZoom::updateActions()
{
    const AppSettings &values = m_settings->values();
    const int zoom = values.boundedEditorZoom(values.editorZoom);
    m_zoomIn->setEnabled(values.boundedEditorZoom(zoom + 1) != zoom);
    m_zoomOut->setEnabled(values.boundedEditorZoom(zoom - 1) != zoom);
    m_reset->setEnabled(values.editorZoom != 0);
}

} // namespace pw::gui
