// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/app_settings.h"

#include "core/checks/site_address.h"
#include "core/markdown/code_colouring.h"
#include "core/spelling/post_language.h"

#include <QFontDatabase>
#include <QSettings>

#include <cmath>

namespace pw::gui {

namespace {
const QString kFont = QStringLiteral("editor/font");
const QString kTextWidth = QStringLiteral("editor/textWidth");
const QString kZoom = QStringLiteral("editor/zoom");
const QString kAutosave = QStringLiteral("journal/intervalSeconds");
const QString kExportFormat = QStringLiteral("export/defaultFormat");
const QString kCodeColours = QStringLiteral("export/codeColours");
const QString kWhitelist = QStringLiteral("categories/whitelistFile");
const QString kRemoteImages = QStringLiteral("preview/remoteImagesDefault");
const QString kReopenSession = QStringLiteral("session/reopen");
const QString kSiteAddress = QStringLiteral("site/address");
} // namespace

QFont AppSettings::defaultEditorFont()
{
    // The same choice MarkdownEditor makes for itself: Markdown lines up in a fixed font.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font.pointSizeF() > 0 && font.pointSizeF() < 11)
        font.setPointSizeF(11);
    return font;
}

QStringList AppSettings::exportFormats()
{
    return {QStringLiteral("markdown"), QStringLiteral("generator"), QStringLiteral("json"),
            QStringLiteral("html")};
}

int AppSettings::boundedEditorZoom(int zoom) const
{
    // A font in pixels (never chosen in the dialog) is left as it is.
    const qreal points = editorFont.pointSizeF();
    if (points <= 0)
        return 0;
    // A preference outside the bounds (a hand-edited file) can still be reset to.
    const int lowest = qMin(0, int(std::ceil(kMinFontPoints - points)));
    const int highest = qMax(0, int(std::floor(kMaxFontPoints - points)));
    return qBound(lowest, zoom, highest);
}

QFont AppSettings::zoomedEditorFont() const
{
    QFont font = editorFont;
    if (const int zoom = boundedEditorZoom(editorZoom); zoom != 0)
        font.setPointSizeF(font.pointSizeF() + zoom);
    return font;
}

std::optional<PostFormat> AppSettings::exportPostFormat() const
{
    for (const PostFormat format :
         {PostFormat::MarkdownFrontMatter, PostFormat::Generator, PostFormat::PostJson}) {
        if (formatName(format) == exportFormat)
            return format;
    }
    return std::nullopt;
}

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings result;
    result.editorFont = defaultEditorFont();
    if (const QString font = settings.value(kFont).toString(); !font.isEmpty())
        result.editorFont.fromString(font);
    result.textWidth = qMax(0, settings.value(kTextWidth, 0).toInt());
    result.editorZoom = result.boundedEditorZoom(settings.value(kZoom, 0).toInt());
    result.theme = savedTheme();
    result.autosaveSeconds = qBound(1, settings.value(kAutosave, 2).toInt(), 600);
    if (const QString format = settings.value(kExportFormat).toString();
        exportFormats().contains(format))
        result.exportFormat = format;
    // A value this version does not know (a newer one's, a typo) reads as the default.
    if (const QString style = settings.value(kCodeColours).toString();
        CodeColouring::styleNames().contains(style))
        result.codeColours = style;
    result.whitelistPath = settings.value(kWhitelist).toString();
    result.spellLanguage = defaultSpellingLanguage();
    result.remoteImages = settings.value(kRemoteImages, false).toBool();
    result.reopenSession = settings.value(kReopenSession, true).toBool();
    // A hand-edited value that is no address is as good as none.
    result.siteAddress = normalizedSiteAddress(settings.value(kSiteAddress).toString());
    return result;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(kFont, editorFont.toString());
    settings.setValue(kTextWidth, textWidth);
    settings.setValue(kZoom, editorZoom);
    saveTheme(theme);
    settings.setValue(kAutosave, autosaveSeconds);
    settings.setValue(kExportFormat, exportFormat);
    settings.setValue(kCodeColours, codeColours);
    if (whitelistPath.isEmpty())
        settings.remove(kWhitelist);
    else
        settings.setValue(kWhitelist, whitelistPath);
    setDefaultSpellingLanguage(spellLanguage);
    settings.setValue(kRemoteImages, remoteImages);
    settings.setValue(kReopenSession, reopenSession);
    if (siteAddress.isEmpty())
        settings.remove(kSiteAddress);
    else
        settings.setValue(kSiteAddress, siteAddress);
}

CategoryWhitelist AppSettings::whitelist() const
{
    if (!whitelistPath.isEmpty()) {
        if (std::optional<CategoryWhitelist> list = CategoryWhitelist::fromFile(whitelistPath);
            list && !list->isEmpty())
            return *list;
    }
    return CategoryWhitelist::defaults();
}

} // namespace pw::gui
