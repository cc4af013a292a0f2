#pragma once

#include "core/markdown/analysis.h"

#include <QWidget>

class QLabel;

namespace pw::gui {

// Words, characters, reading time and error/warning counts of the body, for the status bar.
// Metadata is not counted.
class StatusStats : public QWidget {
    Q_OBJECT
public:
    explicit StatusStats(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    QString text() const;

private:
    QLabel *m_counts;
    QLabel *m_problems;
};

} // namespace pw::gui
