#include "ui/review/ReviewTemplateView.h"

#include "ui/common/ErrorPresenter.h"
#include "ui/common/FieldErrorStyle.h"
#include "ui/filing/StatusStyle.h"
#include "ui/review/ReviewTemplateDelegate.h"
#include "ui/review/ReviewTemplateModel.h"
#include "ui/security/PermissionGate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace jd::ui {

ReviewTemplateView::ReviewTemplateView(ReviewService& reviews, Session session, QWidget* parent)
    : QWidget(parent), m_reviews(reviews), m_session(std::move(session)),
      m_model(new ReviewTemplateModel(this)), m_version(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_passLine(new QDoubleSpinBox(this)),
      m_note(new QLineEdit(this)), m_tree(new QTreeView(this)), m_weightLabel(new QLabel(this)),
      m_info(new QLabel(this)), m_nameError(new QLabel(this)), m_passLineError(new QLabel(this)),
      m_addGroup(new QPushButton(tr("添加分组(&G)"), this)),
      m_addCriterion(new QPushButton(tr("添加评分项(&A)"), this)),
      m_remove(new QPushButton(tr("删除(&D)"), this)), m_up(new QPushButton(tr("上移(&U)"), this)),
      m_down(new QPushButton(tr("下移(&N)"), this)),
      m_save(new QPushButton(tr("保存为新版本(&V)"), this)),
      m_discard(&ReviewTemplateView::askDiscard)
{
    setObjectName(QStringLiteral("reviewTemplateView"));
    setStyleSheet(FieldErrorStyle::styleSheet() +
                  QStringLiteral(" QDoubleSpinBox[fieldError=\"true\"] { border: 1px solid #c0392b;"
                                 " background: #fdecea; }"
                                 " QLabel#templateInfoLabel { color: #666; }"));
    m_model->setObjectName(QStringLiteral("reviewTemplateModel"));

    m_version->setObjectName(QStringLiteral("templateVersionCombo"));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_version->setToolTip(tr("每次保存生成一个新版本；已评分的备案申请保留评分时使用的版本"));
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_passLine->setObjectName(QStringLiteral("passLineSpin"));
    m_passLine->setRange(0, 100);
    m_passLine->setDecimals(1);
    m_passLine->setSuffix(tr(" 分"));
    m_passLine->setToolTip(tr("总分（满分 100）达到合格线、且无否决项时，建议推荐"));
    m_note->setObjectName(QStringLiteral("templateNoteEdit"));
    m_note->setPlaceholderText(tr("依据、适用范围或本版的修改说明"));
    m_info->setObjectName(QStringLiteral("templateInfoLabel"));
    m_weightLabel->setObjectName(QStringLiteral("weightSumLabel"));
    for (QLabel* l : {m_nameError, m_passLineError}) {
        l->setProperty("role", QStringLiteral("fieldMessage"));
        l->setWordWrap(true);
        l->hide();
    }
    m_nameError->setObjectName(QStringLiteral("templateNameError"));
    m_passLineError->setObjectName(QStringLiteral("passLineError"));

    m_addGroup->setObjectName(QStringLiteral("addGroupButton"));
    m_addGroup->setToolTip(tr("在当前分组之后添加一个分组"));
    m_addCriterion->setObjectName(QStringLiteral("addCriterionButton"));
    m_addCriterion->setToolTip(tr("在当前分组中添加一个评分项（Insert）"));
    m_remove->setObjectName(QStringLiteral("removeCriterionButton"));
    m_remove->setToolTip(tr("删除选中的分组或评分项（Delete）"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_up->setToolTip(tr("在同级中上移（Ctrl+↑）"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_down->setToolTip(tr("在同级中下移（Ctrl+↓）"));
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setToolTip(
        tr("把当前内容保存为评分标准的新版本（Ctrl+S）；此后抽取的评审专家组按新版本评分"));

    auto* versionLabel = new QLabel(tr("版本(&B)"), this);
    versionLabel->setBuddy(m_version);
    auto* top = new QHBoxLayout;
    top->addWidget(versionLabel);
    top->addWidget(m_version);
    top->addWidget(m_info, 1);
    top->addWidget(m_save);

    auto* nameLabel = new QLabel(tr("标准名称(&M)"), this);
    nameLabel->setBuddy(m_name);
    auto* passLabel = new QLabel(tr("合格线(&P)"), this);
    passLabel->setBuddy(m_passLine);
    auto* noteLabel = new QLabel(tr("说明(&O)"), this);
    noteLabel->setBuddy(m_note);
    auto* fields = new QGridLayout;
    fields->addWidget(nameLabel, 0, 0);
    fields->addWidget(m_name, 0, 1);
    fields->addWidget(passLabel, 0, 2);
    fields->addWidget(m_passLine, 0, 3);
    fields->addWidget(m_nameError, 1, 1);
    fields->addWidget(m_passLineError, 1, 3);
    fields->addWidget(noteLabel, 2, 0);
    fields->addWidget(m_note, 2, 1, 1, 3);
    fields->setColumnStretch(1, 1);

    auto* tools = new QHBoxLayout;
    for (QPushButton* b : {m_addGroup, m_addCriterion, m_remove, m_up, m_down})
        tools->addWidget(b);
    tools->addStretch(1);
    tools->addWidget(m_weightLabel);

    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ReviewTemplateDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(false);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(true);
    m_tree->setColumnWidth(ReviewTemplateModel::Id, 90);
    m_tree->setColumnWidth(ReviewTemplateModel::Name, 400);
    for (int c : {ReviewTemplateModel::MaxPoints, ReviewTemplateModel::Weight,
                  ReviewTemplateModel::Veto, ReviewTemplateModel::Spread})
        m_tree->setColumnWidth(
            c, std::max(72, m_tree->fontMetrics().horizontalAdvance(tr("小计 100")) + 24));

    auto* layout = new QVBoxLayout(this);
    m_readOnlyReason = PermissionGate::reason(m_session, Permission::EditReferenceData);
    if (isReadOnly()) {
        auto* banner = new QLabel(tr("评分标准只有管理员可以修改；您可以查看各版本的内容。"), this);
        banner->setObjectName(QStringLiteral("templateReadOnlyBanner"));
        banner->setStyleSheet(StatusStyle::warningPanelStyle());
        banner->setToolTip(m_readOnlyReason);
        layout->addWidget(banner);
    }
    layout->addLayout(top);
    layout->addLayout(fields);
    layout->addLayout(tools);
    layout->addWidget(m_tree, 1);

    if (isReadOnly()) {
        m_model->setReadOnly(true);
        m_name->setReadOnly(true);
        m_note->setReadOnly(true);
        m_passLine->setReadOnly(true);
        m_passLine->setButtonSymbols(QAbstractSpinBox::NoButtons);
        for (QPushButton* b : {m_addGroup, m_addCriterion, m_remove, m_up, m_down, m_save})
            PermissionGate::apply(b, m_session, Permission::EditReferenceData);
    }

    connect(m_version, &QComboBox::activated, this, [this] {
        const int wanted = m_version->currentData().toInt();
        if (wanted != m_shown)
            showVersion(wanted);
    });
    connect(m_model, &ReviewTemplateModel::edited, this, &ReviewTemplateView::onEdited);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &ReviewTemplateView::updateWeightLabel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &ReviewTemplateView::updateWeightLabel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            &ReviewTemplateView::updateWeightLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewTemplateView::updateWeightLabel);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        FieldErrorStyle::clear(m_name, m_nameError);
        onEdited();
    });
    connect(m_note, &QLineEdit::textEdited, this, &ReviewTemplateView::onEdited);
    connect(m_passLine, &QDoubleSpinBox::valueChanged, this, [this] {
        FieldErrorStyle::clear(m_passLine, m_passLineError);
        onEdited();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewTemplateView::updateButtons);
    connect(m_addGroup, &QPushButton::clicked, this, &ReviewTemplateView::addGroup);
    connect(m_addCriterion, &QPushButton::clicked, this, &ReviewTemplateView::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &ReviewTemplateView::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, &ReviewTemplateView::moveUp);
    connect(m_down, &QPushButton::clicked, this, &ReviewTemplateView::moveDown);
    connect(m_save, &QPushButton::clicked, this, &ReviewTemplateView::saveAsNewVersion);

    if (!isReadOnly()) {
        auto shortcut = [this](const QKeySequence& key, QWidget* on, Qt::ShortcutContext context,
                               void (ReviewTemplateView::*slot)()) {
            auto* s = new QShortcut(key, on, nullptr, nullptr, context);
            connect(s, &QShortcut::activated, this, slot);
        };
        shortcut(QKeySequence(Qt::Key_Insert), m_tree, Qt::WidgetShortcut,
                 &ReviewTemplateView::addCriterion);
        shortcut(QKeySequence::Delete, m_tree, Qt::WidgetShortcut,
                 &ReviewTemplateView::removeCurrent);
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_tree, Qt::WidgetShortcut,
                 &ReviewTemplateView::moveUp);
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_tree, Qt::WidgetShortcut,
                 &ReviewTemplateView::moveDown);
        auto* save = new QShortcut(QKeySequence::Save, this, nullptr, nullptr,
                                   Qt::WidgetWithChildrenShortcut);
        connect(save, &QShortcut::activated, this, &ReviewTemplateView::saveAsNewVersion);
    }

    refresh();
}

void ReviewTemplateView::refresh()
{
    auto all = m_reviews.templates();
    if (!all) {
        ErrorPresenter::show(this, all.error());
        return;
    }
    m_templates = *all;
    std::sort(
        m_templates.begin(), m_templates.end(),
        [](const ReviewTemplate& a, const ReviewTemplate& b) { return a.version > b.version; });
    {
        const QSignalBlocker block(m_version);
        m_version->clear();
        for (const ReviewTemplate& t : std::as_const(m_templates)) {
            const QString when = t.createdAt.isValid()
                                     ? t.createdAt.toString(QStringLiteral("yyyy-MM-dd"))
                                     : QString();
            QString text = tr("第 %1 版").arg(t.version);
            if (!when.isEmpty())
                text += tr("（%1）").arg(when);
            if (&t == &m_templates.constFirst())
                text += tr(" · 现行");
            m_version->addItem(text, t.version);
        }
    }
    const bool stillThere =
        std::any_of(m_templates.cbegin(), m_templates.cend(),
                    [this](const ReviewTemplate& t) { return t.version == m_shown; });
    if (m_modified && stillThere) {
        m_version->setCurrentIndex(std::max(0, m_version->findData(m_shown)));
        updateInfo();
        return;
    }
    m_modified = false;
    if (!m_templates.isEmpty())
        showVersion(stillThere ? m_shown : m_templates.first().version);
}

bool ReviewTemplateView::showVersion(int version)
{
    if (m_modified && version != m_shown && !m_discard(this)) {
        const QSignalBlocker block(m_version);
        m_version->setCurrentIndex(std::max(0, m_version->findData(m_shown)));
        return false;
    }
    ReviewTemplate t;
    const auto it =
        std::find_if(m_templates.cbegin(), m_templates.cend(),
                     [version](const ReviewTemplate& x) { return x.version == version; });
    if (it != m_templates.cend()) {
        t = *it;
    } else {
        auto loaded = m_reviews.reviewTemplate(version);
        if (!loaded) {
            ErrorPresenter::show(this, loaded.error());
            return false;
        }
        t = *loaded;
    }
    m_loading = true;
    m_name->setText(t.name);
    m_passLine->setValue(t.passLine);
    m_note->setText(t.note);
    m_model->setTemplate(t);
    m_tree->expandAll();
    FieldErrorStyle::clear(m_name, m_nameError);
    FieldErrorStyle::clear(m_passLine, m_passLineError);
    m_loading = false;
    m_shown = t.version;
    m_modified = false;
    {
        const QSignalBlocker block(m_version);
        m_version->setCurrentIndex(std::max(0, m_version->findData(m_shown)));
    }
    if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    updateWeightLabel();
    updateInfo();
    updateButtons();
    return true;
}

ReviewTemplate ReviewTemplateView::currentTemplate() const
{
    ReviewTemplate t = m_model->toTemplate();
    t.name = m_name->text().trimmed();
    t.passLine = m_passLine->value();
    t.note = m_note->text().trimmed();
    return t;
}

void ReviewTemplateView::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    updateInfo();
    updateButtons();
}

