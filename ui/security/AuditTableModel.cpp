#include "ui/security/AuditTableModel.h"

#include <QCoreApplication>

namespace jd::ui {

namespace {

struct Label
{
    const char* key;
    const char* text;
};

const Label kActions[] = {
    {"create", QT_TRANSLATE_NOOP("AuditTableModel", "新建")},
    {"update", QT_TRANSLATE_NOOP("AuditTableModel", "修改")},
    {"delete", QT_TRANSLATE_NOOP("AuditTableModel", "删除")},
    {"import", QT_TRANSLATE_NOOP("AuditTableModel", "导入")},
    {"attach", QT_TRANSLATE_NOOP("AuditTableModel", "添加附件")},
    {"detach", QT_TRANSLATE_NOOP("AuditTableModel", "移除附件")},
    {"login", QT_TRANSLATE_NOOP("AuditTableModel", "登录")},
    {"login_failed", QT_TRANSLATE_NOOP("AuditTableModel", "登录失败")},
    {"lock", QT_TRANSLATE_NOOP("AuditTableModel", "锁定账户")},
    {"unlock", QT_TRANSLATE_NOOP("AuditTableModel", "解锁账户")},
    {"set_password", QT_TRANSLATE_NOOP("AuditTableModel", "设置密码")},
    {"set_role", QT_TRANSLATE_NOOP("AuditTableModel", "修改角色")},
    {"enable", QT_TRANSLATE_NOOP("AuditTableModel", "启用账户")},
    {"disable", QT_TRANSLATE_NOOP("AuditTableModel", "停用账户")},
    {"backup", QT_TRANSLATE_NOOP("AuditTableModel", "备份")},
    {"restore", QT_TRANSLATE_NOOP("AuditTableModel", "恢复")},
    {"export_personal_data", QT_TRANSLATE_NOOP("AuditTableModel", "导出（含个人信息）")},
    {"transition", QT_TRANSLATE_NOOP("AuditTableModel", "办理")},
    {"publish", QT_TRANSLATE_NOOP("AuditTableModel", "公布")},
    {"assign", QT_TRANSLATE_NOOP("AuditTableModel", "分配")},
    {"reserve", QT_TRANSLATE_NOOP("AuditTableModel", "预留")},
    {"void", QT_TRANSLATE_NOOP("AuditTableModel", "作废")},
    {"set", QT_TRANSLATE_NOOP("AuditTableModel", "设置")},
    {"set_day", QT_TRANSLATE_NOOP("AuditTableModel", "设置日期")},
    {"plan", QT_TRANSLATE_NOOP("AuditTableModel", "计划")},
};

const Label kEntities[] = {
    {"enterprise", QT_TRANSLATE_NOOP("AuditTableModel", "企业")},
    {"enterprise_document", QT_TRANSLATE_NOOP("AuditTableModel", "企业材料")},
    {"filing", QT_TRANSLATE_NOOP("AuditTableModel", "备案")},
    {"batch", QT_TRANSLATE_NOOP("AuditTableModel", "备案批次")},
    {"catalogue", QT_TRANSLATE_NOOP("AuditTableModel", "备案目录")},
    {"certificate_number", QT_TRANSLATE_NOOP("AuditTableModel", "证书编号")},
    {"serial_block", QT_TRANSLATE_NOOP("AuditTableModel", "编号段")},
    {"org_serial", QT_TRANSLATE_NOOP("AuditTableModel", "机构序号")},
    {"occupation_catalogue", QT_TRANSLATE_NOOP("AuditTableModel", "职业目录")},
    {"work_calendar", QT_TRANSLATE_NOOP("AuditTableModel", "工作日历")},
    {"setting", QT_TRANSLATE_NOOP("AuditTableModel", "设置")},
    {"user", QT_TRANSLATE_NOOP("AuditTableModel", "用户")},
    {"database", QT_TRANSLATE_NOOP("AuditTableModel", "数据库")},
    {"audit_log", QT_TRANSLATE_NOOP("AuditTableModel", "操作日志")},
};

template <size_t N> QString lookup(const Label (&labels)[N], const QString& key)
{
    for (const Label& l : labels)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("AuditTableModel", l.text);
    return key;
}

} // namespace

QString AuditTableModel::actionLabel(const QString& action)
{
    return lookup(kActions, action);
}

QString AuditTableModel::entityLabel(const QString& entity)
{
    return lookup(kEntities, entity);
}

QStringList AuditTableModel::knownEntities()
{
    QStringList keys;
    for (const Label& l : kEntities)
        keys << QString::fromLatin1(l.key);
    return keys;
}

void AuditTableModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Action)
            return e.action;
        if (index.column() == Entity)
            return e.entity;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At: return e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor: return e.actor;
    case Action: return actionLabel(e.action);
    case Entity: return entityLabel(e.entity);
    case EntityId: return e.entityId;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_entries.size() ? QVariant(m_entries.at(section).id) : QVariant();
    switch (section) {
    case At: return tr("时间");
    case Actor: return tr("操作人");
    case Action: return tr("操作");
    case Entity: return tr("对象");
    case EntityId: return tr("对象编号");
    }
    return {};
}

} // namespace jd::ui
