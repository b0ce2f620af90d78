#pragma once
// ReplaceMemberDialog: 更换专家: who leaves the panel, who takes the place (the next expert of
// the seeded draw order, or one chosen from the pool, where every expert who may not sit
// shows why: 专业不对口, 回避 …, 已在专家组) and the reason, which is required.

#include "core/review/ReviewService.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace jd::ui {

class PanelCandidateModel;

class ReplaceMemberDialog : public QDialog
{
    Q_OBJECT
public:
    ReplaceMemberDialog(const PanelMember& leaving, const QList<PanelCandidate>& candidates,
                        QWidget* parent = nullptr);
    ~ReplaceMemberDialog() override;

    // 0: the next expert of the draw order.
    qint64 newExpertId() const;
    QString reason() const;
    // Chooses an expert by id (false when they may not sit) / the draw order.
    bool chooseExpert(qint64 expertId);
    void chooseNextInOrder();
    void setReason(const QString& reason);
    // Why an expert may not sit; empty when they may.
    static QString exclusion(const PanelCandidate& c);

private:
    void updateOk();

    PanelMember m_leaving;
    PanelCandidateModel* m_model;
    QRadioButton* m_next;
    QRadioButton* m_choose;
    QTableView* m_table;
    QPlainTextEdit* m_reason;
    QLabel* m_hint;
    QPushButton* m_ok;
};

} // namespace jd::ui
