// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/import_review_panel.h"

#include "core/checks/category_whitelist.h"
#include "gui/document/document.h"
#include "gui/panels/eliding_button.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace pw::gui {

namespace {

// Findings that say where a field came from: shown in "What was mapped", not as notes.
bool isMappingNote(const QString &id)
{
    static const QStringList ids = {
        QStringLiteral("import.meta_description.from_yoast"),
        QStringLiteral("import.meta_description.from_rank_math"),
        QStringLiteral("import.meta_description.from_excerpt"),
        QStringLiteral("import.terms.embedded"),
        QStringLiteral("import.terms.class_list"),
        QStringLiteral("import.category.respelled"),
    };
    return ids.contains(id);
}

// Info findings the editor should still look at: the text was changed on the way in.
bool needsAttention(const Finding &finding)
{
    static const QStringList ids = {
        QStringLiteral("import.mojibake.repaired"),
        QStringLiteral("encoding.repaired"),
    };
    return finding.severity != Severity::Info || ids.contains(finding.id);
}

bool hasFinding(const QList<Finding> &findings, const char *id)
{
    return std::any_of(findings.begin(), findings.end(),
                       [id](const Finding &f) { return f.id == QLatin1StringView(id); });
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Title:
        return ImportReviewPanel::tr("Title");
    case Field::MetaDescription:
        return ImportReviewPanel::tr("Description");
    case Field::Slug:
        return ImportReviewPanel::tr("Slug");
    case Field::Tags:
        return ImportReviewPanel::tr("Tags");
    case Field::Categories:
        return ImportReviewPanel::tr("Categories");
    case Field::Topic:
        return ImportReviewPanel::tr("Topic");
    case Field::Body:
        return ImportReviewPanel::tr("Body");
    case Field::File:
        return ImportReviewPanel::tr("File");
    case Field::None:
        break;
    }
    return {};
}

QStyle::StandardPixmap severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

// Lets a long file name or address wrap in a narrow dock: a zero-width space after each
// separator gives the line breaker a place to break (reviewText() takes them out again).
QString breakable(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        result.append(c);
        if (c == u'/' || c == u'_' || c == u'.' || c == u'?' || c == u'&' || c == u'=')
            result.append(QChar(0x200B));
    }
    return result;
}

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

} // namespace

ImportReviewPanel::ImportReviewPanel(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setAlignment(Qt::AlignTop);
    rebuild();
}

void ImportReviewPanel::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Queued: a fix button changes the metadata from inside its own click.
        connect(m_document, &Document::metadataChanged, this, &ImportReviewPanel::rebuild,
                Qt::QueuedConnection);
        connect(m_document, &Document::filePathChanged, this, &ImportReviewPanel::rebuild,
                Qt::QueuedConnection);
        connect(m_document, &Document::analysisContextChanged, this, &ImportReviewPanel::rebuild);
    }
    rebuild();
}

const CategoryWhitelist *ImportReviewPanel::whitelist() const
{
    return m_document ? m_document->analysisContext().whitelist.get() : nullptr;
}

bool ImportReviewPanel::hasImport() const
{
    return m_document && !m_document->importedFrom().isEmpty();
}

QList<QWidget *> ImportReviewPanel::fixButtons() const
{
    // Rows being replaced have no parent any more, so they are not found here.
    QList<QWidget *> buttons;
    for (QPushButton *button : findChildren<QPushButton *>(QStringLiteral("importCategoryFix")))
        buttons.append(button);
    return buttons;
}

QString ImportReviewPanel::reviewText() const
{
    QStringList lines;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (!label->text().isEmpty() && label->parent())
            lines.append(QTextDocumentFragment::fromHtml(label->text())
                             .toPlainText()
                             .remove(QChar(0x200B)));
    }
    return lines.join(u'\n');
}

