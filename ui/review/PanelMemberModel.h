#pragma once
// PanelMemberModel: the members of a filing's expert panel (专家组) in draw order: name,
// employer, title, how far their sheet is ("已评 12/18 项") and whether they still sit;
// replaced members are greyed with the reason they left and who took their place.

#include "core/review/ReviewService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class PanelMemberModel : public ValueListModel<PanelMember>
{
    Q_OBJECT
public:
    enum Column
    {
        Position,
        Name,
        Employer,
        Title,
        Scored,
        State,
        ColumnCount
    };

    using ValueListModel::ValueListModel;
    // The number of criteria a complete sheet has (the "m" of "已评 n/m 项").
    void setCriterionCount(int count) { m_criteria = count; }
    // Rows by expert id and active flag: a member replaced and later seated again
    // shows twice.
    static QString keyOf(const PanelMember& m);

protected:
    QStringList headers() const override;
    QVariant cell(const PanelMember& row, int column, int role) const override;
    QVariant idOf(const PanelMember& row) const override { return keyOf(row); }

private:
    QString replacementName(qint64 expertId) const;
    int m_criteria = 0;
};

} // namespace jd::ui
