// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/recovery_dialog.h"

#include "core/i18n/date_format.h"
#include "core/io/disk_state.h"
#include "core/markdown/word_count.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace pw::gui {

namespace {

constexpr int kPreviewLines = 3;

QString displayName(const JournalEntry &entry)
{
    if (!entry.post.title.trimmed().isEmpty())
        return entry.post.title.trimmed();
    if (!entry.filePath.isEmpty())
        return QFileInfo(entry.filePath).fileName();
    return RecoveryDialog::tr("Untitled");
}

QString whereText(const JournalEntry &entry)
{
    if (!entry.filePath.isEmpty())
        return entry.filePath;
    if (!entry.importedFrom.isEmpty())
        return RecoveryDialog::tr("untitled, imported from %1").arg(entry.importedFrom);
    return RecoveryDialog::tr("untitled, never saved");
}

// The first lines a writer would recognise: non-blank, each shortened to fit.
QString previewText(const QString &body, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        lines << metrics.elidedText(line.trimmed(), Qt::ElideRight, width);
        if (lines.size() == kPreviewLines)
            break;
    }
    return lines.isEmpty() ? RecoveryDialog::tr("(no text)") : lines.join(QLatin1Char('\n'));
}

// Said when recovering could put the user's text against a file that moved on without it.
QString diskWarning(const JournalEntry &entry)
{
    if (entry.filePath.isEmpty())
        return {};
    switch (compareWithDisk(entry.filePath, entry.diskHash)) {
    case DiskState::Same:
        return {};
    case DiskState::Changed:
        return RecoveryDialog::tr("The file on disk changed since. Saving the recovered text "
                                  "will ask before it replaces that version.");
    case DiskState::Missing:
        return RecoveryDialog::tr("The file is no longer on disk.");
    case DiskState::Unreadable:
        return RecoveryDialog::tr("The file on disk cannot be read now.");
    }
    return {};
}

QLabel *label(const QString &text, QWidget *parent)
{
    auto *result = new QLabel(text, parent);
    result->setTextFormat(Qt::PlainText);
    return result;
}

} // namespace

RecoveryDialog::RecoveryDialog(const JournalListing &listing, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Recover Unsaved Documents"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = label(tr("Postwright did not close properly last time. These documents had "
                           "changes that were not saved:"),
                        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *rowsHost = new QWidget(scroll);
    m_rowsLayout = new QVBoxLayout(rowsHost);
    m_rowsLayout->setSpacing(8);
    for (const JournalFile &journal : listing.journals) {
        QWidget *row = makeRow(journal);
        m_rows.append({journal, row});
        m_rowsLayout->addWidget(row);
    }
    m_rowsLayout->addStretch(1);
    scroll->setWidget(rowsHost);
    layout->addWidget(scroll, 1);

    if (!listing.problems.isEmpty()) {
        auto *problems = label(
            tr("Skipped %n journal(s) that could not be read:", "", int(listing.problems.size())) +
                QLatin1Char('\n') + listing.problems.join(QLatin1Char('\n')),
            this);
        problems->setWordWrap(true);
        problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(problems);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *later = buttons->addButton(tr("Decide Later"), QDialogButtonBox::RejectRole);
    later->setToolTip(tr("Keep the remaining documents for the next start"));
    QPushButton *all = buttons->addButton(tr("Recover All"), QDialogButtonBox::AcceptRole);
    all->setDefault(true);
    all->setObjectName(QStringLiteral("recoverAll"));
    connect(all, &QPushButton::clicked, this, &RecoveryDialog::recoverAll);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    all->setFocus();

    resize(720, qMin(640, 180 + 150 * int(m_rows.size())));
}

QWidget *RecoveryDialog::makeRow(const JournalFile &journal)
{
    const JournalEntry &entry = journal.entry;
    auto *row = new QFrame(this);
    row->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(row);

    auto *name = label(displayName(entry), row);
    QFont bold = name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    name->setFont(bold);
    grid->addWidget(name, 0, 0);

    auto *where = label(whereText(entry), row);
    where->setForegroundRole(QPalette::PlaceholderText);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(where, 1, 0);

    const QString when = shortDateTime(entry.savedAt);
    const int words = countWords(entry.post.body);
    grid->addWidget(label(tr("Last change %1 · %n word(s)", "", words).arg(when), row), 2, 0);

    const QString warning = diskWarning(entry);
    if (!warning.isEmpty()) {
        auto *warningLabel = label(QStringLiteral("⚠ ") + warning, row);
        warningLabel->setWordWrap(true);
        warningLabel->setStyleSheet(QStringLiteral("color: #a15c00;"));
        grid->addWidget(warningLabel, 3, 0, 1, 2);
    }

    auto *preview = label(QString(), row);
    preview->setText(previewText(entry.post.body, preview->fontMetrics(), 600));
    preview->setStyleSheet(
        QStringLiteral("background: palette(base); border: 1px solid palette(mid); padding: 6px;"));
    grid->addWidget(preview, 4, 0, 1, 2);

    auto *buttons = new QHBoxLayout;
    auto *recover = new QPushButton(tr("Recover"), row);
    recover->setToolTip(tr("Open it with the recovered text, unsaved"));
    auto *discard = new QPushButton(tr("Discard"), row);
    discard->setToolTip(tr("Throw the unsaved changes away for good"));
    recover->setAutoDefault(false);
    discard->setAutoDefault(false);
    buttons->addWidget(recover);
    buttons->addWidget(discard);
    grid->addLayout(buttons, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignTop);
    grid->setColumnStretch(0, 1);

    connect(recover, &QPushButton::clicked, this, [this, row] { decide(row, true); });
    connect(discard, &QPushButton::clicked, this, [this, row] { decide(row, false); });
    return row;
}

void RecoveryDialog::decide(QWidget *rowWidget, bool recover)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget != rowWidget)
            continue;
        const JournalFile journal = m_rows.takeAt(i).journal;
        rowWidget->hide();
        rowWidget->deleteLater();
        if (recover)
            emit recoverRequested(journal);
        else
            emit discardRequested(journal);
        break;
    }
    if (m_rows.isEmpty())
        accept();
}

void RecoveryDialog::recoverAll()
{
    while (!m_rows.isEmpty())
        decide(m_rows.constFirst().widget, true);
}

} // namespace pw::gui
