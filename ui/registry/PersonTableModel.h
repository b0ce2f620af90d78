#pragma once
// PersonTableModel: the editable list of one group of people an enterprise lists
// (专职工作人员, 专家, 考评人员 or 质量督导人员); column titles follow the group.

#include "core/registry/Enterprise.h"
#include "ui/common/ListTableModel.h"

namespace jd::ui {

class PersonTableModel : public ListTableModel
{
    Q_OBJECT
public:
    enum Column { Name, IdType, IdNumber, Employer, Title, Education, Field, ColumnCount };
    explicit PersonTableModel(PersonRole role, QObject* parent = nullptr);

    PersonRole role() const { return m_role; }
    void setItems(const QList<Person>& items);
    const QList<Person>& items() const { return m_items; }
    int columnForField(const QString& key) const override;
    bool isRowBlank(int row) const override;

protected:
    int itemCount() const override { return static_cast<int>(m_items.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool setCell(int row, int column, const QVariant& value) override;
    void insertBlank(int row) override { m_items.insert(row, Person{}); }
    void removeAt(int row) override { m_items.removeAt(row); }

private:
    PersonRole m_role;
    QList<Person> m_items;
};

} // namespace jd::ui
