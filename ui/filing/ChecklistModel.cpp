#include "ui/filing/ChecklistModel.h"

#include "ui/common/CoreLabels.h"
#include "ui/filing/StatusStyle.h"

#include <QBrush>

namespace jd::ui {

QStringList ChecklistModel::headers() const
{
    return {tr("材料"), tr("附件"), tr("必备"), tr("状态"), tr("说明"), tr("扫描件")};
}

void ChecklistModel::setDocuments(const QList<AttachedDocument>& documents)
{
    m_documents = documents;
    if (rowCount() > 0)
        emit dataChanged(index(0, Scan), index(rowCount() - 1, Scan));
}

QString ChecklistModel::documentName(qint64 id) const
{
    for (const AttachedDocument& d : m_documents)
        if (d.id == id)
            return d.fileName;
    return id ? tr("附件 %1").arg(id) : QString();
}

void ChecklistModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QStringList ChecklistModel::absentMandatory() const
{
    QStringList out;
    for (const ChecklistItem& c : rows())
        if (c.mandatory && c.state != ItemState::Received)
            out << tr("%1（%2）").arg(c.label, itemStateText(c.state));
    return out;
}

int ChecklistModel::receivedCount() const
{
    int n = 0;
    for (const ChecklistItem& c : rows())
        n += c.state == ItemState::Received ? 1 : 0;
    return n;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (m_editable && (index.column() == State || index.column() == Note || index.column() == Scan))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editable || !m_writer ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ChecklistItem wanted = rows().at(index.row());
    if (index.column() == State) {
        ItemState state;
        if (value.typeId() == QMetaType::Int)
            state = static_cast<ItemState>(value.toInt());
        else if (!itemStateFromKey(value.toString(), &state))
            return false;
        if (state == wanted.state)
            return true;
        wanted.state = state;
    } else if (index.column() == Note) {
        const QString note = value.toString().trimmed();
        if (note == wanted.note)
            return true;
        wanted.note = note;
    } else if (index.column() == Scan) {
        const qint64 id = value.toLongLong();
        if (id == wanted.documentId)
            return true;
        wanted.documentId = id;
    } else {
        return false;
    }
    const auto written = m_writer(wanted);
    if (!written)
        return false;
    setRows(*written);
    return true;
}

QVariant ChecklistModel::cell(const ChecklistItem& c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Label:
            return c.label;
        case Group:
            return c.group;
        case Mandatory:
            return c.mandatory ? tr("必备") : tr("选报");
        case State:
            return itemStateText(c.state);
        case Note:
            return c.note;
        case Scan:
            return c.documentId ? documentName(c.documentId) : QStringLiteral("—");
        }
        break;
    case Qt::EditRole:
        if (column == Scan)
            return c.documentId;
        if (column == State)
            return static_cast<int>(c.state);
        if (column == Note)
            return c.note;
        return cell(c, column, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (column == State) {
            if (c.state == ItemState::Received)
                return QBrush(StatusStyle::goodColor());
            if (c.state == ItemState::Defective)
                return QBrush(StatusStyle::warningColor());
            return QBrush(c.mandatory ? StatusStyle::errorColor() : QColor(0x70, 0x70, 0x70));
        }
        if (column == Mandatory && !c.mandatory)
            return QBrush(QColor(0x70, 0x70, 0x70));
        break;
    case Qt::DecorationRole:
        if (column == State) {
            if (c.state == ItemState::Received)
                return StatusStyle::dot(StatusStyle::goodColor());
            return StatusStyle::dot(
                c.state == ItemState::Defective
                    ? StatusStyle::warningColor()
                    : (c.mandatory ? StatusStyle::errorColor() : QColor(0xa0, 0xa0, 0xa0)));
        }
        break;
    case Qt::ToolTipRole:
        if (column == Label)
            return c.label;
        if (column == Note && !c.note.isEmpty())
            return c.note;
        if (column == State && m_editable)
            return tr("双击或按 F2 修改状态");
        break;
    default:
        break;
    }
    return {};
}

} // namespace jd::ui
