#pragma once
// PlanListView: the 认定计划 screen: every plan with its dates, occupations, deadline and
// 逾期报送 marker, filtered by enterprise; 新建计划… and, for administrators, the setting
// for late plans (提示 / 拒收).

#include "core/registry/EnterpriseService.h"
#include "core/supervision/PlanService.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace jd::ui {

class PlanListModel;

class PlanListView : public QWidget
{
    Q_OBJECT
public:
    using DialogRunner = std::function<void(QDialog* dialog)>;

    PlanListView(const Database& db, Session session, EnterpriseService& enterprises,
                 QWidget* parent = nullptr);

    PlanListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The published or formal enterprises (id, name), whose latest filing allows plans.
    QList<std::pair<qint64, QString>> pilots() const;
    void setEnterpriseFilter(qint64 enterpriseId);
    // "warn" or "refuse" through PlanService::setLatePolicy.
    Status setLatePolicy(const QString& policy);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

public slots:
    void refresh();
    void newPlan();

signals:
    void plansChanged();

private:
    const Database& m_db;
    Session m_session;
    EnterpriseService& m_enterprises;
    PlanService m_plans;
    PlanListModel* m_model;
    QTableView* m_table;
    QComboBox* m_enterpriseFilter;
    QComboBox* m_policy;
    QLabel* m_count;
    DialogRunner m_runDialog;
    bool m_updating = false;
};

} // namespace jd::ui
