// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seo/seo_report.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTimer;

namespace pw::gui {

class Document;
class SnapshotFollower;

// The SEO tab: the two overall scores as colours and numbers, the focus keyphrase and its
// synonyms, and every check grouped (SEO, Readability) and sorted bad -> good. It shows the
// current document's report and never analyses anything itself; the keyphrase fields edit
// that document.
class SeoView : public QWidget {
    Q_OBJECT
public:
    // How long after a new report the tab shows it, at most: the preview and the editor go
    // first, and a typist's reports in that time are shown once.
    static constexpr int renderDelayMs = 30;

    explicit SeoView(QWidget *parent = nullptr);

    // Shows the snapshots of `document` (null: none) and edits its keyphrase from now on.
    void setDocument(Document *document);
    // Shows `report` within renderDelayMs while the tab is visible, else when it is shown.
    void setReport(const SeoReport &report);
    // The report the tab shows.
    const SeoReport &report() const { return m_report; }
    QLineEdit *keyphraseEdit() const { return m_keyphrase; }
    QLineEdit *synonymsEdit() const { return m_synonyms; }
    QTextBrowser *checkList() const { return m_checks; }
    // What clicking the check's entry does; for keyboard users and tests too.
    void activateCheck(int index);

    static QColor colorFor(SeoRating rating);

signals:
    void checkActivated(const pw::SeoCheck &check);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Replaces what the fields show only when it differs, so the cursor does not jump while
    // the user types.
    void showKeyphrase(const QString &keyphrase, const QString &synonyms);
    void storeKeyphrase();
    void render();
    void fillScore(QLabel *label, const QString &name, int score);

    QLabel *m_seoScore;
    QLabel *m_readabilityScore;
    QLabel *m_note;
    QLineEdit *m_keyphrase;
    QLineEdit *m_synonyms;
    QTextBrowser *m_checks;
    SeoReport m_report;                 // shown
    std::optional<SeoReport> m_pending; // to be shown: see setReport
    QTimer *m_renderTimer;
    QString m_checksHtml; // what the check list was last given
    SnapshotFollower *m_follower;
};

} // namespace pw::gui
