// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/title_width.h"

#include <QFile>
#include <QStringList>
#include <hb.h>

namespace pw {

namespace {

struct BlobDeleter {
    void operator()(hb_blob_t *blob) const { hb_blob_destroy(blob); }
};
struct FaceDeleter {
    void operator()(hb_face_t *face) const { hb_face_destroy(face); }
};
struct FontDeleter {
    void operator()(hb_font_t *font) const { hb_font_destroy(font); }
};
struct BufferDeleter {
    void operator()(hb_buffer_t *buffer) const { hb_buffer_destroy(buffer); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, BlobDeleter>;
using FacePtr = std::unique_ptr<hb_face_t, FaceDeleter>;
using FontPtr = std::unique_ptr<hb_font_t, FontDeleter>;
using BufferPtr = std::unique_ptr<hb_buffer_t, BufferDeleter>;

} // namespace

struct TitleWidthMeter::Font {
    FacePtr face;
    FontPtr font;
    unsigned upem = 0;

    static std::unique_ptr<Font> load(const QString &path);
};

std::unique_ptr<TitleWidthMeter::Font> TitleWidthMeter::Font::load(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    // hb_blob_create_from_file answers a missing or unreadable file with the empty blob,
    // never null, so the length is the test.
    BlobPtr blob(hb_blob_create_from_file(QFile::encodeName(path).constData()));
    if (hb_blob_get_length(blob.get()) == 0)
        return nullptr;
    auto font = std::make_unique<Font>();
    font->face.reset(hb_face_create(blob.get(), 0)); // the face keeps its own blob reference
    if (hb_face_get_glyph_count(font->face.get()) == 0)
        return nullptr; // not a font HarfBuzz understands
    font->upem = hb_face_get_upem(font->face.get());
    if (font->upem == 0)
        return nullptr;
    font->font.reset(hb_font_create(font->face.get()));
    // Immutable, so one meter can be shared by analysis threads: shaping only reads it.
    hb_font_make_immutable(font->font.get());
    return font;
}

TitleWidthMeter::TitleWidthMeter(const QString &fontPath)
    : m_font(Font::load(fontPath)), m_fontPath(m_font ? fontPath : QString())
{
}

TitleWidthMeter::~TitleWidthMeter() = default;

bool TitleWidthMeter::isValid() const
{
    return m_font != nullptr;
}

QString TitleWidthMeter::fontPath() const
{
    return m_fontPath;
}

double TitleWidthMeter::widthPx(const QString &text, double pixelSize) const
{
    if (!m_font || text.isEmpty())
        return 0.0;
    BufferPtr buffer(hb_buffer_create());
    hb_buffer_add_utf16(buffer.get(), reinterpret_cast<const uint16_t *>(text.utf16()),
                        int(text.size()), 0, int(text.size()));
    hb_buffer_guess_segment_properties(buffer.get());
    // Default features, so GPOS kerning applies: Chromium kerns by default (font-kerning:
    // auto), and measured in QtWebEngine it kerns Liberation Sans exactly as HarfBuzz does
    // here. Liberation Sans 2 has no legacy 'kern' table; the yoast-oracle's opentype.js
    // also reads its pairs from GPOS, and all three agree within 0.02 px, whereas
    // unkerned widths run up to 22 px wider on "AV", "To", "Yo". tests/data/title_widths.tsv
    // has the comparison.
    hb_shape(m_font->font.get(), buffer.get(), nullptr, 0);

    unsigned count = 0;
    const hb_glyph_position_t *positions = hb_buffer_get_glyph_positions(buffer.get(), &count);
    qint64 units = 0;
    for (unsigned i = 0; i < count; ++i)
        units += positions[i].x_advance;
    // The font's default scale is its upem, so advances are in font units.
    return double(units) * pixelSize / double(m_font->upem);
}

QString TitleWidthMeter::defaultFontPath()
{
    // Liberation Sans has Arial's advance widths (it was drawn to be metric-compatible),
    // so it stands in for the Arial 20 px that Google uses for result titles.
    static const char *const candidates[] = {
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", // fonts-liberation2
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",  // fonts-liberation
        "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",      // Fedora
        "/usr/share/fonts/truetype/msttcorefonts/Arial.ttf",                // ttf-mscorefonts
        "/usr/share/fonts/truetype/msttcorefonts/arial.ttf",
    };
    for (const char *candidate : candidates) {
        const QString path = QString::fromLatin1(candidate);
        if (QFile::exists(path))
            return path;
    }
    return {};
}

} // namespace pw
