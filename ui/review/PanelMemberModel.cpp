#include "ui/review/PanelMemberModel.h"

#include "ui/filing/StatusStyle.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace jd::ui {

QString PanelMemberModel::keyOf(const PanelMember& m)
{
    return QStringLiteral("%1:%2").arg(m.expertId).arg(m.active ? 1 : 0);
}

QStringList PanelMemberModel::headers() const
{
    return {tr("序号"), tr("姓名"), tr("工作单位"), tr("职称/技能等级"), tr("评分"), tr("状态")};
}

QString PanelMemberModel::replacementName(qint64 expertId) const
{
    for (const PanelMember& m : rows())
        if (m.expertId == expertId && m.active)
            return m.name;
    return {};
}

QVariant PanelMemberModel::cell(const PanelMember& m, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Position:
            return m.position;
        case Name:
            return m.name;
        case Employer:
            return m.employer;
        case Title:
            return m.title;
        case Scored:
            if (!m.active && m.scored == 0)
                return tr("—");
            return tr("已评 %1/%2 项").arg(m.scored).arg(m_criteria);
        case State: {
            if (m.active)
                return tr("在组");
            QString text = tr("已更换：%1").arg(m.replacedReason);
            if (const QString by = replacementName(m.replacedBy); !by.isEmpty())
                text += tr("（由%1递补）").arg(by);
            return text;
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Position)
            return int(Qt::AlignCenter);
        break;
    case Qt::ForegroundRole:
        if (!m.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (column == Scored)
            return QBrush(m_criteria > 0 && m.scored >= m_criteria ? StatusStyle::goodColor()
                                                                   : StatusStyle::warningColor());
        break;
    case Qt::FontRole:
        if (!m.active) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (!m.active)
            return tr("%1 已被更换，理由：%2").arg(m.name, m.replacedReason);
        break;
    case SortRole:
        if (column == Scored)
            return m.scored;
        break;
    }
    return {};
}

} // namespace jd::ui
