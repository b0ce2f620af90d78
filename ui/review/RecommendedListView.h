#pragma once
// RecommendedListView: the 建议名单 page: a batch chosen, its filings with a panel ranked
// by ReviewService::recommendedList, and the printed 评审建议名单 (print preview or PDF).
// Double-click or Enter opens the filing.

#include "core/documents/PrintableDocument.h"
#include "core/review/ReviewService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace jd {
class Database;
class FilingService;
} // namespace jd

namespace jd::ui {

class RecommendedListModel;

class RecommendedListView : public QWidget
{
    Q_OBJECT
public:
    RecommendedListView(ReviewService& reviews, FilingService& filings, const Database& db,
                        QWidget* parent = nullptr);

    RecommendedListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    qint64 batchId() const;
    QString batchName() const;
    void setBatch(qint64 batchId);
    // The 评审建议名单 of the chosen batch, dated today.
    PrintableDocument document() const;

public slots:
    // Reloads the batches and the chosen batch's list.
    void refresh();
    void printPreview();
    void exportPdf();

signals:
    void filingRequested(qint64 filingId);

private:
    void loadList();
    void updateButtons();

    ReviewService& m_reviews;
    FilingService& m_filings;
    const Database& m_db;
    RecommendedListModel* m_model;
    QComboBox* m_batch;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_print;
    QPushButton* m_pdf;
    bool m_updating = false;
};

} // namespace jd::ui
