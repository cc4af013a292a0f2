// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/journal.h"

#include <QDialog>
#include <QList>

class QVBoxLayout;

namespace pw::gui {

// Lists the documents an editor that crashed or was killed left journals of: name, file or
// "untitled", when it last changed, its first lines and word count, and whether its file
// changed on disk since. Each can be recovered or discarded; the rest stay for next time.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(const JournalListing &listing, QWidget *parent = nullptr);

    int pendingCount() const { return int(m_rows.size()); }

public slots:
    void recoverAll();

signals:
    void recoverRequested(const pw::JournalFile &journal);
    void discardRequested(const pw::JournalFile &journal);

private:
    struct Row {
        JournalFile journal;
        QWidget *widget;
    };
    QWidget *makeRow(const JournalFile &journal);
    void decide(QWidget *rowWidget, bool recover);

    QVBoxLayout *m_rowsLayout;
    QList<Row> m_rows;
};

} // namespace pw::gui
