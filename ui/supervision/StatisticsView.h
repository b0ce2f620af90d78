#pragma once
// StatisticsView: the 上报与统计 screen: 全国联网上报 (NationalExport with a cancellable
// progress dialog), the statistics table for a period and enterprise with totals, a chart
// of certificates by level (高技能 levels 1–3 highlighted) and the pass rate per occupation,
// 导出…, and the 工作台账 of an enterprise (print preview or PDF). The statistics are
// computed on a thread of their own, with a connection of its own: on a register of
// millions of certificates the window stays responsive meanwhile.

#include "core/certificates/NationalExport.h"
#include "core/supervision/Statistics.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace jd::ui {

class StatisticsModel;

class StatisticsView : public QWidget
{
    Q_OBJECT
public:
    StatisticsView(const Database& db, Session session, QWidget* parent = nullptr);
    ~StatisticsView() override;
    // True while the statistics are being computed; computed() follows.
    bool isComputing() const { return m_worker != nullptr; }

    StatisticsModel* model() const { return m_model; }
    StatFilter filter() const;
    void setFilter(const StatFilter& f);
    // Writes the national upload file with a cancellable progress dialog.
    Result<ExportOutcome> nationalExport(const QString& path, int sinceBatch);
    Status exportTable(const QString& path) const;
    // The ledger document of the chosen enterprise, for preview or PDF.
    Result<Ledger> ledger(qint64 enterpriseId) const;
    static QString defaultExportName(const QDate& today);
    // Bars of the level chart: certificates per level 1..5 in the table shown.
    QList<int> certificatesByLevel() const;

signals:
    void computed();

public slots:
    void refresh();
    void nationalExportWithDialog();
    void exportWithDialog();
    void previewLedger();
    void ledgerPdf();

private:
    void showRows(const Result<QList<StatRow>>& rows);
    void updateCharts();
    void refreshEnterprises();

    const Database& m_db;
    Session m_session;
    Statistics m_stats;
    StatisticsModel* m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_enterprise;
    QComboBox* m_ledgerEnterprise;
    QTableView* m_table;
    QChartView* m_levelChart;
    QChartView* m_rateChart;
    QLabel* m_summary;
    bool m_updating = false;
    QPointer<QThread> m_worker;
    bool m_again = false; // the filter changed while computing
};

} // namespace jd::ui