void ReviewTemplateView::updateWeightLabel()
{
    const double sum = m_model->weightSum();
    const bool ok = std::abs(sum - 100.0) < 1e-6;
    m_weightLabel->setText(
        tr("权重合计 %1 / 100").arg(QString::number(std::round(sum * 100) / 100, 'g', 12)));
    m_weightLabel->setProperty("weightOk", ok);
    m_weightLabel->setStyleSheet(ok ? QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                          .arg(StatusStyle::goodColor().name())
                                    : QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                          .arg(StatusStyle::errorColor().name()));
    m_weightLabel->setToolTip(ok ? tr("各评分项权重合计为 100，总分满分 100。")
                                 : tr("各评分项权重合计应为 100，现为 %1；保存前请调整。")
                                       .arg(QString::number(sum, 'g', 12)));
}

void ReviewTemplateView::updateInfo()
{
    const auto it = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                 [this](const ReviewTemplate& t) { return t.version == m_shown; });
    QString text;
    if (it != m_templates.cend()) {
        text = it->createdBy.isEmpty()
                   ? tr("第 %1 版").arg(it->version)
                   : tr("第 %1 版，%2 由 %3 保存")
                         .arg(it->version)
                         .arg(it->createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              it->createdBy);
        text += tr("；评分项 %1 个").arg(it->leaves().size());
    }
    if (m_modified)
        text += tr("　（有未保存的修改，保存后成为新版本）");
    m_info->setText(text);
}

