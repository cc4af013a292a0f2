// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/metadata_panel.h"

#include "core/checks/category_whitelist.h"
#include "core/checks/metadata_checks.h"
#include "core/checks/search_snippet.h"
#include "core/checks/title_width.h"
#include "core/site/site_profile.h"
#include "core/text/slug.h"
#include "gui/document/document.h"
#include "gui/panels/category_picker.h"
#include "gui/panels/length_meter.h"
#include "gui/panels/search_snippet_view.h"
#include "gui/panels/snapshot_follower.h"
#include "gui/panels/suggestion_offer.h"
#include "gui/panels/tag_completer.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

namespace pw::gui {

using Quality = LengthMeter::Quality;

MetadataPanel::MetadataPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_titleMeter(new LengthMeter(this))
    , m_description(new QPlainTextEdit(this))
    , m_descriptionMeter(new LengthMeter(this))
    , m_slug(new QLineEdit(this))
    , m_slugFollow(new QToolButton(this))
    , m_tags(new QLineEdit(this))
    , m_tagCompleter(new TagCompleter(m_tags))
    , m_topic(new QLineEdit(this))
    , m_categories(new CategoryPicker(this))
    , m_snippet(new SearchSnippetView(this))
    , m_titleOffer(new SuggestionOffer(tr("From the first heading"), this))
    , m_descriptionOffer(new SuggestionOffer(tr("From the opening paragraph"), this))
    , m_follower(new SnapshotFollower(
          [this](Document *, const SnapshotPtr &snapshot) {
              const MetadataSuggestion offer = snapshot ? snapshot->suggestion : MetadataSuggestion();
              m_titleOffer->setValue(offer.title);
              m_descriptionOffer->setValue(offer.description);
          },
          this))
{
    // Google's bands (GUIDE.md): fine up to 580 px, Rank Math warns from 580, Yoast from 600.
    m_titleMeter->setScale(700);
    m_titleMeter->setMarks({limits::titleWidthInfoPx, limits::titleWidthWarnPx});
    m_titleMeter->setBands({{limits::titleWidthInfoPx, Quality::Good},
                            {limits::titleWidthWarnPx, Quality::Ok}});
    m_descriptionMeter->setScale(200);
    m_descriptionMeter->setMarks({limits::descriptionMinChars, limits::descriptionMaxChars});
    m_descriptionMeter->setBands({{0, Quality::Bad},
                                  {limits::descriptionMinChars, Quality::Ok},
                                  {limits::descriptionMaxChars, Quality::Good}});

    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
    // A static site's post may keep its description under another key; the field edits that.
    m_description->setToolTip(tr("The front matter's description, or, in a file without one, "
                                 "its summary, excerpt, spoiler or subtitle: edited where it is."));
    m_slugFollow->setText(tr("Follow title"));
    m_slugFollow->setToolTip(tr("Derive the slug from the title again"));
    m_tags->setPlaceholderText(tr("Comma-separated"));

    auto *slugRow = new QHBoxLayout;
    slugRow->addWidget(m_slug, 1);
    slugRow->addWidget(m_slugFollow);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(QString(), m_titleOffer);
    layout->addRow(QString(), m_titleMeter);
    layout->addRow(tr("&Description:"), m_description);
    layout->addRow(QString(), m_descriptionOffer);
    layout->addRow(QString(), m_descriptionMeter);
    // A row that is a layout gets no buddy from addRow: without one the label shows its "&".
    auto *slugLabel = new QLabel(tr("S&lug:"), this);
    slugLabel->setBuddy(m_slug);
    layout->addRow(slugLabel, slugRow);
    layout->addRow(tr("Search result:"), m_snippet);
    layout->addRow(tr("T&ags:"), m_tags);
    layout->addRow(tr("T&opic:"), m_topic);
    // The label above the picker, which takes the panel's whole width: its fix rows and
    // the allowed names are long, and the label column would leave them a narrow strip.
    auto *categoriesLabel = new QLabel(tr("&Categories:"), this);
    categoriesLabel->setBuddy(m_categories->searchEdit());
    layout->addRow(categoriesLabel);
    layout->addRow(m_categories);

    for (QLineEdit *edit : {m_title, m_slug, m_tags, m_topic})
        connect(edit, &QLineEdit::textEdited, this, &MetadataPanel::storeMetadata);
    connect(m_description, &QPlainTextEdit::textChanged, this, &MetadataPanel::storeMetadata);
    connect(m_categories, &CategoryPicker::categoriesEdited, this, &MetadataPanel::storeMetadata);
    // A taken completion is set as the field's text, which is not an edit of it (no
    // textEdited): store it as one.
    connect(m_tagCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            &MetadataPanel::storeMetadata);
    connect(m_slugFollow, &QToolButton::clicked, this, &MetadataPanel::followTitle);
    // Taken as if typed: into the field, and from there into the document.
    connect(m_titleOffer, &SuggestionOffer::accepted, this, [this](const QString &title) {
        m_title->setText(title);
        storeMetadata();
        m_titleOffer->setValue({});
    });
    connect(m_descriptionOffer, &SuggestionOffer::accepted, this,
            [this](const QString &description) {
                m_description->setPlainText(description); // textChanged stores it
                m_descriptionOffer->setValue({});
            });
    setEnabled(false);
    updateMeasures();
}

void MetadataPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    m_follower->setDocument(document);
    if (document) {
        connect(document, &Document::metadataChanged, this, &MetadataPanel::showMetadata);
        connect(document, &Document::analysisContextChanged, this, &MetadataPanel::followContext);
    }
    followContext();
}

