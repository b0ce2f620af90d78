#pragma once
// SpotCheckView: the 抽查监督 screen: plans drawn at random (count and seed; the seed is shown
// and stored so the draw can be repeated) or chosen by hand, and the visit recorded; the
// list shows each check's outcome in its colour.

#include "core/supervision/PlanService.h"
#include "core/supervision/SpotCheckService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace jd::ui {

class SpotCheckModel;

class SpotCheckView : public QWidget
{
    Q_OBJECT
public:
    using DialogRunner = std::function<void(QDialog* dialog)>;

    SpotCheckView(const Database& db, Session session, QWidget* parent = nullptr);

    SpotCheckModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    qint64 currentId() const;
    Result<QList<SpotCheck>> draw(int count, quint32 seed);
    Result<SpotCheck> choose(qint64 planId);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

public slots:
    void refresh();
    void drawWithDialog();
    void chooseWithDialog();
    void recordCurrent();

signals:
    void checksChanged();

private:
    void updateButtons();

    const Database& m_db;
    Session m_session;
    SpotCheckService m_checks;
    PlanService m_plans;
    SpotCheckModel* m_model;
    QTableView* m_table;
    QPushButton* m_record;
    QLabel* m_status;
    DialogRunner m_runDialog;
};

} // namespace jd::ui
