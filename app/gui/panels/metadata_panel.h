// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "gui/document/document.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace pw {
class CategoryWhitelist;
class TitleWidthMeter;
} // namespace pw

namespace pw::gui {

class CategoryPicker;
class LengthMeter;
class SearchSnippetView;
class SnapshotFollower;
class SuggestionOffer;
class TagCompleter;

// The post's metadata as a form, with the live measures a writer acts on: the title's pixel
// width, the description's length, and the search result they make. Edits go straight into
// the Document; the panel holds no state of its own beyond the widgets.
class MetadataPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    // The document to show and edit, null for none. Its analysis context gives the whitelist
    // and the title meter.
    void setDocument(Document *document);
    // Puts the focus on the field a finding names, selecting its range when there is one.
    void focusField(Field field, TextRange range = {});

    QLineEdit *titleEdit() const { return m_title; }
    LengthMeter *titleMeter() const { return m_titleMeter; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    LengthMeter *descriptionMeter() const { return m_descriptionMeter; }
    QLineEdit *slugEdit() const { return m_slug; }
    QToolButton *slugFollowButton() const { return m_slugFollow; }
    QLineEdit *tagsEdit() const { return m_tags; }
    // The tags the post's site already uses, for the tag being typed; none without a site.
    TagCompleter *tagCompleter() const { return m_tagCompleter; }
    QLineEdit *topicEdit() const { return m_topic; }
    CategoryPicker *categoryPicker() const { return m_categories; }
    SearchSnippetView *snippetView() const { return m_snippet; }
    // A post without a title or description (plain Markdown) is offered the first heading
    // and the opening paragraph.
    SuggestionOffer *titleOffer() const { return m_titleOffer; }
    SuggestionOffer *descriptionOffer() const { return m_descriptionOffer; }

private:
    void showMetadata();
    void storeMetadata();
    void followTitle();
    void updateMeasures();

    void followContext();
    // The slug the post is published under: its own, else its site's or its title's.
    QString shownSlug(const Post &metadata) const;

    QPointer<Document> m_document;
    QLineEdit *m_title;
    LengthMeter *m_titleMeter;
    QPlainTextEdit *m_description;
    LengthMeter *m_descriptionMeter;
    QLineEdit *m_slug;
    QToolButton *m_slugFollow;
    QLineEdit *m_tags;
    TagCompleter *m_tagCompleter;
    QLineEdit *m_topic;
    CategoryPicker *m_categories;
    SearchSnippetView *m_snippet;
    SuggestionOffer *m_titleOffer;
    SuggestionOffer *m_descriptionOffer;
    SnapshotFollower *m_follower;
};

} // namespace pw::gui