void ImportReviewPanel::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    if (!m_document || m_document->importedFrom().isEmpty()) {
        m_layout->addWidget(wrappingLabel(
            tr("The current document was not imported. File → Import… opens a WordPress "
               "export (JSON), one tab a post, and reviews it here."),
            this));
        return;
    }
    addHeader();
    addMapping();
    addFindings();
}

void ImportReviewPanel::addHeader()
{
    const QString source =
        breakable(QFileInfo(m_document->importedFrom()).fileName()).toHtmlEscaped();
    const QString saved = m_document->filePath();
    auto *header = wrappingLabel(
        saved.isEmpty()
            ? tr("<b>Imported from %1</b><br>A new document: nothing is saved yet, and the "
                 "export is never written to. Save it to keep it as Markdown.")
                  .arg(source)
            : tr("<b>Imported from %1</b><br>Saved as %2. The export was never written to; "
                 "this review stays here while you work through it.")
                  .arg(source, breakable(QFileInfo(saved).fileName()).toHtmlEscaped()),
        this);
    header->setToolTip(m_document->importedFrom());
    m_layout->addWidget(header);
}

void ImportReviewPanel::addMapping()
{
    const Post &post = m_document->metadata();
    const QList<Finding> findings = m_document->loadFindings();
    m_layout->addWidget(sectionTitle(tr("What was mapped"), this));
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QString none = tr("<i>none</i>");
    const auto text = [&](const QString &value) {
        return value.isEmpty() ? none : value.toHtmlEscaped();
    };

    layout->addRow(tr("Title:"), wrappingLabel(text(post.title), form));
    layout->addRow(tr("Slug:"), wrappingLabel(text(effectiveSlug(post)), form));

    QString description;
    if (hasFinding(findings, "import.meta_description.from_yoast"))
        description = tr("from Yoast SEO");
    else if (hasFinding(findings, "import.meta_description.from_rank_math"))
        description = tr("from Rank Math");
    else if (hasFinding(findings, "import.meta_description.from_excerpt"))
        description = tr("from the excerpt (no SEO description was set)");
    else
        description = tr("none in the export");
    layout->addRow(tr("Description:"), wrappingLabel(description, form));

    QString termsSource;
    if (hasFinding(findings, "import.terms.embedded"))
        termsSource = tr("names from the export's embedded terms");
    else if (hasFinding(findings, "import.terms.class_list"))
        termsSource = tr("names rebuilt from the post's CSS classes");
    else
        termsSource = tr("no names in the export");
    QStringList categories;
    for (const QString &category : post.categories) {
        const bool allowed =
            !whitelist() || whitelist()->isEmpty() || whitelist()->containsExactly(category);
        categories.append(allowed ? category.toHtmlEscaped()
                                  : tr("%1 (not in the list)").arg(category.toHtmlEscaped()));
    }
    for (const Finding &f : findings) {
        if (f.id == QLatin1StringView("import.category.respelled"))
            categories.append(
                QStringLiteral("<br><small>%1</small>").arg(f.message.toHtmlEscaped()));
    }
    layout->addRow(
        tr("Categories:"),
        wrappingLabel(QStringLiteral("%1<br><small>%2</small>")
                          .arg(categories.isEmpty() ? none : categories.join(QStringLiteral(", ")),
                               termsSource),
                      form));
    layout->addRow(tr("Tags:"),
                   wrappingLabel(post.tags.isEmpty()
                                     ? none
                                     : post.tags.join(QStringLiteral(", ")).toHtmlEscaped(),
                                 form));
    if (const QString link = extraValue(post, QStringLiteral("link")); !link.isEmpty())
        layout->addRow(tr("Link:"), wrappingLabel(breakable(link).toHtmlEscaped(), form));
    if (const QString date = extraValue(post, QStringLiteral("date")); !date.isEmpty())
        layout->addRow(tr("Date:"), wrappingLabel(date.toHtmlEscaped(), form));
    m_layout->addWidget(form);
}

