// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII for gumbo. Only code under app/core/import and app/core/seo includes this header: raw gumbo pointers do
// not leave the importer.

#include <gumbo.h>

#include <QByteArray>
#include <memory>

namespace pw::gumbo {

struct OutputDeleter {
    void operator()(GumboOutput *output) const
    {
        if (output)
            gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

// Parses a whole document the way a browser would, repairing invalid nesting on the way.
// The bytes must outlive the output: gumbo points into them for original text.
inline OutputPtr parse(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    // Errors are not reported to anyone; recording them only costs memory on broken input.
    options.max_errors = 0;
    return OutputPtr(
        gumbo_parse_with_options(&options, utf8.constData(), static_cast<size_t>(utf8.size())));
}

} // namespace pw::gumbo
