// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/publish_dialog.h"

#include "core/wordpress/wp_publish_job.h"
#include "gui/dialogs/conflict_dialog.h"
#include "gui/document/document.h"
#include "gui/sites/publish_preview.h"
#include "gui/sites/remote_mark.h"
#include "gui/sites/site_accounts.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace pw::gui {

namespace {

const QStringList kStatuses = {QStringLiteral("draft"), QStringLiteral("pending"),
                               QStringLiteral("future"), QStringLiteral("publish")};

// A category-whitelist error: the analysis' category findings with severity Error.
bool isWhitelistError(const Finding &finding)
{
    return finding.severity == Severity::Error && finding.field == Field::Categories;
}

} // namespace

PublishDialog::PublishDialog(Document *document, SiteAccounts *accounts, const Settings *settings,
                             QWidget *parent)
    : QDialog(parent), m_document(document), m_accounts(accounts),
      m_controller(new PublishController(document, accounts, settings, this)),
      m_preview(new PublishPreview(accounts, this)), m_site(new QComboBox(this)),
      m_status(new QComboBox(this)), m_date(new QDateTimeEdit(this)), m_roleNote(new QLabel(this)),
      m_terms(new QListWidget(this)), m_featured(new QLabel(this)), m_images(new QListWidget(this)),
      m_description(new QLabel(this)), m_findings(new QListWidget(this)),
      m_anyway(new QCheckBox(tr("Publish &anyway, with categories outside the list"), this)),
      m_progressText(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_result(new QLabel(this)), m_openLink(new QPushButton(tr("Open in Browser"), this)),
      m_copyLink(new QPushButton(tr("Copy Link"), this)), m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Publish “%1”").arg(document->post().title));
    setAttribute(Qt::WA_DeleteOnClose);

    const Post post = document->post();
    const QList<wp::SiteRecord> sites = accounts->sites();
    for (const wp::SiteRecord &site : sites)
        m_site->addItem(QStringLiteral("%1 (%2)").arg(site.name, site.address.host()), site.name);
    const QString own = PublishController::siteOf(post, sites);
    if (!own.isEmpty())
        m_site->setCurrentIndex(m_site->findData(own));

    m_status->addItem(tr("Draft"), kStatuses.at(0));
    m_status->addItem(tr("Pending Review"), kStatuses.at(1));
    m_status->addItem(tr("Scheduled"), kStatuses.at(2));
    m_status->addItem(tr("Publish"), kStatuses.at(3));
    const int known = m_status->findData(extraValue(post, extra_key::wordpressStatus));
    if (known >= 0)
        m_status->setCurrentIndex(known);
    m_date->setCalendarPopup(true);
    m_date->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_date->setMinimumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_roleNote->setWordWrap(true);

    m_terms->setMaximumHeight(110);
    m_images->setMaximumHeight(90);
    // Findings are sentences: wrapped, they read whole instead of behind a scroll bar.
    m_findings->setWordWrap(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setResizeMode(QListView::Adjust);
    m_findings->setMaximumHeight(150);
    m_featured->setMinimumHeight(40);
    m_description->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(true);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_date);
    auto *form = new QFormLayout;
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Status:"), statusRow);
    form->addRow(QString(), m_roleNote);
    form->addRow(tr("Categories and tags:"), m_terms);
    form->addRow(tr("Featured image:"), m_featured);
    form->addRow(tr("Images:"), m_images);
    form->addRow(tr("Meta description:"), m_description);
    form->addRow(tr("Open findings:"), m_findings);
    form->addRow(QString(), m_anyway);

    auto *linkRow = new QHBoxLayout;
    linkRow->addStretch();
    linkRow->addWidget(m_openLink);
    linkRow->addWidget(m_copyLink);

    m_publish = m_buttons->addButton(tr("Publish"), QDialogButtonBox::ActionRole);
    m_publish->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addLayout(linkRow);
    layout->addWidget(m_buttons);
    m_progress->hide();
    m_openLink->hide();
    m_copyLink->hide();

    m_controller->setResolver(
        [this](const Post &ours, const Post &theirs, PublishController::Resolve resolve) {
            askAboutConflict(ours, theirs, std::move(resolve));
        });
    connect(m_site, &QComboBox::currentIndexChanged, this, &PublishDialog::siteChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PublishDialog::updateButtons);
    connect(m_anyway, &QCheckBox::toggled, this, &PublishDialog::updateButtons);
    connect(m_preview, &PublishPreview::changed, this, &PublishDialog::showPreview);
    connect(document, &Document::snapshotChanged, this, &PublishDialog::showFindings);
    connect(document, &QObject::destroyed, this, &QDialog::close);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::startPublish);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_controller->state() == PublishController::State::Running)
            m_controller->cancel();
        else
            QDialog::reject();
    });
    connect(m_controller, &PublishController::progress, m_progressText, &QLabel::setText);
    connect(m_controller, &PublishController::stateChanged, this, &PublishDialog::stateChanged);
    connect(m_openLink, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_controller->result().link)); });
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_controller->result().link); });

    showFindings();
    siteChanged();
    resize(620, sizeHint().height());
}

