// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/conflict_dialog.h"

#include "core/i18n/date_format.h"
#include "gui/editor/color_blend.h"
#include "gui/sites/remote_mark.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace pw::gui {

namespace {

// Tints mixed into the palette's base colour, so they stay light on a light theme and dark on a
// dark one, with the text readable on both.
const QColor kChangedHue(0xe8, 0xa3, 0x17);  // amber: the line differs
const QColor kOnlyHereHue(0x2e, 0xa0, 0x43); // green: only this side has the line
constexpr qreal kTint = 0.28;
constexpr qreal kAbsentTint = 0.08; // the gap opposite a line the other side has

// Terms compare as WordPress matches them: by name, case aside, in any order.
bool sameTerms(const QStringList &a, const QStringList &b)
{
    const auto key = [](const QStringList &terms) {
        QStringList folded;
        for (const QString &term : normalizedList(terms))
            folded << term.toCaseFolded();
        folded.sort();
        return folded;
    };
    return key(a) == key(b);
}

// "2026-12-07T14:03:00" (the REST API's modified_gmt, UTC) in the user's time and locale.
QString localTimeOf(const QString &gmt)
{
    const QDateTime read = QDateTime::fromString(gmt, Qt::ISODate);
    if (!read.isValid())
        return {};
    const QDateTime utc(read.date(), read.time(), Qt::UTC);
    return shortDateTime(utc);
}

QPlainTextEdit *makeSideView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    // One row per line on both sides: wrapping would break the alignment.
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setUndoRedoEnabled(false);
    return view;
}

} // namespace

ConflictDialog::ConflictDialog(const Post &ours, const Post &theirs, const QString &siteName,
                               QWidget *parent)
    : QDialog(parent), m_diff(diffTexts(ours.body, theirs.body)), m_explanation(new QLabel(this)),
      m_oursHeading(new QLabel(this)), m_theirsHeading(new QLabel(this)),
      m_metadata(new QTableWidget(this)), m_sameMetadata(new QLabel(this)),
      m_oursView(makeSideView(this)), m_theirsView(makeSideView(this)),
      m_overwrite(new QPushButton(tr("Overwrite Theirs"), this)),
      m_openTheirs(new QPushButton(tr("Open Theirs in a New Tab"), this)),
      m_newDraft(new QPushButton(tr("Publish Mine as a New Draft"), this))
{
    setWindowTitle(tr("Changed on %1").arg(siteName));

    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Someone changed this post on %1 since you opened it. Compare the two versions and "
           "choose what to do. Overwrite Theirs replaces their version with yours: their "
           "changes are lost on the site.")
            .arg(siteName));

    m_oursHeading->setText(tr("Your version"));
    const QString basedOn = localTimeOf(extraValue(ours, extra_key::wordpressModified));
    if (!basedOn.isEmpty())
        m_oursHeading->setToolTip(tr("Based on the version of %1 on the site.").arg(basedOn));
    QString theirsHeading = tr("On %1").arg(siteName);
    const QString modified = localTimeOf(extraValue(theirs, extra_key::wordpressModified));
    const QString author = extraValue(theirs, QStringLiteral("author"));
    if (!modified.isEmpty() && !author.isEmpty())
        theirsHeading += QStringLiteral(" · ") + tr("changed %1 by %2").arg(modified, author);
    else if (!modified.isEmpty())
        theirsHeading += QStringLiteral(" · ") + tr("changed %1").arg(modified);
    else if (!author.isEmpty())
        theirsHeading += QStringLiteral(" · ") + tr("by %1").arg(author);
    m_theirsHeading->setText(theirsHeading);
    for (QLabel *heading : {m_oursHeading, m_theirsHeading}) {
        heading->setTextFormat(Qt::PlainText);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }

    m_metadata->setColumnCount(3);
    m_metadata->setHorizontalHeaderLabels(
        {tr("Field"), tr("Your version"), tr("On %1").arg(siteName)});
    m_metadata->verticalHeader()->hide();
    m_metadata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per field, all fields in view; a long description is elided, whole in its
    // tooltip.
    m_metadata->setWordWrap(false);
    m_metadata->setTextElideMode(Qt::ElideRight);
    m_metadata->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_metadata->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metadata->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_metadata->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_sameMetadata->setText(
        tr("Title, meta description, slug, tags, categories and status are the same on both "
           "sides."));
    fillMetadata(ours, theirs);
    fillBody();

    // The two sides scroll as one: their rows are aligned, so the same position is the same row.
    for (auto [from, to] :
         {std::pair{m_oursView, m_theirsView}, std::pair{m_theirsView, m_oursView}}) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(),
                &QScrollBar::setValue);
    }

    m_overwrite->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_overwrite->setToolTip(tr("Replace the version on %1 with yours. Their changes are lost "
                               "on the site.")
                                .arg(siteName));
    m_openTheirs->setToolTip(tr("Open their version in a new tab to compare or merge by hand. "
                                "Yours stays as it is; nothing is published."));
    m_newDraft->setToolTip(tr("Leave their version on %1 as it is and publish yours as a "
                              "separate new draft.")
                               .arg(siteName));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_overwrite, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_openTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_newDraft, QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must not overwrite anyone's work.
    for (QPushButton *button : {m_overwrite, m_openTheirs, m_newDraft})
        button->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_overwrite, &QPushButton::clicked, this, [this] { choose(Choice::Overwrite); });
    connect(m_openTheirs, &QPushButton::clicked, this, [this] { choose(Choice::OpenTheirs); });
    connect(m_newDraft, &QPushButton::clicked, this, [this] { choose(Choice::PublishAsNewDraft); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(Choice::Cancel); });

    auto *sides = new QGridLayout;
    sides->addWidget(m_oursHeading, 0, 0);
    sides->addWidget(m_theirsHeading, 0, 1);
    sides->addWidget(m_oursView, 1, 0);
    sides->addWidget(m_theirsView, 1, 1);
    sides->setRowStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_metadata);
    layout->addWidget(m_sameMetadata);
    if (!m_diff.exact) {
        auto *rough = new QLabel(tr("The texts differ in too many lines to compare them line by "
                                    "line; the differing part is shown as one block."),
                                 this);
        rough->setWordWrap(true);
        layout->addWidget(rough);
    }
    const bool sameBody =
        std::all_of(m_diff.rows.cbegin(), m_diff.rows.cend(),
                    [](const DiffRow &row) { return row.kind == DiffRow::Kind::Equal; });
    if (sameBody)
        layout->addWidget(new QLabel(tr("The text is the same on both sides."), this));
    layout->addLayout(sides, 1);
    layout->addWidget(buttons);

    QSize size(1100, 750);
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