void ImportReviewPanel::addFindings()
{
    QList<Finding> attention;
    QList<Finding> notes;
    for (const Finding &f : m_document->loadFindings()) {
        // Each repair is listed in the Findings panel, where activating it selects the
        // characters; the repairs' summary here says that there were some.
        if (isMappingNote(f.id) || f.id == QLatin1String("encoding.repaired.at"))
            continue;
        (needsAttention(f) ? attention : notes).append(f);
    }
    std::stable_sort(attention.begin(), attention.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    m_layout->addWidget(sectionTitle(tr("Needs attention"), this));
    if (attention.isEmpty())
        m_layout->addWidget(wrappingLabel(tr("Nothing: the post came through as it was."), this));
    for (const Finding &f : std::as_const(attention))
        m_layout->addWidget(findingRow(f));
    if (!notes.isEmpty()) {
        m_layout->addWidget(sectionTitle(tr("Also changed on the way in"), this));
        for (const Finding &f : std::as_const(notes))
            m_layout->addWidget(findingRow(f));
    }
}

QWidget *ImportReviewPanel::findingRow(const Finding &finding)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);
    auto *icon = new QLabel(row);
    icon->setPixmap(style()->standardIcon(severityIcon(finding.severity)).pixmap(16, 16));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    // Message above its fix button: side by side, a long button squeezes the message into
    // a column one word wide.
    auto *column = new QVBoxLayout;
    const QString field = fieldLabel(finding.field);
    column->addWidget(wrappingLabel(
        field.isEmpty() ? finding.message.toHtmlEscaped()
                        : QStringLiteral("<b>%1:</b> %2")
                              .arg(field.toHtmlEscaped(), finding.message.toHtmlEscaped()),
        row));
    layout->addLayout(column, 1);

    if (finding.id == QLatin1StringView("import.category.not_allowed") &&
        !finding.suggestion.isEmpty()) {
        const QString from = categoryToFix(finding);
        if (from.isEmpty()) {
            column->addWidget(new QLabel(tr("Fixed: the suggested category is in place."), row));
        } else {
            auto *fix = new ElidingButton(tr("Use “%1”").arg(finding.suggestion), row);
            fix->setObjectName(QStringLiteral("importCategoryFix"));
            fix->setToolTip(
                tr("Replace the category “%1” with “%2”.").arg(from, finding.suggestion));
            connect(fix, &QPushButton::clicked, this,
                    [this, from, to = finding.suggestion] { applyCategoryFix(from, to); });
            column->addWidget(fix, 0, Qt::AlignLeft);
        }
    } else if (finding.field != Field::None && finding.field != Field::File &&
               finding.field != Field::Body) {
        auto *show = new QToolButton(row);
        show->setText(tr("Show"));
        show->setToolTip(tr("Go to the %1 field").arg(fieldLabel(finding.field).toLower()));
        connect(show, &QToolButton::clicked, this,
                [this, field = finding.field] { emit fieldRequested(field); });
        layout->addWidget(show, 0, Qt::AlignTop);
    }
    return row;
}

QString ImportReviewPanel::categoryToFix(const Finding &finding) const
{
    for (const QString &category : m_document->metadata().categories) {
        // The whitelist gives the same suggestion it gave the importer; the message is
        // translated and not to be parsed.
        if (whitelist() && !whitelist()->containsExactly(category) &&
            whitelist()->suggest(category) == finding.suggestion)
            return category;
    }
    return {};
}

void ImportReviewPanel::applyCategoryFix(const QString &from, const QString &to)
{
    Post metadata = m_document->metadata();
    QStringList categories;
    for (const QString &category : std::as_const(metadata.categories)) {
        const QString replaced = category == from ? to : category;
        if (!categories.contains(replaced))
            categories.append(replaced);
    }
    metadata.categories = categories;
    m_document->setMetadata(metadata);
}

} // namespace pw::gui
