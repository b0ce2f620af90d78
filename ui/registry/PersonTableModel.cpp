#include "ui/registry/PersonTableModel.h"

#include "core/validation/Validators.h"
#include "ui/common/CoreLabels.h"

namespace jd::ui {

PersonTableModel::PersonTableModel(PersonRole role, QObject* parent) : ListTableModel(parent), m_role(role) {}

void PersonTableModel::setItems(const QList<Person>& items)
{
    resetWith([&] { m_items = items; });
}

QStringList PersonTableModel::headers() const
{
    // The last columns of 附件1 §五 differ by group.
    switch (m_role) {
    case PersonRole::Staff:
        return {tr("姓名"), tr("证件类型"), tr("证件号码"), tr("所在单位"), tr("职务"), tr("学历"), tr("主要工作职责")};
    case PersonRole::Expert:
        return {tr("姓名"), tr("证件类型"), tr("证件号码"), tr("所在单位"), tr("职称"), tr("学历"), tr("专业方向")};
    case PersonRole::Assessor:
    case PersonRole::Supervisor:
        break;
    }
    return {tr("姓名"),           tr("证件类型"), tr("证件号码"),    tr("所在单位"),
            tr("职称/技能等级"), tr("学历"),     tr("考评职业领域")};
}

int PersonTableModel::columnForField(const QString& key) const
{
    if (key == QStringLiteral("name"))
        return Name;
    if (key == QStringLiteral("id_type"))
        return IdType;
    if (key == QStringLiteral("id_number"))
        return IdNumber;
    if (key == QStringLiteral("employer"))
        return Employer;
    if (key == QStringLiteral("title"))
        return Title;
    if (key == QStringLiteral("education"))
        return Education;
    if (key == QStringLiteral("field"))
        return Field;
    return -1;
}

bool PersonTableModel::isRowBlank(int row) const
{
    return m_items.value(row) == Person{};
}

QVariant PersonTableModel::cell(int row, int column, int role) const
{
    const Person& p = m_items.at(row);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Name: return p.name;
        case IdType: {
            if (role == Qt::EditRole)
                return p.idType;
            validation::IdType t;
            return validation::idTypeFromString(p.idType, &t) ? idTypeText(t) : p.idType;
        }
        case IdNumber: return p.idNumber;
        case Employer: return p.employer;
        case Title: return p.title;
        case Education: return p.education;
        case Field: return p.field;
        }
    }
    return {};
}

bool PersonTableModel::setCell(int row, int column, const QVariant& value)
{
    Person& p = m_items[row];
    const QString text = value.toString();
    switch (column) {
    case Name: p.name = text; return true;
    case IdType: {
        // Stored as the key; a label typed or pasted is translated, anything else kept
        // as typed so validation can name it.
        validation::IdType t;
        p.idType = validation::idTypeFromString(text, &t) ? validation::idTypeKey(t) : text.trimmed();
        return true;
    }
    case IdNumber: p.idNumber = text.trimmed(); return true;
    case Employer: p.employer = text; return true;
    case Title: p.title = text; return true;
    case Education: p.education = text; return true;
    case Field: p.field = text; return true;
    }
    return false;
}

} // namespace jd::ui
