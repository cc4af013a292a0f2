// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/seo_view.h"

#include "core/seo/seo_analysis.h"
#include "gui/document/document.h"
#include "gui/panels/snapshot_follower.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace pw::gui {

namespace {

QString checkHtml(const SeoCheck &check, int index)
{
    // "Show in text" is a link, so it can be clicked or reached with Tab and Enter.
    return QStringLiteral("<tr><td valign='top' style='color:%1; font-size:large; "
                          "padding-right:4px'>&#9679;</td>"
                          "<td style='padding-bottom:6px'><b>%2</b><br>%3%4</td></tr>")
        .arg(SeoView::colorFor(check.rating).name())
        .arg(check.title.toHtmlEscaped(), check.message.toHtmlEscaped(),
             check.ranges.isEmpty() ? QString()
                                    : QStringLiteral(" <a href='check:%1'>%2</a>")
                                          .arg(index)
                                          .arg(SeoView::tr("Show in text").toHtmlEscaped()));
}

} // namespace

QColor SeoView::colorFor(SeoRating rating)
{
    // Yoast's traffic lights, dark enough for white text.
    switch (rating) {
    case SeoRating::Good:
        return QColor(0x1e, 0x84, 0x49);
    case SeoRating::Ok:
        return QColor(0xc2, 0x6b, 0x00);
    case SeoRating::Bad:
        break;
    }
    return QColor(0xc0, 0x27, 0x2d);
}

SeoView::SeoView(QWidget *parent)
    : QWidget(parent), m_seoScore(new QLabel(this)), m_readabilityScore(new QLabel(this)),
      m_note(new QLabel(this)), m_keyphrase(new QLineEdit(this)), m_synonyms(new QLineEdit(this)),
      m_checks(new QTextBrowser(this)), m_renderTimer(new QTimer(this)),
      m_follower(new SnapshotFollower(
          [this](Document *document, const SnapshotPtr &snapshot) {
              setReport(snapshot ? snapshot->seo : SeoReport());
              const SeoSettings seo = seoSettings(document ? document->metadata() : Post());
              showKeyphrase(seo.keyphrase, seo.synonyms);
          },
          this))
{
    auto *scores = new QHBoxLayout;
    for (QLabel *label : {m_seoScore, m_readabilityScore}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true); // a narrow dock wraps the name rather than cutting it
        scores->addWidget(label, 1);
    }
    m_keyphrase->setPlaceholderText(tr("The phrase readers search for"));
    m_keyphrase->setClearButtonEnabled(true);
    m_synonyms->setPlaceholderText(tr("Other phrasings, comma separated"));
    m_synonyms->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Keyphrase:"), m_keyphrase);
    form->addRow(tr("S&ynonyms:"), m_synonyms);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    m_checks->setOpenLinks(false);
    m_checks->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(scores);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_checks, 1);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(renderDelayMs);
    connect(m_renderTimer, &QTimer::timeout, this, &SeoView::render);

    connect(m_keyphrase, &QLineEdit::textEdited, this, &SeoView::storeKeyphrase);
    connect(m_synonyms, &QLineEdit::textEdited, this, &SeoView::storeKeyphrase);
    connect(m_checks, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("check"))
            activateCheck(url.path().toInt());
    });
}

void SeoView::setDocument(Document *document)
{
    m_follower->setDocument(document);
}

void SeoView::storeKeyphrase()
{
    Document *document = m_follower->document();
    if (!document)
        return;
    Post metadata = document->metadata();
    setSeoSettings(metadata, m_keyphrase->text(), m_synonyms->text());
    document->setMetadata(metadata);
}

void SeoView::showKeyphrase(const QString &keyphrase, const QString &synonyms)
{
    if (m_keyphrase->text() != keyphrase)
        m_keyphrase->setText(keyphrase);
    if (m_synonyms->text() != synonyms)
        m_synonyms->setText(synonyms);
}

void SeoView::fillScore(QLabel *label, const QString &name, int score)
{
    const QColor color = colorFor(ratingForOverallScore(score));
    // Name and score on one line: the lines below are the check list's (two lines here
    // left room for three checks at the window's default size).
    label->setText(QStringLiteral("<b>%1</b>&nbsp; <span style='font-size:large'>%2</span>")
                       .arg(name.toHtmlEscaped())
                       .arg(tr("%1/100").arg(score)));
    // Setting a style sheet polishes the label again even when it is the same one.
    const QString style = QStringLiteral("QLabel { background: %1; color: white; "
                                         "border-radius: 4px; padding: 4px; }")
                              .arg(color.name());
    if (label->styleSheet() != style)
        label->setStyleSheet(style);
    label->setToolTip(ratingName(ratingForOverallScore(score)));
}

void SeoView::activateCheck(int index)
{
    if (index >= 0 && index < m_report.checks.size())
        emit checkActivated(m_report.checks.at(index));
}

// Laying out the check list is the costliest thing done with a snapshot on the GUI thread
// (BENCHMARKS.md): it is skipped when nothing shown changed, deferred while the tab is hidden,
// and done a moment after the snapshot rather than in the middle of it, so the preview's
// patch and the editor are not kept waiting.
void SeoView::setReport(const SeoReport &report)
{
    if (report == (m_pending ? *m_pending : m_report))
        return;
    m_pending = report;
    if (isVisible() && !m_renderTimer->isActive())
        m_renderTimer->start();
}

void SeoView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        render();
}

void SeoView::render()
{
    m_renderTimer->stop();
    if (!m_pending)
        return;
    m_report = std::move(*m_pending);
    m_pending.reset();
    const SeoReport &report = m_report;
    fillScore(m_seoScore, tr("SEO"), report.seoScore);
    QString readability = tr("Readability");
    if (report.fleschReadingEase >= 0)
        readability += tr(" · Flesch %1").arg(QString::number(report.fleschReadingEase, 'f', 0));
    fillScore(m_readabilityScore, readability, report.readabilityScore);
    m_note->setText(report.languageNote);
    m_note->setVisible(!report.languageNote.isEmpty());

    QString html;
    for (SeoGroup group : {SeoGroup::Seo, SeoGroup::Readability}) {
        html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><table width='100%'>")
                    .arg(group == SeoGroup::Seo ? tr("SEO") : tr("Readability"));
        for (int i = 0; i < report.checks.size(); ++i) {
            if (report.checks.at(i).group == group)
                html += checkHtml(report.checks.at(i), i);
        }
        html += QStringLiteral("</table>");
    }
    // Most edits change a check's ranges but not its words: the list stays as it is.
    if (html == m_checksHtml)
        return;
    m_checksHtml = html;
    const int scroll = m_checks->verticalScrollBar()->value();
    m_checks->setHtml(html);
    m_checks->verticalScrollBar()->setValue(scroll); // live updates keep the reader's place
}

} // namespace pw::gui
