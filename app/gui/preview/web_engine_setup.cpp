// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/preview/web_engine_setup.h"

#include "gui/preview/document_scheme_handler.h"

#include <QCoreApplication>

namespace pw::gui {

void prepareWebEngine()
{
    registerPreviewSchemes();
    // With a WebEngine view in the window, the GL backend composites the whole window through
    // OpenGL on every repaint. Without a GPU (Mesa's llvmpipe, remote desktops, Xvfb) that made
    // each keystroke cost ~37 ms of GUI-thread time on seed 000, against ~1 ms with the
    // software backend (BENCHMARKS.md). A text preview gains nothing from GL, so software is
    // the default; a user's own QT_QUICK_BACKEND still wins.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace pw::gui
