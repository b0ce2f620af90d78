#pragma once
// ReviewTemplateModel: a criteria template as an editable tree: groups (the conditions of
// notice §五, the materials of 附件3) holding scored criteria. Columns 编号, 名称, 分值, 权重,
// 否决项 (a check box), 分歧阈值, 评分说明; groups carry no points. Rows are added, removed
// and moved among their siblings; `toTemplate` gives the criteria back in display order
// with each parent before its children. Cells named by the service's field errors are
// marked (pale red, message as tooltip).

#include "core/review/ReviewTemplate.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace jd::ui {

class ReviewTemplateModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Name,
        MaxPoints,
        Weight,
        Veto,
        Spread,
        Guidance,
        ColumnCount
    };
    // True on the cells of a group row.
    static constexpr int IsGroupRole = Qt::UserRole + 1;

    explicit ReviewTemplateModel(QObject* parent = nullptr);
    ~ReviewTemplateModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Replaces the content with the criteria of `t` (no errors marked, not modified).
    void setTemplate(const ReviewTemplate& t);
    // The criteria as edited, in display order; version, name and pass line from the
    // template last set.
    ReviewTemplate toTemplate() const;
    double weightSum() const;
    bool isGroup(const QModelIndex& index) const;

    // A new group after the top-level row holding `after` (at the end when invalid).
    QModelIndex addGroup(const QModelIndex& after = {});
    // A new criterion in the group of `at` (the group itself or one of its criteria),
    // after `at` when it is a criterion; at the top level when there is no group.
    QModelIndex addCriterion(const QModelIndex& at = {});
    // Moves a row among its siblings; false at either end.
    bool moveUp(const QModelIndex& index);
    bool moveDown(const QModelIndex& index);

    // Marks cells from field errors "criteria[i].field" (i: position in toTemplate()).
    void setFieldErrors(const QList<FieldError>& errors);
    QString cellError(const QModelIndex& index) const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    // A cell was changed or a row added, removed or moved by the user.
    void edited();

private:
    struct Node
    {
        Criterion c;
        bool group = false;
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node* nodeOf(const QModelIndex& index) const;
    int rowOf(const Node* node) const;
    QModelIndex indexOf(Node* node, int column = 0) const;
    QString freshId(const QString& prefix) const;
    bool move(const QModelIndex& index, int delta);
    void collect(const Node* node, QList<const Node*>* out) const;
    QList<const Node*> ordered() const;
    // Unmarks every cell (before rows move, so each marked row repaints).
    void clearErrors();

    Node m_root;
    ReviewTemplate m_template;
    QHash<std::pair<const Node*, int>, QString> m_errors;
    bool m_readOnly = false;
};

} // namespace jd::ui
