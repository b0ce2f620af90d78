#include "ui/security/UserTableModel.h"
#include "ui/common/CoreLabels.h"

#include <QBrush>
#include <QColor>

namespace jd::ui {

void UserTableModel::setUsers(const QList<User>& users, const QDateTime& now)
{
    beginResetModel();
    m_users = users;
    m_now = now;
    endResetModel();
}

bool UserTableModel::isLocked(int row) const
{
    const User& u = m_users.at(row);
    return u.lockedUntil.isValid() && u.lockedUntil > m_now;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_users.at(index.row());
    if (role == NameRole)
        return u.name;
    if (role == Qt::ForegroundRole) {
        if (!u.active)
            return QBrush(QColor(0x88, 0x88, 0x88));
        if (index.column() == Locked && isLocked(index.row()))
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Locked && u.failedAttempts > 0 && !isLocked(index.row()))
        return tr("已连续输错密码 %1 次").arg(u.failedAttempts);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UserName: return u.name;
    case FullName: return u.fullName;
    case RoleName: return roleText(u.role);
    case Active: return u.active ? tr("启用") : tr("已停用");
    case Locked:
        return isLocked(index.row()) ? tr("锁定至 %1").arg(u.lockedUntil.toString(QStringLiteral("HH:mm"))) : tr("否");
    case Created: return u.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserName: return tr("用户名");
    case FullName: return tr("姓名");
    case RoleName: return tr("角色");
    case Active: return tr("状态");
    case Locked: return tr("锁定");
    case Created: return tr("创建时间");
    }
    return {};
}

} // namespace jd::ui
