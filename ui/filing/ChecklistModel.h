#pragma once
// ChecklistModel: the materials checklist of one filing (附件2 and 附件3): state, note and
// the attached scan (one of the enterprise's stored documents) are editable while the filing is open; every edit goes through the writer the view
// installs (FilingService::setChecklistItem), and the list is replaced by what it returns.

#include "core/filing/Filing.h"
#include "core/registry/Enterprise.h"
#include "ui/filing/ValueListModel.h"

#include <functional>
#include <optional>

namespace jd::ui {

class ChecklistModel : public ValueListModel<ChecklistItem>
{
    Q_OBJECT
public:
    enum Column
    {
        Label,
        Group,
        Mandatory,
        State,
        Note,
        Scan,
        ColumnCount
    };
    // Writes one item; returns the whole list after the write, or nullopt when refused
    // (the writer has shown why).
    using Writer = std::function<std::optional<QList<ChecklistItem>>(const ChecklistItem& wanted)>;

    using ValueListModel::ValueListModel;

    void setWriter(Writer writer) { m_writer = std::move(writer); }
    void setEditable(bool editable);
    // The enterprise's scanned documents an item may point to.
    void setDocuments(const QList<AttachedDocument>& documents);
    const QList<AttachedDocument>& documents() const { return m_documents; }
    bool isEditable() const { return m_editable; }
    // Mandatory items not received, as "label（state）" lines.
    QStringList absentMandatory() const;
    int receivedCount() const;

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

protected:
    QStringList headers() const override;
    QVariant cell(const ChecklistItem& row, int column, int role) const override;
    QVariant idOf(const ChecklistItem& row) const override { return row.item; }

private:
    QString documentName(qint64 id) const;
    Writer m_writer;
    bool m_editable = false;
    QList<AttachedDocument> m_documents;
};

} // namespace jd::ui
