// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace pw::gui {

// The SEO state of each site post as it was when last opened here, so the list of a site's
// posts shows which ones need work before they are opened again. Kept as seo-memory.json in
// a folder the caller chooses (SiteAccounts::dataFolder()), read once and written whole.
class SeoMemory : public QObject {
    Q_OBJECT
public:
    struct State {
        int errors = 0; // metadata findings of severity error
        int warnings = 0;
        // 0-100, Yoast's scale (SeoReport::seoScore); -1 without a keyphrase, when Yoast gives
        // no SEO score either.
        int seoScore = -1;
        QDateTime checked;
    };

    explicit SeoMemory(const QString &folder, QObject *parent = nullptr);

    std::optional<State> state(const QUrl &site, qint64 postId) const;
    // Remembers the state and writes the file; false when it could not be written (the memory
    // still holds it for this session).
    bool remember(const QUrl &site, qint64 postId, const State &state);

    // "64 · 2 errors, 1 warning" (the SEO score, then the metadata findings) as the list shows it.
    static QString describe(const State &state);

signals:
    void changed();

private:
    static QString keyOf(const QUrl &site, qint64 postId);
    QString path() const;

    QString m_folder;
    QJsonObject m_root;
};

} // namespace pw::gui