PublishDialog::~PublishDialog() = default;

void PublishDialog::setResolver(PublishController::Resolver resolver)
{
    m_controller->setResolver(std::move(resolver));
}

QString PublishDialog::chosenStatus() const
{
    return m_status->currentData().toString();
}

void PublishDialog::siteChanged()
{
    const std::optional<wp::SiteRecord> site = m_accounts->find(m_site->currentData().toString());
    // What the role allows, as found when the site was added.
    auto *model = qobject_cast<QStandardItemModel *>(m_status->model());
    const bool mayPublish = !site || site->canPublish;
    for (int row : {2, 3})
        if (QStandardItem *item = model ? model->item(row) : nullptr)
            item->setEnabled(mayPublish);
    if (!mayPublish && m_status->currentIndex() >= 2)
        m_status->setCurrentIndex(1);
    m_roleNote->setVisible(!site || !site->canPublish || !site->unfilteredHtml);
    if (!site) {
        // Nothing else in the sheet can fill: say so where the site would be.
        m_roleNote->setText(tr("No WordPress site has been added yet. Add one under Edit → "
                               "Sites…, then publish from here."));
    } else {
        QStringList notes;
        const QString role = site->roles.join(QStringLiteral(", "));
        if (!site->canPublish)
            notes << tr("As %1 (%2) you may not publish or schedule posts there: submit them "
                        "for review.")
                         .arg(site->user, role);
        if (!site->unfilteredHtml)
            notes << tr("Your HTML is filtered by the site: scripts, iframes and some attributes "
                        "are removed.");
        m_roleNote->setText(notes.join(QLatin1Char(' ')));
    }
    if (m_document && site)
        m_preview->start(site->name, m_document->post(), m_document->filePath());
    updateButtons();
}

void PublishDialog::showPreview()
{
    m_terms->clear();
    if (!m_preview->siteError().isEmpty()) {
        m_terms->addItem(m_preview->siteError());
    } else if (!m_preview->termsKnown()) {
        m_terms->addItem(tr("Looking up the site's categories and tags…"));
    } else {
        for (const wp::TermMatch &match : m_preview->categories())
            m_terms->addItem(match.created ? tr("Category: %1 (new)").arg(match.name)
                                           : tr("Category: %1").arg(match.name));
        for (const wp::TermMatch &match : m_preview->tags())
            m_terms->addItem(match.created ? tr("Tag: %1 (new)").arg(match.name)
                                           : tr("Tag: %1").arg(match.name));
        if (m_terms->count() == 0)
            m_terms->addItem(tr("None"));
    }

    m_images->clear();
    if (!m_preview->imagesKnown()) {
        m_images->addItem(tr("Reading the images…"));
    } else {
        for (const PublishPreview::Image &image : m_preview->images())
            m_images->addItem(!image.readable ? tr("%1: cannot be read").arg(image.destination)
                              : image.onSite  ? tr("%1: already on the site").arg(image.destination)
                                              : tr("%1: will be uploaded").arg(image.destination));
        if (m_images->count() == 0)
            m_images->addItem(tr("No local images"));
    }

    if (!m_preview->featuredThumbnail().isNull())
        m_featured->setPixmap(QPixmap::fromImage(m_preview->featuredThumbnail()));
    else
        m_featured->setText(m_preview->featuredImage().isEmpty() ? tr("None")
                                                                 : m_preview->featuredImage());
    m_featured->setToolTip(m_preview->featuredImage());

    const QString field = m_preview->descriptionField();
    m_description->setText(
        field.isEmpty()                                   ? tr("Finding out where it goes…")
        : field == QLatin1String("_yoast_wpseo_metadesc") ? tr("Yoast SEO's meta description")
        : field == QLatin1String("rank_math_description") ? tr("Rank Math's description")
                                                          : tr("The excerpt (the site has no SEO "
                                                               "plugin field for it)"));
}

void PublishDialog::showFindings()
{
    m_findings->clear();
    const SnapshotPtr snapshot = m_document ? m_document->snapshot() : nullptr;
    QList<Finding> findings = snapshot ? snapshot->findings : QList<Finding>();
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    for (const Finding &finding : findings) {
        const QString kind = finding.severity == Severity::Error     ? tr("Error")
                             : finding.severity == Severity::Warning ? tr("Warning")
                                                                     : tr("Note");
        m_findings->addItem(QStringLiteral("%1: %2").arg(kind, finding.message));
    }
    if (findings.isEmpty())
        m_findings->addItem(snapshot ? tr("None") : tr("Not checked yet"));
    m_anyway->setVisible(blockedByWhitelist() || m_anyway->isChecked());
    updateButtons();
}

