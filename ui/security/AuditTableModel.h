#pragma once
// AuditTableModel: audit entries as a read-only table (时间, 操作人, 操作, 对象, 对象编号),
// with the stored keys of actions and entities shown by their Chinese names.

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>

namespace jd::ui {

class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, Actor, Action, Entity, EntityId, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    // 新建, 修改, 登录失败, ... for the stored key; the key itself when unknown.
    static QString actionLabel(const QString& action);
    // 企业, 用户, 数据库, ...
    static QString entityLabel(const QString& entity);
    // The entity keys the filter offers.
    static QStringList knownEntities();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace jd::ui
