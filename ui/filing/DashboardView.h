#pragma once
// DashboardView: the 工作台 start screen: filings per state (each opens the list filtered
// to it), the to-do list (submitted filings to check, overdue filings, filed filings
// waiting for publication in filing order, numbering warnings) and the newest catalogue.

#include "core/filing/FilingService.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace jd {
class Database;
class NumberingService;
} // namespace jd

namespace jd::ui {

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    // Roles of the to-do items: the filing to open, or a marker for numbering warnings.
    static constexpr int FilingIdRole = Qt::UserRole + 1;
    static constexpr int NumberingRole = Qt::UserRole + 2;

    DashboardView(FilingService& filings, NumberingService& numbering, const Database& db,
                  QWidget* parent = nullptr);

    // The count each status button shows now.
    int shownCount(FilingStatus s) const;
    QTreeWidget* todoTree() const { return m_todo; }

public slots:
    void refresh();

signals:
    void statusRequested(FilingStatus status);
    void allFilingsRequested();
    void filingRequested(qint64 filingId);
    void catalogueRequested();
    void numberingRequested();

private:
    QTreeWidgetItem* addGroup(const QString& title, const QString& empty, int count);
    void activateItem(QTreeWidgetItem* item);

    FilingService& m_filings;
    NumberingService& m_numbering;
    const Database& m_db;
    QMap<FilingStatus, QToolButton*> m_buttons;
    QMap<FilingStatus, int> m_counts;
    QLabel* m_total;
    QTreeWidget* m_todo;
    QLabel* m_catalogue;
};

} // namespace jd::ui
