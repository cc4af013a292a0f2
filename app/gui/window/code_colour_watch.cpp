// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/code_colour_watch.h"

#include "gui/document/document.h"
#include "gui/document/document_manager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QStatusBar>

namespace pw::gui {

namespace {
constexpr int kNoticeMs = 15000;
}

CodeColourWatch::CodeColourWatch(DocumentManager *documents, QStatusBar *statusBar,
                                 QObject *parent)
    : QObject(parent), m_documents(documents), m_statusBar(statusBar)
{
    qApp->installEventFilter(this);
    for (Document *document : documents->documents())
        watch(document);
    connect(documents, &DocumentManager::documentCreated, this, &CodeColourWatch::watch);
}

bool CodeColourWatch::darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

bool CodeColourWatch::eventFilter(QObject *watched, QEvent *event)
{
    // Every widget hears of a new palette too; the application's own event is the one.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        m_documents->setCodeTheme(darkPalette() ? CodeColouring::darkTheme()
                                                : CodeColouring::lightTheme());
    return QObject::eventFilter(watched, event);
}

void CodeColourWatch::watch(Document *document)
{
    connect(document, &Document::snapshotChanged, this, &CodeColourWatch::noticeSnapshot);
}

void CodeColourWatch::noticeSnapshot(const SnapshotPtr &snapshot)
{
    if (m_told || !snapshot || snapshot->codeNotice.isEmpty())
        return;
    m_told = true;
    m_statusBar->showMessage(snapshot->codeNotice, kNoticeMs);
}

} // namespace pw::gui
