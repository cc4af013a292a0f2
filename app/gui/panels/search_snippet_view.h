// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace pw {
struct SearchSnippet;
}

namespace pw::gui {

// How the post would look as a Google result: title, URL line, description, each cut where
// Google cuts it (see core/checks/search_snippet.h).
class SearchSnippetView : public QFrame {
    Q_OBJECT
public:
    explicit SearchSnippetView(QWidget *parent = nullptr);
    void setSnippet(const SearchSnippet &snippet);

    QString urlText() const;
    QString titleText() const;
    QString descriptionText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reserveHeight();

    QLabel *m_url;
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace pw::gui
