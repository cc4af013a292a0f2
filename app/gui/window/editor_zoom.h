// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace pw::gui {

class DocumentTabs;
class Settings;

// View → Zoom In, Zoom Out and Reset Zoom, and Ctrl+wheel over an editor: the editor font
// grows or shrinks a point at a time. The zoom is a preference (AppSettings::editorZoom), so
// every view applies it at once, as it applies any preference, and a restart keeps it. Reset
// returns to the size chosen in Preferences. The preview keeps its own size.
class EditorZoom : public QObject {
    Q_OBJECT
public:
    // Follows the editors of the views `tabs` makes, for Ctrl+wheel.
    EditorZoom(Settings *settings, DocumentTabs *tabs, QObject *parent = nullptr);

    // Zoom In, Zoom Out and Reset Zoom, in that order, for the View menu.
    QList<QAction *> actions() const { return {m_zoomIn, m_zoomOut, m_reset}; }

    // Positive steps zoom in. Stops at the size bounds.
    void zoomBy(int steps);
    void reset();

private:
    void setZoom(int zoom);
    void updateActions();

    Settings *m_settings;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_reset;
};

} // namespace pw::gui
