// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/search_snippet_view.h"

#include "core/checks/search_snippet.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pw::gui {

SearchSnippetView::SearchSnippetView(QWidget *parent)
    : QFrame(parent)
    , m_url(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    // A search result page is white whatever the desktop theme, so the snippet is too.
    setAutoFillBackground(true);
    QPalette page = palette();
    page.setColor(QPalette::Window, Qt::white);
    page.setColor(QPalette::WindowText, QColor(0x4d, 0x51, 0x56));
    setPalette(page);

    QFont arial(QStringLiteral("Arial"));
    arial.setStyleHint(QFont::SansSerif);
    QFont titleFont = arial;
    titleFont.setPixelSize(20);
    QFont smallFont = arial;
    smallFont.setPixelSize(14);

    m_url->setFont(smallFont);
    m_url->setStyleSheet(QStringLiteral("color: #202124;"));
    m_title->setFont(titleFont);
    m_title->setStyleSheet(QStringLiteral("color: #1a0dab;"));
    m_description->setFont(smallFont);
    for (QLabel *label : {m_url, m_title, m_description}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_url);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
}

// Form layouts size rows by their minimum height, which for a word-wrapped label is one line;
// reserving the height the wrapped text needs at the current width keeps the lines apart.
void SearchSnippetView::reserveHeight()
{
    setMinimumHeight(layout()->totalHeightForWidth(width()));
}

void SearchSnippetView::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    reserveHeight();
}

void SearchSnippetView::setSnippet(const SearchSnippet &snippet)
{
    m_url->setText(snippet.url);
    m_url->setToolTip(snippet.placeholderUrl
                          ? tr("Not the real address: set your site's address in Edit → "
                               "Preferences, or give the post a permalink")
                          : QString());
    m_title->setText(snippet.title.isEmpty() ? tr("(no title)") : snippet.title);
    m_description->setText(snippet.description.isEmpty()
                               ? tr("(no meta description: Google will pick text from the page)")
                               : snippet.description);
    reserveHeight();
}

QString SearchSnippetView::urlText() const
{
    return m_url->text();
}

QString SearchSnippetView::titleText() const
{
    return m_title->text();
}

QString SearchSnippetView::descriptionText() const
{
    return m_description->text();
}

} // namespace pw::gui
