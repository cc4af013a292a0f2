// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace pw::gui {

// Help → Keyboard Shortcuts: every menu action that has a shortcut, read from the menu bar
// itself when the dialog opens, so the list can never drift from the real menus. Typing in
// the search field filters by action, menu or key.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *list() const { return m_list; }
    // "Action\tShortcut" of the rows the search leaves visible, for tests and copying.
    QStringList visibleRows() const;

private:
    void addMenu(const QMenu *menu, const QString &path);
    void filter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_list;
};

} // namespace pw::gui
