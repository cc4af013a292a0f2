// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pw {
class CategoryWhitelist;
}

namespace pw::gui {

class Document;

// The review of an imported post, beside the editor and following the current tab: what was
// mapped (title, slug, where the description and terms came from), what needs the editor
// (categories outside the list with a one-click fix, repaired characters, removed scripts,
// lost embeds), and that the document is new and unsaved. Reads the document's load
// findings; changes the document only when a fix button is pressed.
class ImportReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ImportReviewPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    bool hasImport() const;

    // The buttons of the fixes still to apply ("Use “Web Development Frameworks”").
    QList<QWidget *> fixButtons() const;
    // The review as plain text, for tests and accessibility.
    QString reviewText() const;

signals:
    // The user asked to see a field of the post (a metadata field or the body).
    void fieldRequested(pw::Field field);

private:
    void rebuild();
    void addHeader();
    void addMapping();
    void addFindings();
    QWidget *findingRow(const Finding &finding);
    // The category a "not in the list" finding is about, if the post still has it.
    QString categoryToFix(const Finding &finding) const;
    void applyCategoryFix(const QString &from, const QString &to);

    // The document's, which Preferences may replace (then the review is redone).
    const CategoryWhitelist *whitelist() const;

    QPointer<Document> m_document;
    QVBoxLayout *m_layout;
};

} // namespace pw::gui
