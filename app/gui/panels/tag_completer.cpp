// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/tag_completer.h"

#include <QLineEdit>
#include <QStringListModel>

namespace pw::gui {

namespace {
// Where the tag being typed starts: after the last comma and the spaces that follow it.
qsizetype currentTagStart(const QString &text)
{
    qsizetype start = text.lastIndexOf(QLatin1Char(',')) + 1;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    return start;
}
} // namespace

TagCompleter::TagCompleter(QLineEdit *edit)
    : QCompleter(edit), m_edit(edit), m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    // The model is in the order of use, not sorted: the filter keeps that order.
    setModelSorting(QCompleter::UnsortedModel);
    edit->setCompleter(this);
}

void TagCompleter::setTags(const QStringList &tags)
{
    m_model->setStringList(tags);
}

QStringList TagCompleter::tags() const
{
    return m_model->stringList();
}

QStringList TagCompleter::splitPath(const QString &path) const
{
    const QString tag = path.mid(currentTagStart(path));
    // Nothing typed after a comma yet: no list of every tag on each comma.
    return {tag.isEmpty() ? QStringLiteral("\n") : tag};
}

QString TagCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString text = m_edit->text();
    qsizetype start = currentTagStart(text);
    QString before = text.left(start);
    if (!before.isEmpty() && !before.endsWith(QLatin1Char(' ')))
        before += QLatin1Char(' '); // "a,b" completes to "a, b…", as the field shows tags
    return before + index.data(Qt::DisplayRole).toString();
}

} // namespace pw::gui
