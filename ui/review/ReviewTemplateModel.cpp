#include "ui/review/ReviewTemplateModel.h"

#include "ui/filing/StatusStyle.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace jd::ui {

namespace {

QString number(double v)
{
    return QString::number(std::round(v * 100) / 100, 'g', 12);
}

int columnOfField(const QString& field)
{
    if (field == QLatin1String("id") || field == QLatin1String("parent"))
        return ReviewTemplateModel::Id;
    if (field == QLatin1String("name"))
        return ReviewTemplateModel::Name;
    if (field == QLatin1String("max"))
        return ReviewTemplateModel::MaxPoints;
    if (field == QLatin1String("weight"))
        return ReviewTemplateModel::Weight;
    if (field == QLatin1String("veto"))
        return ReviewTemplateModel::Veto;
    if (field == QLatin1String("spread"))
        return ReviewTemplateModel::Spread;
    if (field == QLatin1String("guidance"))
        return ReviewTemplateModel::Guidance;
    return -1;
}

} // namespace

ReviewTemplateModel::ReviewTemplateModel(QObject* parent) : QAbstractItemModel(parent) {}

ReviewTemplateModel::~ReviewTemplateModel() = default;

ReviewTemplateModel::Node* ReviewTemplateModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer())
                           : const_cast<Node*>(&m_root);
}

int ReviewTemplateModel::rowOf(const Node* node) const
{
    if (!node || !node->parent)
        return -1;
    const auto& siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i].get() == node)
            return static_cast<int>(i);
    return -1;
}

QModelIndex ReviewTemplateModel::indexOf(Node* node, int column) const
{
    if (!node || node == &m_root)
        return {};
    return createIndex(rowOf(node), column, node);
}

QModelIndex ReviewTemplateModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const Node* p = nodeOf(parent);
    if (row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex ReviewTemplateModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* p = nodeOf(child)->parent;
    return p == &m_root ? QModelIndex() : createIndex(rowOf(p), 0, p);
}

int ReviewTemplateModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ReviewTemplateModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ReviewTemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        static const char* const names[] = {
            QT_TR_NOOP("编号"),   QT_TR_NOOP("名称"),     QT_TR_NOOP("分值"),    QT_TR_NOOP("权重"),
            QT_TR_NOOP("否决项"), QT_TR_NOOP("分歧阈值"), QT_TR_NOOP("评分说明")};
        return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MaxPoints:
            return tr("专家对该项打分的满分");
        case Weight:
            return tr("该项在 100 分总分中所占的分数；全部评分项的权重合计应为 100");
        case Veto:
            return tr("否决项：专家组对该项的评分低于满分的一半时，不予推荐");
        case Spread:
            return tr("专家评分的最高分与最低分之差超过该值时，标出分歧");
        default:
            break;
        }
    }
    return {};
}

bool ReviewTemplateModel::isGroup(const QModelIndex& index) const
{
    return index.isValid() && nodeOf(index)->group;
}

QVariant ReviewTemplateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeOf(index);
    const Criterion& c = n->c;
    const int column = index.column();
    const QString error = m_errors.value({n, column});
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Id:
            return c.id;
        case Name:
            return c.name;
        case Guidance:
            return c.guidance;
        default:
            break;
        }
        if (n->group) {
            // A group shows the sum of its criteria's weights, in grey.
            if (column == Weight && role == Qt::DisplayRole) {
                double sum = 0;
                for (const auto& child : n->children)
                    sum += child->group ? 0 : child->c.weight;
                return tr("小计 %1").arg(number(sum));
            }
            return {};
        }
        switch (column) {
        case MaxPoints:
            return role == Qt::EditRole ? QVariant(c.maxPoints) : QVariant(number(c.maxPoints));
        case Weight:
            return role == Qt::EditRole ? QVariant(c.weight) : QVariant(number(c.weight));
        case Spread:
            return role == Qt::EditRole ? QVariant(c.spreadThreshold)
                                        : QVariant(number(c.spreadThreshold));
        case Veto:
            return role == Qt::DisplayRole ? QVariant(c.veto ? tr("否决") : QString())
                                           : QVariant(c.veto);
        default:
            break;
        }
        return {};
    case Qt::CheckStateRole:
        if (column == Veto && !n->group)
            return c.veto ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == MaxPoints || column == Weight || column == Spread)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (n->group) {
            QFont f;
            f.setBold(column != Weight);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (!error.isEmpty())
            return QBrush(StatusStyle::errorColor());
        if (n->group && column == Weight)
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (column == Veto && c.veto)
            return QBrush(StatusStyle::errorColor());
        return {};
    case Qt::BackgroundRole:
        if (!error.isEmpty())
            return QBrush(QColor(0xfd, 0xec, 0xea));
        return {};
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        if (column == Guidance || column == Name)
            return c.guidance.isEmpty() ? QVariant() : QVariant(c.guidance);
        return {};
    case IsGroupRole:
        return n->group;
    default:
        return {};
    }
}

