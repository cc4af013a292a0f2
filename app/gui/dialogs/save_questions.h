// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace pw::gui {

// The questions a save asks before it would keep less than the writer has: nothing is
// dropped without the writer saying so.

enum class TranscriptAnswer { SavePostElsewhere, ReplaceFile, Cancel };
// The file holds a whole generator transcript (prompt, category list, ...) around the post.
TranscriptAnswer askAboutTranscript(QWidget *parent, const QString &fileName);

enum class LostFieldsAnswer { SaveInAnotherFormat, SaveWithoutThem, Cancel };
// Saving in `formatLabel` ("generator text") would drop `lost` (fieldsLostIn). With
// `offerAnotherFormat`, the first button saves as Markdown with front matter instead.
LostFieldsAnswer askAboutLostFields(QWidget *parent, const QString &fileName,
                                    const QString &formatLabel, const QStringList &lost,
                                    bool offerAnotherFormat);

} // namespace pw::gui
