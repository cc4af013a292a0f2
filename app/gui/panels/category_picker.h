// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/category_whitelist.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QVBoxLayout;

namespace pw::gui {

// Categories as a searchable checklist of the whitelist, with the chosen list above it.
// A chosen category that is not on the whitelist gets a row with a one-click fix.
class CategoryPicker : public QWidget {
    Q_OBJECT
public:
    // Empty until setWhitelist.
    explicit CategoryPicker(QWidget *parent = nullptr);

    QStringList categories() const { return m_categories; }
    // Another list (another document, or Preferences changed it): the checklist and the
    // fixes follow.
    void setWhitelist(std::shared_ptr<const CategoryWhitelist> whitelist);
    // A static site's own categories (those its other posts use) instead of a whitelist: a
    // category outside them is new on the site, which is allowed; its row says so and offers
    // the nearest one in use.
    void setSiteCategories(std::shared_ptr<const CategoryWhitelist> categories);
    void setCategories(const QStringList &categories);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *checklist() const { return m_checklist; }
    // The fix buttons currently shown, one per category outside the whitelist.
    QList<QWidget *> fixButtons() const;

protected:
    void changeEvent(QEvent *event) override;

signals:
    // Emitted only for the user's own changes, not for setCategories().
    void categoriesEdited(const QStringList &categories);

private:
    void rebuildChecklist();
    void reserveChecklistRows();
    void filter(const QString &text);
    void itemToggled(QListWidgetItem *item);
    void showChosen();
    void replaceCategory(const QString &from, const QString &to);
    void removeCategory(const QString &category);

    std::shared_ptr<const CategoryWhitelist> m_whitelist;
    bool m_siteCategories = false; // m_whitelist is a site's vocabulary: new terms are allowed
    QStringList m_categories;
    QLabel *m_chosen;
    QVBoxLayout *m_fixes;
    QLineEdit *m_search;
    QListWidget *m_checklist;
};

} // namespace pw::gui
