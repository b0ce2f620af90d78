#pragma once
// CertificateModel: certificates found in the register (read-only): number, holder, ID
// number (masked for roles that only read), occupation, level, issue date, status.

#include "core/certificates/CertificateRegistry.h"
#include "ui/filing/ValueListModel.h"

namespace jd::ui {

class CertificateModel : public ValueListModel<Certificate>
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Name,
        IdNumber,
        Occupation,
        Level,
        IssueDate,
        Enterprise,
        Status,
        Printed,
        ColumnCount
    };

    using ValueListModel::ValueListModel;
    static QString statusText(const Certificate& c);

protected:
    QStringList headers() const override;
    QVariant cell(const Certificate& row, int column, int role) const override;
    QVariant idOf(const Certificate& row) const override { return row.number; }
};

} // namespace jd::ui
