#pragma once
// UserTableModel: the accounts of UserService::list() as a read-only table (user name,
// full name, role, active, locked); the list is replaced as a whole after every change.

#include "core/users/UserService.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace jd::ui {

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UserName, FullName, RoleName, Active, Locked, Created, ColumnCount };
    static constexpr int NameRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // `now` decides which lock-outs are still running.
    void setUsers(const QList<User>& users, const QDateTime& now);
    const QList<User>& users() const { return m_users; }
    bool isLocked(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
    QDateTime m_now;
};

} // namespace jd::ui
