#pragma once
// VoidNumberModel: certificate numbers recorded as spoiled (read-only), with the reason,
// who voided them and when. Void numbers stay used and are never issued again.

#include "core/numbering/NumberingService.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class VoidNumberModel : public ValueListModel<VoidNumber>
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Reason,
        Actor,
        At,
        ColumnCount
    };

    using ValueListModel::ValueListModel;

protected:
    QStringList headers() const override;
    QVariant cell(const VoidNumber& row, int column, int role) const override;
    QVariant idOf(const VoidNumber& row) const override { return row.number; }
};

} // namespace jd::ui
