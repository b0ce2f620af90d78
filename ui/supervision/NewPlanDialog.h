#pragma once
// NewPlanDialog: records a certification plan (认定实施计划) an enterprise sent: a published
// pilot, its dates, candidates and sites, the occupations and levels it is filed for
// (checkable), its registered assessors and supervisors; the deadline (10 working days
// before the start) shows live; PlanService::create's refusals are shown by field.

#include "core/registry/EnterpriseService.h"
#include "core/supervision/PlanService.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTreeWidget;

namespace jd::ui {

class NewPlanDialog : public QDialog
{
    Q_OBJECT
public:
    // `pilots`: the published or formal enterprises (id, name) a plan may come from.
    NewPlanDialog(PlanService& plans, EnterpriseService& enterprises, const Database& db,
                  const QList<std::pair<qint64, QString>>& pilots, QWidget* parent = nullptr);

    void setEnterprise(qint64 id);
    void setDates(const QDate& submitted, const QDate& start, const QDate& end);
    // Checks one level of a filed occupation; false when the enterprise does not offer it.
    bool checkLevel(const QString& code, int level, bool on = true);
    void checkAllPeople();
    // The plan as PlanService::create takes it, from the widgets.
    QJsonObject request() const;
    // Creates the plan; on refusal marks the fields and returns false.
    bool submit(const QJsonObject& request);
    bool submit() { return submit(request()); }
    const CertificationPlan& created() const { return m_created; }
    QString deadlineText() const;
    // The message shown under a field key (enterprise_id, submitted, start, end,
    // candidates, occupations, assessors, supervisors); empty when none.
    QString fieldMessage(const QString& key) const;

private:
    void loadEnterprise();
    void updateDeadline();
    void clearErrors();
    QLabel* addField(QFormLayout* form, const QString& key, const QString& label, QWidget* input);

    PlanService& m_plans;
    EnterpriseService& m_enterprises;
    const Database& m_db;
    QComboBox* m_enterprise;
    QDateEdit* m_submitted;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QSpinBox* m_candidates;
    QLineEdit* m_sites;
    QTreeWidget* m_occupations;
    QListWidget* m_assessors;
    QListWidget* m_supervisors;
    QLabel* m_deadline;
    QLabel* m_summary;
    QHash<QString, std::pair<QWidget*, QLabel*>> m_fields;
    CertificationPlan m_created;
};

} // namespace jd::ui