void ConflictDialog::fillMetadata(const Post &ours, const Post &theirs)
{
    struct Field {
        QString label;
        QString ours;
        QString theirs;
        bool differs;
    };
    const QString ourStatus = extraValue(ours, extra_key::wordpressStatus);
    const QString theirStatus = extraValue(theirs, extra_key::wordpressStatus);
    const QString listSeparator = QStringLiteral(", ");
    const QList<Field> fields = {
        {tr("Title"), ours.title, theirs.title, ours.title != theirs.title},
        {tr("Meta description"), ours.metaDescription, theirs.metaDescription,
         ours.metaDescription != theirs.metaDescription},
        {tr("Slug"), effectiveSlug(ours), effectiveSlug(theirs),
         effectiveSlug(ours) != effectiveSlug(theirs)},
        {tr("Tags"), ours.tags.join(listSeparator), theirs.tags.join(listSeparator),
         !sameTerms(ours.tags, theirs.tags)},
        {tr("Categories"), ours.categories.join(listSeparator),
         theirs.categories.join(listSeparator), !sameTerms(ours.categories, theirs.categories)},
        // A status only one side records says nothing about the other.
        {tr("Status"), wordPressStatusLabel(ourStatus), wordPressStatusLabel(theirStatus),
         !ourStatus.isEmpty() && !theirStatus.isEmpty() && ourStatus != theirStatus},
    };
    const QColor changed = blend(palette().color(QPalette::Base), kChangedHue, kTint);
    for (const Field &field : fields) {
        if (!field.differs)
            continue;
        const int row = m_metadata->rowCount();
        m_metadata->insertRow(row);
        m_metadata->setItem(row, 0, new QTableWidgetItem(field.label));
        for (int column : {1, 2}) {
            auto *item = new QTableWidgetItem(column == 1 ? field.ours : field.theirs);
            item->setBackground(changed);
            item->setToolTip(item->text());
            m_metadata->setItem(row, column, item);
        }
    }
    const bool any = m_metadata->rowCount() > 0;
    m_metadata->setVisible(any);
    m_sameMetadata->setVisible(!any);
    if (any) {
        m_metadata->setFixedHeight(m_metadata->horizontalHeader()->sizeHint().height() +
                                   m_metadata->rowCount() *
                                       m_metadata->verticalHeader()->defaultSectionSize() +
                                   2 * m_metadata->frameWidth());
    }
}

void ConflictDialog::fillBody()
{
    QStringList left, right;
    left.reserve(m_diff.rows.size());
    right.reserve(m_diff.rows.size());
    for (const DiffRow &row : m_diff.rows) {
        left << row.left;
        right << row.right;
    }
    m_oursView->setPlainText(left.join(QLatin1Char('\n')));
    m_theirsView->setPlainText(right.join(QLatin1Char('\n')));

    const QColor base = palette().color(QPalette::Base);
    QTextBlockFormat changed, onlyHere, absent;
    changed.setBackground(blend(base, kChangedHue, kTint));
    onlyHere.setBackground(blend(base, kOnlyHereHue, kTint));
    absent.setBackground(blend(base, palette().color(QPalette::Text), kAbsentTint));
    for (QPlainTextEdit *view : {m_oursView, m_theirsView}) {
        const bool isOurs = view == m_oursView;
        QTextCursor cursor(view->document());
        cursor.beginEditBlock();
        QTextBlock block = view->document()->firstBlock();
        for (const DiffRow &row : m_diff.rows) {
            const QTextBlockFormat *format = nullptr;
            switch (row.kind) {
            case DiffRow::Kind::Equal:
                break;
            case DiffRow::Kind::Changed:
                format = &changed;
                break;
            case DiffRow::Kind::OnlyLeft:
                format = isOurs ? &onlyHere : &absent;
                break;
            case DiffRow::Kind::OnlyRight:
                format = isOurs ? &absent : &onlyHere;
                break;
            }
            if (format) {
                cursor.setPosition(block.position());
                cursor.setBlockFormat(*format);
            }
            block = block.next();
        }
        cursor.endEditBlock();
    }
}

QString ConflictDialog::explanation() const
{
    return m_explanation->text();
}

QString ConflictDialog::oursHeading() const
{
    return m_oursHeading->text();
}

QString ConflictDialog::theirsHeading() const
{
    return m_theirsHeading->text();
}

QStringList ConflictDialog::differingFields() const
{
    QStringList labels;
    for (int row = 0; row < m_metadata->rowCount(); ++row)
        labels << m_metadata->item(row, 0)->text();
    return labels;
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

} // namespace pw::gui
