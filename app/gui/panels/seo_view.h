#pragma once

#include "core/seo/seo_report.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace pw::gui {

// The SEO tab: the two overall scores as colours and numbers, the focus keyphrase and its
// synonyms, and every check grouped (SEO, Readability) and sorted bad -> good. It shows a
// snapshot's report and never analyses anything itself.
class SeoView : public QWidget {
    Q_OBJECT
public:
    explicit SeoView(QWidget *parent = nullptr);

    void setReport(const SeoReport &report);
    const SeoReport &report() const { return m_report; }
    // Shows the document's keyphrase without emitting keyphraseEdited.
    void setKeyphrase(const QString &keyphrase, const QString &synonyms);
    QLineEdit *keyphraseEdit() const { return m_keyphrase; }
    QLineEdit *synonymsEdit() const { return m_synonyms; }
    QTextBrowser *checkList() const { return m_checks; }
    // What clicking the check's entry does; for keyboard users and tests too.
    void activateCheck(int index);

    static QColor colorFor(SeoRating rating);

signals:
    void keyphraseEdited(const QString &keyphrase, const QString &synonyms);
    void checkActivated(const pw::SeoCheck &check);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void fillScore(QLabel *label, const QString &name, int score);

    QLabel *m_seoScore;
    QLabel *m_readabilityScore;
    QLabel *m_note;
    QLineEdit *m_keyphrase;
    QLineEdit *m_synonyms;
    QTextBrowser *m_checks;
    SeoReport m_report;
    bool m_stale = false; // the report changed while the tab was hidden
};

} // namespace pw::gui