Qt::ItemFlags ReviewTemplateModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return f;
    const bool group = nodeOf(index)->group;
    switch (index.column()) {
    case Id:
    case Name:
    case Guidance:
        return f | Qt::ItemIsEditable;
    case MaxPoints:
    case Weight:
    case Spread:
        return group ? f : f | Qt::ItemIsEditable;
    case Veto:
        return group ? f : f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

bool ReviewTemplateModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly)
        return false;
    Node* n = nodeOf(index);
    Criterion& c = n->c;
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        if (column != Veto || n->group)
            return false;
        c.veto = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (column) {
        case Id: {
            const QString id = value.toString().trimmed();
            if (id == c.id)
                return false;
            c.id = id;
            break;
        }
        case Name:
            c.name = value.toString().trimmed();
            break;
        case Guidance:
            c.guidance = value.toString().trimmed();
            break;
        case MaxPoints:
        case Weight:
        case Spread: {
            if (n->group)
                return false;
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok)
                return false;
            (column == MaxPoints ? c.maxPoints
             : column == Weight  ? c.weight
                                 : c.spreadThreshold) = v;
            break;
        }
        default:
            return false;
        }
    } else {
        return false;
    }
    m_errors.remove({n, column});
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    if (column == Weight && n->parent != &m_root) {
        const QModelIndex group = indexOf(n->parent, Weight);
        emit dataChanged(group, group);
    }
    emit edited();
    return true;
}

void ReviewTemplateModel::setTemplate(const ReviewTemplate& t)
{
    beginResetModel();
    m_template = t;
    m_errors.clear();
    m_root.children.clear();
    QHash<QString, Node*> byId;
    for (const Criterion& c : t.criteria) {
        Node* parent = c.parentId.isEmpty() ? &m_root : byId.value(c.parentId, &m_root);
        auto node = std::make_unique<Node>();
        node->c = c;
        node->c.parentId.clear(); // derived from the tree again in toTemplate
        node->group = t.isGroup(c.id);
        node->parent = parent;
        byId.insert(c.id, node.get());
        parent->children.push_back(std::move(node));
    }
    endResetModel();
}

void ReviewTemplateModel::collect(const Node* node, QList<const Node*>* out) const
{
    for (const auto& child : node->children) {
        out->append(child.get());
        collect(child.get(), out);
    }
}

QList<const ReviewTemplateModel::Node*> ReviewTemplateModel::ordered() const
{
    QList<const Node*> out;
    collect(&m_root, &out);
    return out;
}

ReviewTemplate ReviewTemplateModel::toTemplate() const
{
    ReviewTemplate t = m_template;
    t.criteria.clear();
    for (const Node* n : ordered()) {
        Criterion c = n->c;
        c.parentId = n->parent == &m_root ? QString() : n->parent->c.id;
        if (n->group) {
            c.maxPoints = 0;
            c.weight = 0;
            c.veto = false;
            c.spreadThreshold = 0;
        }
        t.criteria << c;
    }
    return t;
}

double ReviewTemplateModel::weightSum() const
{
    double sum = 0;
    for (const Node* n : ordered())
        if (!n->group)
            sum += n->c.weight;
    return sum;
}

QString ReviewTemplateModel::freshId(const QString& prefix) const
{
    QSet<QString> used;
    for (const Node* n : ordered())
        used.insert(n->c.id);
    for (int i = 1;; ++i) {
        const QString id = prefix + QString::number(i);
        if (!used.contains(id))
            return id;
    }
}

QModelIndex ReviewTemplateModel::addGroup(const QModelIndex& after)
{
    Node* top = after.isValid() ? nodeOf(after) : nullptr;
    while (top && top->parent != &m_root)
        top = top->parent;
    const int row = top ? rowOf(top) + 1 : static_cast<int>(m_root.children.size());
    auto node = std::make_unique<Node>();
    node->group = true;
    node->parent = &m_root;
    node->c.id = freshId(QStringLiteral("c"));
    node->c.name = tr("新分组");
    Node* raw = node.get();
    clearErrors();
    beginInsertRows({}, row, row);
    m_root.children.insert(m_root.children.begin() + row, std::move(node));
    endInsertRows();
    emit edited();
    return indexOf(raw);
}

