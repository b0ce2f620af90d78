#include "ui/registry/EnterpriseListModel.h"
#include "ui/common/CoreLabels.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QHash>
#include <QStyle>

namespace jd::ui {

int EnterpriseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnterpriseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnterpriseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnterpriseSummary& s = m_rows.at(index.row());
    const bool flagged = index.column() == Uscc && s.usccOverride;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return s.id;
        case Name: return s.name;
        case Uscc: return s.uscc;
        case Kind: return enterpriseKindText(s.kind);
        case Contact: return s.contact;
        case Mobile: return s.mobile;
        case Occupations: return s.occupationCount;
        case Updated: return s.updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Id: return s.id;
        case Occupations: return s.occupationCount;
        case Updated: return s.updatedAt;
        default: return data(index, Qt::DisplayRole);
        }
    case IdRole: return s.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Occupations)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (flagged)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (flagged)
            return QBrush(QColor(0xb3, 0x5c, 0x00));
        break;
    case Qt::ToolTipRole:
        if (flagged)
            return tr("统一社会信用代码未通过校验，已确认保留");
        if (index.column() == Name)
            return s.name;
        break;
    default: break;
    }
    return {};
}

QVariant EnterpriseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("编号");
    case Name: return tr("企业名称");
    case Uscc: return tr("统一社会信用代码");
    case Kind: return tr("类型");
    case Contact: return tr("联系人");
    case Mobile: return tr("手机");
    case Occupations: return tr("职业数");
    case Updated: return tr("更新时间");
    }
    return {};
}

int EnterpriseListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    return -1;
}

void EnterpriseListModel::setRows(const QList<EnterpriseSummary>& rows)
{
    QHash<qint64, qsizetype> incoming;
    for (qsizetype i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).id, i);
    // Bottom-up so the rows still to visit keep their positions.
    for (int r = static_cast<int>(m_rows.size()) - 1; r >= 0; --r) {
        if (!incoming.contains(m_rows.at(r).id)) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    QHash<qint64, int> present;
    for (int r = 0; r < m_rows.size(); ++r) {
        const EnterpriseSummary& fresh = rows.at(incoming.value(m_rows.at(r).id));
        present.insert(fresh.id, r);
        const EnterpriseSummary& old = m_rows.at(r);
        const bool same = old.name == fresh.name && old.uscc == fresh.uscc && old.usccOverride == fresh.usccOverride &&
                          old.kind == fresh.kind && old.contact == fresh.contact && old.mobile == fresh.mobile &&
                          old.occupationCount == fresh.occupationCount && old.updatedAt == fresh.updatedAt;
        if (!same) {
            m_rows[r] = fresh;
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
    QList<EnterpriseSummary> added;
    for (const EnterpriseSummary& s : rows)
        if (!present.contains(s.id))
            added << s;
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

} // namespace jd::ui