QString MetadataPanel::shownSlug(const Post &metadata) const
{
    // A static site publishes a post without a slug of its own under its file's name.
    const AnalysisContext *context = m_document ? &m_document->analysisContext() : nullptr;
    if (metadata.slug.isEmpty() && context && context->site)
        return siteSlug(*context->site, metadata, context->postPath);
    return effectiveSlug(metadata);
}

void MetadataPanel::followContext()
{
    const AnalysisContext *context = m_document ? &m_document->analysisContext() : nullptr;
    const bool onSite = context && context->site;
    m_slugFollow->setText(onSite ? tr("Follow file name") : tr("Follow title"));
    m_slugFollow->setToolTip(onSite ? tr("Use the slug the site gives the file again")
                                    : tr("Derive the slug from the title again"));
    // Computed here, once per document and site, never while typing: the completer only
    // filters this list.
    const QString post =
        onSite ? QDir(context->site->root).relativeFilePath(context->postPath) : QString();
    m_tagCompleter->setTags(onSite ? context->site->vocabulary.tagsMostUsedFirst(post)
                                   : QStringList());
    if (context && context->site && !context->whitelistChosen) {
        // A static site's categories are the ones its other posts use.
        m_categories->setSiteCategories(std::make_shared<const CategoryWhitelist>(
            context->site->vocabulary.categoriesUsedBesides(post)));
    } else {
        m_categories->setWhitelist(context ? context->whitelist : nullptr);
    }
    showMetadata();
}

// setText() leaves the cursor, and so the view, at the end; a field is read from its start.
static void showText(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    edit->setCursorPosition(0);
}

void MetadataPanel::showMetadata()
{
    const Post metadata = m_document ? m_document->metadata() : Post();
    const QSignalBlocker blockDescription(m_description);
    if (m_title->text() != metadata.title)
        showText(m_title, metadata.title);
    if (m_description->toPlainText() != metadata.metaDescription)
        m_description->setPlainText(metadata.metaDescription);
    if (m_slug->text() != shownSlug(metadata))
        showText(m_slug, shownSlug(metadata));
    if (splitList(m_tags->text()) != metadata.tags)
        showText(m_tags, metadata.tags.join(QStringLiteral(", ")));
    if (m_topic->text() != metadata.topic)
        showText(m_topic, metadata.topic);
    m_categories->setCategories(metadata.categories);
    updateMeasures();
}

void MetadataPanel::storeMetadata()
{
    if (!m_document)
        return;
    Post metadata = m_document->metadata();
    metadata.title = m_title->text();
    metadata.metaDescription = m_description->toPlainText();
    // The slug follows the title until the user types into the slug field itself.
    if (sender() == m_slug)
        metadata.slug = m_slug->text().trimmed();
    metadata.tags = splitList(m_tags->text());
    metadata.topic = m_topic->text();
    metadata.categories = m_categories->categories();
    m_document->setMetadata(metadata);
    if (metadata.slug.isEmpty() && m_slug->text() != shownSlug(metadata))
        m_slug->setText(shownSlug(metadata));
    updateMeasures();
}

void MetadataPanel::followTitle()
{
    if (!m_document)
        return;
    Post metadata = m_document->metadata();
    metadata.slug.clear();
    m_document->setMetadata(metadata);
    m_slug->setText(shownSlug(metadata));
    updateMeasures();
}

void MetadataPanel::updateMeasures()
{
    const Post metadata = m_document ? m_document->metadata() : Post();
    const int titleChars = characterCount(metadata.title);
    const TitleWidthMeter *meter =
        m_document ? m_document->analysisContext().titleMeter.get() : nullptr;
    if (meter && meter->isValid()) {
        const int px = qRound(meter->widthPx(metadata.title));
        m_titleMeter->setValue(px, tr("%1 px · %n character(s)", nullptr, titleChars).arg(px));
    } else {
        m_titleMeter->setValue(0, tr("%n character(s)", nullptr, titleChars));
    }
    const int descriptionChars = characterCount(metadata.metaDescription);
    m_descriptionMeter->setValue(descriptionChars,
                                 tr("%n character(s)", nullptr, descriptionChars));
    m_slugFollow->setVisible(!metadata.slug.isEmpty());
    m_snippet->setSnippet(makeSearchSnippet(
        metadata, meter, m_document ? permalinkFor(metadata, m_document->analysisContext())
                                    : QString()));
}

void MetadataPanel::focusField(Field field, TextRange range)
{
    switch (field) {
    case Field::Title:
    case Field::Slug:
    case Field::Tags:
    case Field::Topic: {
        QLineEdit *edit = field == Field::Title ? m_title
                          : field == Field::Slug ? m_slug
                          : field == Field::Tags ? m_tags
                                                 : m_topic;
        edit->setFocus(Qt::OtherFocusReason);
        if (range.isValid())
            edit->setSelection(int(range.start), int(range.length));
        break;
    }
    case Field::MetaDescription: {
        m_description->setFocus(Qt::OtherFocusReason);
        if (range.isValid()) {
            QTextCursor cursor(m_description->document());
            cursor.setPosition(int(range.start));
            cursor.setPosition(int(range.start + range.length), QTextCursor::KeepAnchor);
            m_description->setTextCursor(cursor);
        }
        break;
    }
    case Field::Categories:
        m_categories->searchEdit()->setFocus(Qt::OtherFocusReason);
        break;
    default:
        break;
    }
}

} // namespace pw::gui