bool PublishDialog::blockedByWhitelist() const
{
    const SnapshotPtr snapshot = m_document ? m_document->snapshot() : nullptr;
    return snapshot &&
           std::any_of(snapshot->findings.cbegin(), snapshot->findings.cend(), isWhitelistError);
}

void PublishDialog::updateButtons()
{
    const bool running = m_controller->state() == PublishController::State::Running;
    const std::optional<wp::SiteRecord> site = m_accounts->find(m_site->currentData().toString());
    const bool update =
        site && m_document && wp::remotePostOf(m_document->metadata(), site->address).id > 0;
    m_publish->setText(update ? tr("Update") : tr("Publish"));
    m_date->setEnabled(chosenStatus() == QLatin1String("future") && !running);
    m_publish->setEnabled(site && m_document && !running &&
                          (!blockedByWhitelist() || m_anyway->isChecked()));
    m_site->setEnabled(!running);
    m_status->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

void PublishDialog::startPublish()
{
    wp::PublishOptions options;
    options.status = chosenStatus();
    if (options.status == QLatin1String("future")) {
        options.date = m_date->dateTime();
        if (options.date <= QDateTime::currentDateTime()) {
            m_result->setText(tr("Pick a time in the future to schedule the post."));
            return;
        }
    }
    m_result->clear();
    m_openLink->hide();
    m_copyLink->hide();
    m_controller->publish(m_site->currentData().toString(), options);
}

void PublishDialog::reject()
{
    if (m_controller->state() != PublishController::State::Running) {
        QDialog::reject();
        return;
    }
    m_closeWhenDone = true;
    m_controller->cancel();
    hide();
}

void PublishDialog::stateChanged(PublishController::State state)
{
    const bool running = state == PublishController::State::Running;
    if (!running && m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    m_progress->setVisible(running);
    m_progressText->setVisible(running);
    if (!running)
        showResult();
    // Once published, the terms and images are on the site: the lists say so for the update.
    if (state == PublishController::State::Done && m_document)
        if (const std::optional<wp::SiteRecord> site =
                m_accounts->find(m_site->currentData().toString()))
            m_preview->start(site->name, m_document->post(), m_document->filePath());
    updateButtons();
}

void PublishDialog::showResult()
{
    const wp::PublishResult &r = m_controller->result();
    QStringList lines;
    switch (m_controller->state()) {
    case PublishController::State::Done: {
        const QString link = r.link.toHtmlEscaped();
        lines << tr("Published as “%1” (post %2): <a href=\"%3\">%3</a>")
                     .arg(wordPressStatusLabel(r.status).toHtmlEscaped())
                     .arg(r.id)
                     .arg(link);
        if (m_controller->storedDespiteCancel())
            lines << r.message.toHtmlEscaped();
        if (!r.slug.isEmpty())
            lines << tr("Slug: %1").arg(r.slug.toHtmlEscaped());
        const QStringList added = m_controller->newCategories() + m_controller->newTags();
        if (!added.isEmpty())
            lines
                << tr("New on the site: %1").arg(added.join(QStringLiteral(", ")).toHtmlEscaped());
        if (m_controller->uploadedImages() + m_controller->reusedImages() > 0)
            lines << tr("Images: %1 uploaded, %2 already there")
                         .arg(m_controller->uploadedImages())
                         .arg(m_controller->reusedImages());
        for (const QString &change : r.serverChanges)
            lines << change.toHtmlEscaped();
        if (!m_controller->recordError().isEmpty())
            lines << tr("The document could not record where its post is: %1")
                         .arg(m_controller->recordError().toHtmlEscaped());
        break;
    }
    case PublishController::State::Conflict:
    case PublishController::State::Failed:
        lines << r.message.toHtmlEscaped();
        break;
    case PublishController::State::Idle:
    case PublishController::State::Running:
        break;
    }
    m_result->setText(lines.join(QStringLiteral("<br>")));
    const bool linked =
        m_controller->state() == PublishController::State::Done && !r.link.isEmpty();
    m_openLink->setVisible(linked);
    m_copyLink->setVisible(linked);
}

void PublishDialog::askAboutConflict(const Post &ours, const Post &theirs,
                                     PublishController::Resolve resolve)
{
    // Asked without a nested loop: the answer comes back through `resolve`.
    auto *dialog = new ConflictDialog(ours, theirs, m_controller->siteName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [dialog, resolve] {
        switch (dialog->choice()) {
        case ConflictDialog::Choice::Overwrite:
            resolve(PublishController::Choice::Overwrite);
            return;
        case ConflictDialog::Choice::OpenTheirs:
            resolve(PublishController::Choice::OpenTheirs);
            return;
        case ConflictDialog::Choice::PublishAsNewDraft:
            resolve(PublishController::Choice::PublishAsNewDraft);
            return;
        case ConflictDialog::Choice::Cancel:
            break;
        }
        resolve(PublishController::Choice::Cancel);
    });
    dialog->open();
}

} // namespace pw::gui
