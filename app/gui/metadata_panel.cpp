#include "metadata_panel.h"

#include "checks/metadata_checks.h"
#include "document.h"
#include "text/slug.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace pw::gui {

MetadataPanel::MetadataPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_titleCount(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_descriptionCount(new QLabel(this))
    , m_slug(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_categories(new QLineEdit(this))
{
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_tags->setPlaceholderText(tr("Comma-separated"));
    m_categories->setPlaceholderText(tr("Comma-separated, from the whitelist"));

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(QString(), m_titleCount);
    layout->addRow(tr("&Description:"), m_description);
    layout->addRow(QString(), m_descriptionCount);
    layout->addRow(tr("S&lug:"), m_slug);
    layout->addRow(tr("T&ags:"), m_tags);
    layout->addRow(tr("T&opic:"), m_topic);
    layout->addRow(tr("&Categories:"), m_categories);

    for (QLineEdit *edit : {m_title, m_slug, m_tags, m_topic, m_categories})
        connect(edit, &QLineEdit::textEdited, this, &MetadataPanel::storeMetadata);
    connect(m_description, &QPlainTextEdit::textChanged, this, &MetadataPanel::storeMetadata);
    setEnabled(false);
}

void MetadataPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (document)
        connect(document, &Document::metadataChanged, this, &MetadataPanel::showMetadata);
    showMetadata();
}

void MetadataPanel::showMetadata()
{
    const Post metadata = m_document ? m_document->metadata() : Post();
    const QSignalBlocker blockDescription(m_description);
    if (m_title->text() != metadata.title)
        m_title->setText(metadata.title);
    if (m_description->toPlainText() != metadata.metaDescription)
        m_description->setPlainText(metadata.metaDescription);
    // An empty slug follows the title: show what it will be, as a placeholder.
    m_slug->setPlaceholderText(slugify(metadata.title));
    if (m_slug->text() != metadata.slug)
        m_slug->setText(metadata.slug);
    const QString tags = metadata.tags.join(QStringLiteral(", "));
    if (splitList(m_tags->text()) != metadata.tags)
        m_tags->setText(tags);
    if (m_topic->text() != metadata.topic)
        m_topic->setText(metadata.topic);
    if (splitList(m_categories->text()) != metadata.categories)
        m_categories->setText(metadata.categories.join(QStringLiteral(", ")));
    updateCounts();
}

void MetadataPanel::storeMetadata()
{
    if (!m_document)
        return;
    Post metadata = m_document->metadata();
    metadata.title = m_title->text();
    metadata.metaDescription = m_description->toPlainText();
    metadata.slug = m_slug->text().trimmed();
    metadata.tags = splitList(m_tags->text());
    metadata.topic = m_topic->text();
    metadata.categories = splitList(m_categories->text());
    m_document->setMetadata(metadata);
    updateCounts();
}

void MetadataPanel::updateCounts()
{
    m_titleCount->setText(tr("%n character(s)", nullptr, characterCount(m_title->text())));
    m_descriptionCount->setText(
        tr("%n character(s); 121–156 is best", nullptr, characterCount(m_description->toPlainText())));
}

} // namespace pw::gui
