// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/category_picker.h"

#include "gui/panels/eliding_button.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pw::gui {

CategoryPicker::CategoryPicker(QWidget *parent)
    : QWidget(parent)
    , m_whitelist(std::make_shared<const CategoryWhitelist>())
    , m_chosen(new QLabel(this))
    , m_fixes(new QVBoxLayout)
    , m_search(new QLineEdit(this))
    , m_checklist(new QListWidget(this))
{
    m_chosen->setWordWrap(true);
    m_chosen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search->setPlaceholderText(tr("Search categories…"));
    m_search->setClearButtonEnabled(true);
    m_checklist->setUniformItemSizes(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chosen);
    layout->addLayout(m_fixes);
    layout->addWidget(m_search);
    layout->addWidget(m_checklist, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CategoryPicker::filter);
    connect(m_checklist, &QListWidget::itemChanged, this, &CategoryPicker::itemToggled);
    rebuildChecklist();
    showChosen();
}

// Ten rows of the checklist at once: measured from a real row (as tall as the font or the
// check box, whichever is taller, plus the style's margins) once there is one.
void CategoryPicker::reserveChecklistRows()
{
    constexpr int rows = 10;
    const int estimate =
        qMax(fontMetrics().height(),
             style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, m_checklist)) +
        2;
    const int row = m_checklist->count() > 0 ? m_checklist->sizeHintForRow(0) : estimate;
    m_checklist->setMinimumHeight(rows * qMax(row, estimate) + 2 * m_checklist->frameWidth());
}

void CategoryPicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        reserveChecklistRows();
}

void CategoryPicker::setCategories(const QStringList &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    rebuildChecklist();
    showChosen();
}

void CategoryPicker::setSiteCategories(std::shared_ptr<const CategoryWhitelist> categories)
{
    if (categories && m_siteCategories && m_whitelist &&
        categories->categories() == m_whitelist->categories())
        return;
    setWhitelist(std::move(categories));
    if (m_siteCategories)
        return;
    m_siteCategories = true;
    showChosen();
}

void CategoryPicker::setWhitelist(std::shared_ptr<const CategoryWhitelist> whitelist)
{
    if (!whitelist)
        whitelist = std::make_shared<const CategoryWhitelist>();
    if (whitelist == m_whitelist)
        return;
    m_siteCategories = false;
    m_whitelist = std::move(whitelist);
    rebuildChecklist();
    showChosen();
}

QList<QWidget *> CategoryPicker::fixButtons() const
{
    return findChildren<QWidget *>(QStringLiteral("categoryFix"));
}

void CategoryPicker::rebuildChecklist()
{
    const QSignalBlocker blocker(m_checklist);
    m_checklist->clear();
    for (const QString &category : m_whitelist->categories()) {
        auto *item = new QListWidgetItem(category, m_checklist);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_categories.contains(category) ? Qt::Checked : Qt::Unchecked);
    }
    filter(m_search->text());
    reserveChecklistRows();
}

void CategoryPicker::filter(const QString &text)
{
    for (int i = 0; i < m_checklist->count(); ++i) {
        QListWidgetItem *item = m_checklist->item(i);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void CategoryPicker::itemToggled(QListWidgetItem *item)
{
    const QString category = item->text();
    if (item->checkState() == Qt::Checked && !m_categories.contains(category))
        m_categories.append(category);
    else if (item->checkState() == Qt::Unchecked)
        m_categories.removeAll(category);
    showChosen();
    emit categoriesEdited(m_categories);
}

void CategoryPicker::showChosen()
{
    m_chosen->setText(m_categories.isEmpty()
                          ? tr("No category chosen yet.")
                          : tr("Chosen: %1").arg(m_categories.join(QStringLiteral(", "))));

    while (QLayoutItem *row = m_fixes->takeAt(0)) {
        delete row->widget();
        delete row;
    }
    for (const QString &category : std::as_const(m_categories)) {
        if (m_whitelist->containsExactly(category))
            continue;
        const QString allowed = m_whitelist->caseInsensitiveMatch(category).value_or(
            m_whitelist->suggest(category));
        // The message and the remove button on one line, the fix under the message: side
        // by side, a long "Use “…”" pushed the remove button out of a narrow panel.
        auto *row = new QWidget(this);
        auto *rowLayout = new QGridLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setVerticalSpacing(2);
        auto *icon = new QLabel(row);
        icon->setPixmap(style()
                            ->standardIcon(m_siteCategories ? QStyle::SP_MessageBoxInformation
                                                            : QStyle::SP_MessageBoxCritical)
                            .pixmap(16, 16));
        icon->setAlignment(Qt::AlignTop);
        auto *remove = new QToolButton(row);
        remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
        remove->setToolTip(tr("Remove “%1”").arg(category));
        auto *label = new QLabel(m_siteCategories ? tr("“%1” is new on this site").arg(category)
                                                  : tr("“%1” is not allowed").arg(category),
                                 row);
        label->setWordWrap(true);
        rowLayout->addWidget(icon, 0, 0);
        rowLayout->addWidget(label, 0, 1);
        rowLayout->addWidget(remove, 0, 2, Qt::AlignTop);
        rowLayout->setColumnStretch(1, 1);
        // No near match ("Cooking" against a list of tech categories): a one-click
        // replacement would offer an empty or unrelated one, so only removal is offered.
        if (!allowed.isEmpty()) {
            auto *fix = new ElidingButton(tr("Use “%1”").arg(allowed), row);
            fix->setObjectName(QStringLiteral("categoryFix"));
            fix->setToolTip(m_siteCategories
                                ? tr("The site's other posts use “%2”. Replace “%1” with it.")
                                      .arg(category, allowed)
                                : tr("“%1” is not an allowed category. Replace it with “%2”.")
                                      .arg(category, allowed));
            rowLayout->addWidget(fix, 1, 1, 1, 2, Qt::AlignLeft); // under the remove button too
            connect(fix, &QPushButton::clicked, this,
                    [this, category, allowed] { replaceCategory(category, allowed); });
        }
        m_fixes->addWidget(row);
        connect(remove, &QToolButton::clicked, this, [this, category] { removeCategory(category); });
    }
}

void CategoryPicker::replaceCategory(const QString &from, const QString &to)
{
    QStringList categories;
    for (const QString &category : std::as_const(m_categories)) {
        const QString replaced = category == from ? to : category;
        if (!categories.contains(replaced))
            categories.append(replaced);
    }
    // Rebuilding deletes the button that was clicked; do it after the click has returned.
    QMetaObject::invokeMethod(this, [this, categories] {
        setCategories(categories);
        emit categoriesEdited(m_categories);
    }, Qt::QueuedConnection);
}

void CategoryPicker::removeCategory(const QString &category)
{
    QStringList categories = m_categories;
    categories.removeAll(category);
    QMetaObject::invokeMethod(this, [this, categories] {
        setCategories(categories);
        emit categoriesEdited(m_categories);
    }, Qt::QueuedConnection);
}

} // namespace pw::gui