QModelIndex ReviewTemplateModel::addCriterion(const QModelIndex& at)
{
    Node* parent = &m_root;
    int row = -1;
    if (at.isValid()) {
        Node* n = nodeOf(at);
        if (n->group) {
            parent = n;
        } else {
            parent = n->parent;
            row = rowOf(n) + 1;
        }
    } else {
        // Nothing chosen: into the last group, if there is one.
        for (auto it = m_root.children.rbegin(); it != m_root.children.rend(); ++it)
            if ((*it)->group) {
                parent = it->get();
                break;
            }
    }
    if (row < 0)
        row = static_cast<int>(parent->children.size());
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->c.id = freshId(parent == &m_root ? QStringLiteral("c") : parent->c.id + QLatin1Char('.'));
    node->c.name = tr("新评分项");
    node->c.maxPoints = 10;
    node->c.weight = 0;
    node->c.spreadThreshold = 3;
    Node* raw = node.get();
    clearErrors();
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
    if (parent != &m_root) {
        const QModelIndex group = indexOf(parent, Weight);
        emit dataChanged(group, group);
    }
    emit edited();
    return indexOf(raw);
}

bool ReviewTemplateModel::removeRows(int row, int count, const QModelIndex& parent)
{
    Node* p = nodeOf(parent);
    if (m_readOnly || row < 0 || count <= 0 || row + count > static_cast<int>(p->children.size()))
        return false;
    clearErrors();
    beginRemoveRows(parent, row, row + count - 1);
    p->children.erase(p->children.begin() + row, p->children.begin() + row + count);
    endRemoveRows();
    if (p != &m_root) {
        const QModelIndex group = indexOf(p, Weight);
        emit dataChanged(group, group);
    }
    emit edited();
    return true;
}

bool ReviewTemplateModel::move(const QModelIndex& index, int delta)
{
    if (!index.isValid() || m_readOnly)
        return false;
    Node* n = nodeOf(index);
    Node* p = n->parent;
    const int row = rowOf(n);
    const int target = row + delta;
    if (target < 0 || target >= static_cast<int>(p->children.size()))
        return false;
    const QModelIndex parentIndex = indexOf(p);
    // beginMoveRows names the row the moved one goes before.
    if (!beginMoveRows(parentIndex, row, row, parentIndex, delta > 0 ? target + 1 : target))
        return false;
    std::swap(p->children[static_cast<size_t>(row)], p->children[static_cast<size_t>(target)]);
    endMoveRows();
    clearErrors();
    emit edited();
    return true;
}

bool ReviewTemplateModel::moveUp(const QModelIndex& index)
{
    return move(index, -1);
}

bool ReviewTemplateModel::moveDown(const QModelIndex& index)
{
    return move(index, +1);
}

void ReviewTemplateModel::setFieldErrors(const QList<FieldError>& errors)
{
    static const QRegularExpression key(QStringLiteral("^criteria\\[(\\d+)\\]\\.([a-z_]+)$"));
    m_errors.clear();
    const QList<const Node*> nodes = ordered();
    for (const FieldError& f : errors) {
        const QRegularExpressionMatch m = key.match(f.field);
        if (!m.hasMatch())
            continue;
        const int i = m.captured(1).toInt();
        const int column = columnOfField(m.captured(2));
        if (i < 0 || i >= nodes.size() || column < 0)
            continue;
        QString& text = m_errors[{nodes.at(i), column}];
        text = text.isEmpty() ? f.message : text + QLatin1Char('\n') + f.message;
    }
    // Every row may have changed its marking.
    for (const Node* n : nodes) {
        const QModelIndex first = indexOf(const_cast<Node*>(n), 0);
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

void ReviewTemplateModel::clearErrors()
{
    if (m_errors.isEmpty())
        return;
    QSet<const Node*> marked;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        marked.insert(it.key().first);
    m_errors.clear();
    for (const Node* n : std::as_const(marked)) {
        const QModelIndex first = indexOf(const_cast<Node*>(n), 0);
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

QString ReviewTemplateModel::cellError(const QModelIndex& index) const
{
    return index.isValid() ? m_errors.value({nodeOf(index), index.column()}) : QString();
}

void ReviewTemplateModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    const QList<const Node*> nodes = ordered();
    for (const Node* n : nodes) {
        const QModelIndex first = indexOf(const_cast<Node*>(n), 0);
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

} // namespace jd::ui