void ReviewTemplateView::updateButtons()
{
    if (isReadOnly())
        return;
    const QModelIndex current = m_tree->currentIndex();
    const bool any = current.isValid();
    m_remove->setEnabled(any);
    const int row = current.row();
    m_up->setEnabled(any && row > 0);
    m_down->setEnabled(any && row + 1 < m_model->rowCount(current.parent()));
    m_save->setEnabled(!m_templates.isEmpty() || m_model->rowCount() > 0);
}

void ReviewTemplateView::addGroup()
{
    if (isReadOnly())
        return;
    const QModelIndex added = m_model->addGroup(m_tree->currentIndex());
    m_tree->setCurrentIndex(added.siblingAtColumn(ReviewTemplateModel::Name));
    m_tree->edit(added.siblingAtColumn(ReviewTemplateModel::Name));
}

void ReviewTemplateView::addCriterion()
{
    if (isReadOnly())
        return;
    const QModelIndex added = m_model->addCriterion(m_tree->currentIndex());
    m_tree->expand(added.parent());
    m_tree->setCurrentIndex(added.siblingAtColumn(ReviewTemplateModel::Name));
    m_tree->edit(added.siblingAtColumn(ReviewTemplateModel::Name));
}

void ReviewTemplateView::removeCurrent()
{
    if (isReadOnly())
        return;
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    const int children = m_model->rowCount(current);
    if (children > 0) {
        const auto answer = QMessageBox::question(
            this, tr("删除分组"),
            tr("分组“%1”下有 %2 个评分项，将一并删除。确定吗？")
                .arg(current.siblingAtColumn(ReviewTemplateModel::Name).data().toString())
                .arg(children),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const int row = current.row();
    const QModelIndex parent = current.parent();
    m_model->removeRows(row, 1, parent);
    const int left = m_model->rowCount(parent);
    if (left > 0)
        m_tree->setCurrentIndex(m_model->index(std::min(row, left - 1), 0, parent));
    else if (parent.isValid())
        m_tree->setCurrentIndex(parent);
    updateButtons();
}

void ReviewTemplateView::moveUp()
{
    const QModelIndex current = m_tree->currentIndex();
    if (m_model->moveUp(current.siblingAtColumn(0)))
        m_tree->setCurrentIndex(
            m_model->index(current.row() - 1, current.column(), current.parent()));
    updateButtons();
}

void ReviewTemplateView::moveDown()
{
    const QModelIndex current = m_tree->currentIndex();
    if (m_model->moveDown(current.siblingAtColumn(0)))
        m_tree->setCurrentIndex(
            m_model->index(current.row() + 1, current.column(), current.parent()));
    updateButtons();
}

void ReviewTemplateView::markFields(const QList<FieldError>& errors)
{
    QStringList name, pass;
    for (const FieldError& f : errors) {
        if (f.field == QLatin1String("name"))
            name << f.message;
        else if (f.field == QLatin1String("pass_line"))
            pass << f.message;
    }
    FieldErrorStyle::mark(m_name, m_nameError, name.join(QLatin1Char('\n')));
    FieldErrorStyle::mark(m_passLine, m_passLineError, pass.join(QLatin1Char('\n')));
    m_model->setFieldErrors(errors);
}

bool ReviewTemplateView::saveAsNewVersion()
{
    if (isReadOnly()) {
        ErrorPresenter::show(this, Error::notAllowed(m_readOnlyReason), tr("评分标准未保存"));
        return false;
    }
    // A cell still being edited counts: its editor is committed first.
    if (QWidget* editor = m_tree->indexWidget(m_tree->currentIndex()))
        emit m_tree->itemDelegate()->commitData(editor);
    const ReviewTemplate t = currentTemplate();
    // A group without criteria would be stored as a criterion without points: say so here.
    QList<FieldError> empty;
    int position = 0;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (m_model->isGroup(i) && m_model->rowCount(i) == 0)
                empty << FieldError{
                    QStringLiteral("criteria[%1].name").arg(position),
                    tr("分组“%1”")
                        .arg(i.siblingAtColumn(ReviewTemplateModel::Name).data().toString()),
                    tr("分组下还没有评分项：请添加评分项，或删除该分组。"),
                    0,
                    {}};
            ++position;
            walk(i);
        }
    };
    walk({});
    if (!empty.isEmpty()) {
        markFields(empty);
        ErrorPresenter::show(this, Error::invalid(tr("评分标准有空的分组，未保存。"), empty),
                             tr("评分标准未保存"));
        return false;
    }
    auto saved = m_reviews.saveTemplate(t);
    if (!saved) {
        markFields(saved.error().fields);
        ErrorPresenter::show(this, saved.error(), tr("评分标准未保存"));
        return false;
    }
    m_modified = false;
    const int version = saved->version;
    refresh();
    showVersion(version);
    m_info->setText(m_info->text() + tr("　已保存为第 %1 版。").arg(version));
    emit templateSaved(version);
    return true;
}

bool ReviewTemplateView::askDiscard(QWidget* parent)
{
    return QMessageBox::question(parent, tr("放弃修改"),
                                 tr("评分标准有尚未保存的修改。放弃这些修改、查看其他版本吗？"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

} // namespace jd::ui
