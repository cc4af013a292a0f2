// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pw::gui {

// Everything Qt WebEngine needs before QApplication exists: the preview's URL scheme, shared
// GL contexts, and the rendering backend. Called by main(), the GUI tests and the benchmarks
// alike, so they all run the editor the same way.
void prepareWebEngine();

} // namespace pw::gui
