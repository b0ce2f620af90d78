#include "ui/review/ReplaceMemberDialog.h"

#include "ui/filing/StatusStyle.h"
#include "ui/filing/ValueListModel.h"

#include <QBrush>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace jd::ui {

// The pool seen from the filing; experts who may not sit cannot be selected.
class PanelCandidateModel : public ValueListModel<PanelCandidate>
{
public:
    enum Column
    {
        Name,
        Employer,
        Specialties,
        Eligibility,
        ColumnCount
    };
    using ValueListModel::ValueListModel;

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        if (!ReplaceMemberDialog::exclusion(rows().at(index.row())).isEmpty())
            return Qt::ItemIsEnabled; // shown, not selectable
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }

protected:
    QStringList headers() const override
    {
        return {ReplaceMemberDialog::tr("姓名"), ReplaceMemberDialog::tr("工作单位"),
                ReplaceMemberDialog::tr("专业领域"), ReplaceMemberDialog::tr("能否递补")};
    }
    QVariant cell(const PanelCandidate& c, int column, int role) const override
    {
        const QString why = ReplaceMemberDialog::exclusion(c);
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case Name:
                return c.name;
            case Employer:
                return c.employer;
            case Specialties:
                return c.specialties.join(ReplaceMemberDialog::tr("、"));
            case Eligibility:
                return why.isEmpty() ? ReplaceMemberDialog::tr("可以") : why;
            }
            break;
        case Qt::ForegroundRole:
            if (!why.isEmpty())
                return column == Eligibility
                           ? QBrush(StatusStyle::warningColor())
                           : QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
            if (column == Eligibility)
                return QBrush(StatusStyle::goodColor());
            break;
        case SortRole:
            if (column == Eligibility)
                return why.isEmpty() ? 0 : 1;
            break;
        }
        return {};
    }
    QVariant idOf(const PanelCandidate& c) const override { return c.expertId; }
};

QString ReplaceMemberDialog::exclusion(const PanelCandidate& c)
{
    if (c.onPanel)
        return tr("已在（或曾在）本专家组");
    if (!c.avoidReason.isEmpty())
        return tr("须回避：%1").arg(c.avoidReason);
    if (!c.fits)
        return tr("专业领域与申报职业不对口");
    return {};
}

ReplaceMemberDialog::ReplaceMemberDialog(const PanelMember& leaving,
                                         const QList<PanelCandidate>& candidates, QWidget* parent)
    : QDialog(parent), m_leaving(leaving), m_model(new PanelCandidateModel(this)),
      m_next(new QRadioButton(tr("按抽取顺序递补(&N)"), this)),
      m_choose(new QRadioButton(tr("指定专家(&C)："), this)), m_table(new QTableView(this)),
      m_reason(new QPlainTextEdit(this)), m_hint(new QLabel(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("replaceMemberDialog"));
    setWindowTitle(tr("更换专家 — %1").arg(leaving.name));
    resize(820, 640);

    auto* who = new QLabel(tr("更换第 %1 位专家 <b>%2</b>（%3）。被更换的专家仍保留在记录中。")
                               .arg(leaving.position)
                               .arg(leaving.name.toHtmlEscaped(), leaving.employer.toHtmlEscaped()),
                           this);
    who->setWordWrap(true);

    m_next->setObjectName(QStringLiteral("replaceNextRadio"));
    m_next->setToolTip(tr("由抽取时按随机种子排定顺序中的下一位可以到场的专家递补"));
    m_choose->setObjectName(QStringLiteral("replaceChooseRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_next);
    group->addButton(m_choose);
    m_next->setChecked(true);

    QList<PanelCandidate> sorted = candidates;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PanelCandidate& a, const PanelCandidate& b) {
                         return exclusion(a).isEmpty() && !exclusion(b).isEmpty();
                     });
    m_model->setRows(sorted);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    int eligible = 0;
    for (const PanelCandidate& c : candidates)
        eligible += exclusion(c).isEmpty() ? 1 : 0;
    auto* count =
        new QLabel(tr("专家库共 %1 名专家，其中 %2 名可以递补；其余专家的原因列在“能否递补”一栏。")
                       .arg(candidates.size())
                       .arg(eligible),
                   this);
    count->setWordWrap(true);
    count->setStyleSheet(QStringLiteral("color: #555;"));

    auto* reasonLabel = new QLabel(tr("更换理由(&R)（必填）："), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("replaceReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("如：因病不能到场；与企业存在利害关系，主动申请回避"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_hint->setObjectName(QStringLiteral("replaceHintLabel"));
    m_hint->setStyleSheet(QStringLiteral("color: #b35c00;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("更换"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    m_ok->setObjectName(QStringLiteral("replaceOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The table stays readable either way; picking an expert in it means 指定专家.
    connect(m_choose, &QRadioButton::toggled, this, [this](bool on) {
        if (on && !m_table->selectionModel()->hasSelection())
            m_table->setFocus();
        updateOk();
    });
    connect(m_next, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_table->clearSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_table->selectionModel()->hasSelection())
            m_choose->setChecked(true);
        updateOk();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReplaceMemberDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_next);
    layout->addWidget(m_choose);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    setTabOrder(m_next, m_choose);
    setTabOrder(m_choose, m_table);
    setTabOrder(m_table, m_reason);
    updateOk();
}

ReplaceMemberDialog::~ReplaceMemberDialog() = default;

qint64 ReplaceMemberDialog::newExpertId() const
{
    if (!m_choose->isChecked())
        return 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->rows().at(rows.first().row()).expertId;
}

QString ReplaceMemberDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool ReplaceMemberDialog::chooseExpert(qint64 expertId)
{
    const int row = m_model->rowOf(expertId);
    if (row < 0 || !exclusion(m_model->rows().at(row)).isEmpty())
        return false;
    m_choose->setChecked(true);
    m_table->selectRow(row);
    return newExpertId() == expertId;
}

void ReplaceMemberDialog::chooseNextInOrder()
{
    m_next->setChecked(true);
}

void ReplaceMemberDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

void ReplaceMemberDialog::updateOk()
{
    QString hint;
    if (reason().isEmpty())
        hint = tr("请写明更换理由。");
    else if (m_choose->isChecked() && newExpertId() == 0)
        hint = tr("请在表中选择一名可以递补的专家。");
    m_hint->setText(hint);
    m_ok->setEnabled(hint.isEmpty());
}

} // namespace jd::ui
